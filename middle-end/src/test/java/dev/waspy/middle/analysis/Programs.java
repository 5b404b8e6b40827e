package dev.waspy.middle.analysis;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.ir.IrProgram;

/** Small programs as IR right after construction, for the analyses' tests. */
final class Programs {
    private Programs() {}

    static IrProgram built(String source) {
        var file = SourceFile.of("t.py", source);
        return MiddleEnd.build(file, Parser.parse(file), true);
    }
}
