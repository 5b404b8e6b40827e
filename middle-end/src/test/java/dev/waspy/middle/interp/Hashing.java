package dev.waspy.middle.interp;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;

/**
 * hash() as the C runtime computes it (dict.c): CPython's numeric hash modulo 2^61 - 1 (so 1, 1.0
 * and True are one key), CPython's tuple hash, and FNV-1a over the code points for strs (CPython's
 * own str hash is randomized per process; the runtime's is not, and set order follows it).
 */
final class Hashing {
    private Hashing() {}

    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    static long hash(Object v) {
        return switch (v) {
            case Boolean b -> b ? 1 : 0;
            case BigInteger i -> fix(i.signum() < 0 ? -i.negate().mod(MOD).longValue() : i.mod(MOD).longValue());
            case Double d -> hashFloat(d);
            case String s -> hashStr(s);
            case Tuple t -> hashTuple(t);
            case PySet s when s.frozen() -> s.tableHash();
            default -> {
                if (v == PyValues.NONE || v instanceof Iteration.Range) {
                    // Both hash by an address in the runtime (None's, or a tuple the range builds).
                    throw new Interpreter.Unmodelled("the hash of " + PyValues.typeName(v) + " (the runtime's follows an address)");
                }
                throw PyValues.exc("TypeError", "unhashable type: '" + PyValues.typeName(v) + "'");
            }
        };
    }

    private static long fix(long h) { return h == -1 ? -2 : h; }

    private static long hashFloat(double d) {
        if (Double.isInfinite(d)) return d > 0 ? 314159 : -314159;
        if (Double.isNaN(d)) return 0;
        if (d == 0) return 0;
        // |d| = mant * 2^e exactly; the hash is that reduced modulo 2^61 - 1, where 2^61 is 1.
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = (bits & ((1L << 52) - 1)) | (biased == 0 ? 0 : 1L << 52);
        int e = (biased == 0 ? 1 : biased) - 1075;
        long r = BigInteger.valueOf(mant).shiftLeft(Math.floorMod(e, 61)).mod(MOD).longValue();
        return fix(d < 0 ? -r : r);
    }

    private static long hashStr(String s) {
        int x = 0x811c9dc5;
        for (int cp : s.codePoints().toArray()) {
            x ^= cp;
            x *= 16777619;
        }
        return x == 0 ? 1 : Integer.toUnsignedLong(x);
    }

    private static long hashTuple(Tuple t) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (Object item : t.items()) {
            acc += hash(item) * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += t.items().size() ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
