package dev.waspy.frontend.syntax;

import java.text.Normalizer;

/**
 * Non-ASCII identifiers: PEP 3131 checks (XID_Start/XID_Continue as CPython 3.11's Unicode
 * version defines them) and NFKC normalization.
 */
final class Identifiers {
    private Identifiers() {}

    /** Returns the normalized identifier, or throws the error CPython gives for its first bad character. */
    static String verify(Tokenizer t, String text, int start) {
        // CPython checks the characters as written (_PyUnicode_ScanIdentifier), then normalizes.
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 0xDC80 && c <= 0xDCFF && !(k > 0 && Character.isHighSurrogate(text.charAt(k - 1)))) {
                // A byte that is not UTF-8 (see SourceFile): CPython fails decoding the name.
                int b = c - 0xDC00;
                String why = b < 0xC2 || b > 0xF4 ? "invalid start byte"
                        : k + 1 >= text.length() ? "unexpected end of data" : "invalid continuation byte";
                throw t.identifierError(start + text.length(), String.format(
                        "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", b,
                        dev.waspy.frontend.diag.SourceFile.utf8Length(text, 0, k), why));
            }
        }
        int j = 0;
        boolean first = true;
        while (j < text.length()) {
            int c = text.codePointAt(j);
            boolean good = c < 128 ? (first ? Tokenizer.isIdentStart((char) c) && !(c >= '0' && c <= '9')
                    : Tokenizer.isIdentChar((char) c))
                    : (first ? UnicodeTables.isIdStart(c) : UnicodeTables.isIdContinue(c));
            if (!good) {
                throw t.invalidCharacter(c, start + j);
            }
            first = false;
            j += Character.charCount(c);
        }
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return Keywords.intern(norm);
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        return UnicodeTables.isPrintable(cp);
    }
}
