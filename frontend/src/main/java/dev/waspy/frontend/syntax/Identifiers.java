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
