package dev.waspy.frontend.syntax;

/**
 * Scans a numeric literal following CPython 3.11's tokenizer step by step (its error messages
 * and positions depend on exactly where it stops). {@code cur} plays the tokenizer's read
 * pointer: {@link #nextc()} reads and advances, {@link #backup(int)} steps back.
 */
final class Numbers {
    private static final int EOF = -1;
    private final Tokenizer t;
    private final String s;
    private final int n;
    private int cur;

    private Numbers(Tokenizer t, int start) {
        this.t = t;
        this.s = t.src();
        this.n = t.length();
        this.cur = start;
    }

    static void scan(Tokenizer t, int start) {
        Numbers m = new Numbers(t, start);
        m.number(start);
        t.emitNumber(start, m.cur);
    }

    private int nextc() {
        return cur < n ? s.charAt(cur++) : EOF;
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private RuntimeException error(String msg) {
        return t.numberError(cur, msg);
    }

    private void number(int start) {
        int c = nextc();
        if (c == '.') {
            c = nextc();
            c = fraction(c);
        } else if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw error("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEnd(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                radix(8, "octal");
                return;
            } else if (c == 'b' || c == 'B') {
                radix(2, "binary");
                return;
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw error("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = fraction(nextc());
                } else if (c == 'e' || c == 'E') {
                    c = exponent(c);
                } else if (c == 'j' || c == 'J') {
                    c = nextc();
                    verifyEnd(c, "imaginary");
                } else if (nonzero) {
                    backup(c);
                    throw t.numberError(start + 1, "leading zeros in decimal integer literals are not permitted;"
                            + " use an 0o prefix for octal integers");
                } else {
                    verifyEnd(c, "decimal");
                }
            }
        } else {
            backup(c);
            c = decimalTail();
            if (c == '.') {
                c = fraction(nextc());
            } else {
                c = afterFraction(c);
            }
        }
        backup(c);
    }

    private void radix(int radix, String kind) {
        int c = nextc();
        do {
            if (c == '_') {
                c = nextc();
            }
            if (c < '0' || c >= '0' + radix) {
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw error("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (c >= '0' && c < '0' + radix);
        } while (c == '_');
        if (isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
        backup(c);
    }

    /** After the '.': optional digits, then exponent and imaginary suffix. Returns the lookahead. */
    private int fraction(int c) {
        if (isDigit(c)) {
            backup(c);
            c = decimalTail();
        }
        return afterFraction(c);
    }

    private int afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEnd(c, "imaginary");
            return c;
        }
        verifyEnd(c, "decimal");
        return c;
    }

    private int exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEnd(e, "decimal");
            // The 'e' is not part of the number ("1else"): the number ends before it.
            return e;
        }
        backup(c);
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEnd(c, "imaginary");
            return c;
        }
        verifyEnd(c, "decimal");
        return c;
    }

    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number directly followed by a keyword that may legally follow it ({@code 1if x else y}) is
     * accepted, as CPython does (with a warning); any other identifier character is an error.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> cur < n && (s.charAt(cur) == 'f' || s.charAt(cur) == 'n' || s.charAt(cur) == 's');
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!keyword && c != EOF && c < 128 && Tokenizer.isIdentChar((char) c)) {
            backup(c);
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        return s.startsWith(rest, cur);
    }
}
