package dev.waspy.frontend.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    @Test
    void formatShowsLineAndCaret() {
        SourceFile f = SourceFile.of("prog.py", "x = 1\n\ty = é + $\n");
        CompileError e = new CompileError(f, 2, 10, "unsupported operator");
        assertEquals("prog.py:2:10: error: unsupported operator\n    \ty = é + $\n    \t        ^", e.format());
    }

    @Test
    void lineStartsAndColumns() {
        SourceFile f = SourceFile.of("a.py", "ab\r\nπx = 1\rlast");
        assertEquals(3, f.lineCount());
        assertEquals("πx = 1", f.line(2));
        assertEquals("last", f.line(3));
        assertEquals(2, f.utf8Column(2, 1));
        assertEquals(1, f.charColumn(2, 2));
        assertEquals(2, f.lineOf(f.lineStart(2) + 3));
    }

    @Test
    void decodingFollowsPep263() {
        byte[] latin = "# coding: latin-1\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("x = '\u00e9'", SourceFile.decode("l.py", latin).line(2));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        assertEquals("x", SourceFile.decode("b.py", bom).text());
        SyntaxError unknown = assertThrows(SyntaxError.class,
                () -> SourceFile.decode("u.py", "# coding: nope\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("unknown encoding: nope", unknown.getMessage());
    }
}
