package dev.waspy.middle;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Mod;

/** Parsing for the middle-end's tests. */
final class Parse {
    private Parse() {}

    static Mod.Module module(SourceFile file) { return Parser.parse(file); }
}
