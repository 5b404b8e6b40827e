package dev.waspy.frontend;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Mod;

/** Parsing for the semantic tests. */
public final class TestParse {
    private TestParse() {}

    public static Mod.Module parse(SourceFile file) { return Parser.parse(file); }
}
