package dev.waspy.frontend.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decoded source file: its path as given by the user, its text, and where each line starts.
 * Lines end at {@code \n}, {@code \r\n} or {@code \r}, as in Python; the text keeps them as
 * {@code \n}, as CPython's tokenizer does. Positions in diagnostics use
 * 1-based lines; AST positions use UTF-8 byte columns (CPython's convention), so this class also
 * converts between character columns and byte columns.
 */
public final class SourceFile {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private final String path;
    private final String text;
    private final int[] lineStarts;

    private SourceFile(String path, String text) {
        this.path = path;
        // Python reads source with universal newlines: \r\n and \r become \n (string values included).
        this.text = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        this.lineStarts = computeLineStarts(this.text);
    }

    /** A source given as text (already decoded). */
    public static SourceFile of(String path, String text) {
        return new SourceFile(path, text);
    }

    /** Reads and decodes a file; decoding problems are syntax errors, as in CPython. */
    public static SourceFile read(Path file) throws IOException {
        return decode(file.toString(), Files.readAllBytes(file));
    }

    /**
     * Decodes source bytes as CPython does: a UTF-8 byte order mark, else a PEP 263 coding cookie on
     * the first or second line, else UTF-8.
     */
    public static SourceFile decode(String path, byte[] bytes) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(bytes, start);
        Charset charset = StandardCharsets.UTF_8;
        if (cookie != null) {
            String normal = normalEncodingName(cookie);
            if (bom && !normal.equals("utf-8")) {
                // CPython gives no line for encoding problems (lineno None, offset -1); so do we (0, -1).
                String shown = normal.equals("iso-8859-1") ? normal : cookie;
                throw new SyntaxError(path, 0, -1, -1, -1, "encoding problem: " + shown + " with BOM");
            }
            if (normal.equals("utf-8")) {
                // Declared UTF-8 is read like undeclared UTF-8.
                cookie = null;
            }
        }
        if (cookie != null) {
            String normal = normalEncodingName(cookie);
            charset = lookup(normal);
            if (charset == null) {
                throw new SyntaxError(path, 0, -1, -1, -1, "unknown encoding: " + cookie);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new SourceFile(path, text);
        } catch (CharacterCodingException e) {
            if (cookie == null) {
                // Without a declaration CPython reads the bytes as UTF-8 unchecked and fails only
                // where it decodes them (in a string literal). Keep each bad byte as U+DC80..U+DCFF
                // (Python's surrogateescape) so that the literal reports it.
                return new SourceFile(path, surrogateEscape(bytes, start));
            }
            int bad = firstUndecodable(bytes, start, charset);
            String reason = charset.name().equals("US-ASCII") ? "ordinal not in range(128)"
                    : "character maps to <undefined>";
            String what = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", cookie,
                    bytes[bad] & 0xff, bad, reason);
            throw new SyntaxError(path, 0, -1, -1, -1, what);
        }
    }

    /** UTF-8 decoding where each byte of a malformed sequence becomes U+DC00 + byte. */
    static String surrogateEscape(byte[] b, int start) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                sb.append((char) c);
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                String s = new String(b, i, len, StandardCharsets.UTF_8);
                ok = s.length() > 0 && s.charAt(0) != '\uFFFD';
                if (ok) {
                    sb.append(s);
                    i += len;
                    continue;
                }
            }
            sb.append((char) (0xDC00 + c));
            i++;
        }
        return sb.toString();
    }

    private static int firstUndecodable(byte[] bytes, int start, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 16);
        d.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static String findCookie(byte[] bytes, int start) {
        int lineStart = start;
        for (int lineNo = 0; lineNo < 2 && lineStart < bytes.length; lineNo++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            // The cookie may be on line 2 only when line 1 is blank or a comment.
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return null;
            }
            lineStart = end;
            if (lineStart < bytes.length && bytes[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < bytes.length && bytes[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** CPython's tokenizer maps utf-8 and latin-1 spellings to one name before looking them up. */
    private static String normalEncodingName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1")
                || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return n;
    }

    private static Charset lookup(String name) {
        for (String candidate : new String[] {name, name.replace("-", ""), name.replace('-', '_'),
                name.replaceFirst("^latin-?", "iso-8859-")}) {
            try {
                if (Charset.isSupported(candidate)) {
                    return Charset.forName(candidate);
                }
            } catch (IllegalArgumentException ignored) {
                // An illegal charset name is just an unknown encoding.
            }
        }
        return null;
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Number of lines; a final line without a newline counts, an empty last line after a newline too. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset in {@link #text()} where the 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The 1-based line whose text contains the character at {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The text of the 1-based {@code line}, without its line end; empty past the end. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** UTF-8 byte column of the 0-based character column {@code charCol} on {@code line}. */
    public int utf8Column(int line, int charCol) {
        int start = lineStart(line);
        return utf8Length(text, start, start + charCol);
    }

    /** 0-based character column of the UTF-8 byte column {@code byteCol} on {@code line}. */
    public int charColumn(int line, int byteCol) {
        String s = line(line);
        int bytes = 0;
        int i = 0;
        while (i < s.length() && bytes < byteCol) {
            int cp = s.codePointAt(i);
            bytes += utf8Width(cp);
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Number of UTF-8 bytes encoding {@code s[from, to)}. A lone surrogate counts 3, as in CPython's surrogatepass. */
    public static int utf8Length(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static int utf8Width(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
