package dev.waspy.middle.interp;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Case mapping and the character predicates of str (the runtime's strcase.c and its Unicode
 * tables), from Java's Unicode data: full case mappings, titlecase with ligatures, and Python's
 * whitespace and numeric classes.
 */
final class StrCase {
    private StrCase() {}

    private static String s(Object o) { return (String) o; }

    static void register(RuntimeTable.Rows r) {
        r.add("rt_str_upper", a -> s(a.get(0)).toUpperCase(Locale.ROOT));
        r.add("rt_str_lower", a -> s(a.get(0)).toLowerCase(Locale.ROOT));
        r.add("rt_str_swapcase", a -> swapcase(s(a.get(0))));
        r.add("rt_str_title", a -> title(s(a.get(0))));
        r.add("rt_str_capitalize", a -> capitalize(s(a.get(0))));
        r.add("rt_str_isdigit", a -> all(s(a.get(0)), StrCase::isDigit));
        r.add("rt_str_isdecimal", a -> all(s(a.get(0)), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        r.add("rt_str_isnumeric", a -> all(s(a.get(0)), StrCase::isNumeric));
        r.add("rt_str_isalpha", a -> all(s(a.get(0)), Character::isLetter));
        r.add("rt_str_isalnum", a -> all(s(a.get(0)), c -> Character.isLetter(c) || isNumeric(c)));
        r.add("rt_str_istitle", a -> istitle(s(a.get(0))));
        r.add("rt_str_isspace", a -> all(s(a.get(0)), StrCase::isSpace));
        r.add("rt_str_isascii", a -> s(a.get(0)).chars().allMatch(c -> c < 128));
        r.add("rt_str_isidentifier", a -> {
            // Java's identifier classes follow its own Unicode version: only ASCII text is modelled.
            String t = s(a.get(0));
            if (!t.chars().allMatch(c -> c < 128)) throw new Interpreter.Unmodelled("isidentifier of non-ASCII text");
            return t.matches("[A-Za-z_][A-Za-z0-9_]*");
        });
        r.add("rt_str_isprintable", a -> s(a.get(0)).codePoints().allMatch(StrCase::isPrintable));
        r.add("rt_str_casefold", a -> {
            // Java has no case folding: only ASCII text, where it is lower(), is modelled.
            if (!s(a.get(0)).chars().allMatch(c -> c < 128)) throw new Interpreter.Unmodelled("casefold of non-ASCII text");
            return s(a.get(0)).toLowerCase(Locale.ROOT);
        });
        r.add("rt_str_isupper", a -> cased(s(a.get(0)), true));
        r.add("rt_str_islower", a -> cased(s(a.get(0)), false));
    }

    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /**
     * Python's Numeric_Type predicates, approximated from Java's general categories: a decimal
     * digit, or another number with a digit value (superscripts, circled digits) for isdigit;
     * any number category for isnumeric (CJK numeral ideographs are not covered).
     */
    private static boolean isDigit(int c) {
        int type = Character.getType(c);
        int v = Character.getNumericValue(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || (type == Character.OTHER_NUMBER && v >= 0 && v <= 9);
    }

    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        if (type == Character.OTHER_LETTER && Character.getNumericValue(c) >= 0) {
            throw new Interpreter.Unmodelled("the numeric property of a letter such as a CJK numeral");
        }
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean istitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean all(String s, IntPredicate p) { return !s.isEmpty() && s.codePoints().allMatch(p); }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int c : s.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) any = true;
        }
        return any;
    }

    private static String swapcase(String s) {
        var sb = new StringBuilder();
        for (int c : s.codePoints().toArray()) {
            String ch = new String(Character.toChars(c));
            sb.append(Character.isUpperCase(c) ? ch.toLowerCase(Locale.ROOT) : Character.isLowerCase(c) ? ch.toUpperCase(Locale.ROOT) : ch);
        }
        return sb.toString();
    }

    private static boolean isCased(int c) { return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c); }

    private static String title(String s) {
        var sb = new StringBuilder();
        boolean prevCased = false;
        for (int c : s.codePoints().toArray()) {
            String ch = new String(Character.toChars(c));
            if (prevCased) sb.append(ch.toLowerCase(Locale.ROOT));
            else sb.append(titleOf(c));
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int first = s.codePointAt(0);
        return titleOf(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /**
     * The full titlecase of a code point: the simple mapping when there is one, else the full
     * uppercase with all but its first code point lowered (ligatures: U+FB01 gives "Fi", ß "Ss").
     */
    private static String titleOf(int c) {
        int t = Character.toTitleCase(c);
        if (t != c) return new String(Character.toChars(t));
        String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        int n = Character.charCount(upper.codePointAt(0));
        return upper.substring(0, n) + upper.substring(n).toLowerCase(Locale.ROOT);
    }

    /** CPython's Py_UNICODE_ISPRINTABLE: not a control, format, surrogate, private-use, unassigned or separator character, but ' '. */
    private static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
