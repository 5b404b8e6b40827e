package dev.waspy.frontend.lower;

import java.math.BigInteger;

/** The parser's constant values, read uniformly. */
final class Literals {
    private Literals() {}

    /** The int of an int constant (whatever integral class the parser used), else null. */
    static BigInteger asInt(Object v) {
        return switch (v) {
            case BigInteger b -> b;
            case Long l -> BigInteger.valueOf(l);
            case Integer i -> BigInteger.valueOf(i);
            case null, default -> null;
        };
    }
}
