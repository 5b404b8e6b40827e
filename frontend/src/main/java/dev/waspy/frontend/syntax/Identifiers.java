package dev.waspy.frontend.syntax;

import java.text.Normalizer;

/** Non-ASCII identifiers: PEP 3131 checks and NFKC normalization, as CPython applies them. */
final class Identifiers {
    private Identifiers() {}

    /** Returns the normalized identifier, or throws the error CPython gives for its first bad character. */
    static String verify(Tokenizer t, String text, int start) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC);
        int i = 0;
        boolean first = true;
        while (i < norm.length()) {
            int cp = norm.codePointAt(i);
            boolean ok = first ? (cp == '_' || Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F)
                    : (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F);
            if (!ok) {
                // Report the offending character of the original text, located by scanning it.
                int j = 0;
                boolean f = true;
                while (j < text.length()) {
                    int c = text.codePointAt(j);
                    String one = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
                    int c0 = one.isEmpty() ? c : one.codePointAt(0);
                    boolean good = f ? (c0 == '_' || Character.isUnicodeIdentifierStart(c0))
                            : (Character.isUnicodeIdentifierPart(c0) && !Character.isIdentifierIgnorable(c0));
                    if (!good) {
                        throw t.invalidCharacter(c, start + j);
                    }
                    f = false;
                    j += Character.charCount(c);
                }
                throw t.invalidCharacter(cp, start);
            }
            first = false;
            i += Character.charCount(cp);
        }
        return Keywords.intern(norm);
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
