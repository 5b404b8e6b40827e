package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Pos;

/** Builds compile errors at AST positions (whose columns are UTF-8 byte offsets). */
public final class Errors {
    private Errors() {}

    public static CompileError at(SourceFile file, Pos pos, String message) {
        if (pos == null) return new CompileError(file, 1, 1, message);
        int col = file.charColumn(pos.lineno(), pos.colOffset()) + 1;
        return new CompileError(file, pos.lineno(), col, message);
    }

    public static CompileError unsupported(SourceFile file, Pos pos, String what) {
        return at(file, pos, what + " " + (what.endsWith("s") && !what.endsWith("ss") ? "are" : "is") + " not supported yet");
    }
}
