package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Mod;

/**
 * Parses a program the way {@code python3 FILE} reads it, which is stricter than
 * {@code ast.parse(bytes)} (what {@link Parser#parse} follows): the file tokenizer decodes every
 * line, comments included, and refuses a NUL byte anywhere. Such a line wins over the parser's
 * errors, even on earlier lines: after a parser error CPython tokenizes the rest of the file and
 * reports a tokenizer error found there instead. (A tokenizer error on an earlier line, which
 * CPython would meet first, is not told apart here.)
 */
public final class RunnableSource {
    private RunnableSource() {}

    public static Mod.Module parse(SourceFile file) {
        String text = file.text();
        int bad = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // U+DC80..U+DCFF stand for bytes that are not UTF-8 (SourceFile.decode, no cookie).
            if (c == 0 || (c >= 0xDC80 && c <= 0xDCFF)) {
                bad = i;
                break;
            }
        }
        if (bad < 0) return Parser.parse(file);
        int line = file.lineOf(bad);
        char c = text.charAt(bad);
        String message = c == 0 ? "source code cannot contain null bytes"
                : String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared;"
                        + " see https://peps.python.org/pep-0263/ for details", c - 0xDC00, file.path(), line);
        throw new CompileError(file, line, bad - file.lineStart(line) + 1, message);
    }
}
