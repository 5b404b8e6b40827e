package dev.waspy.spectest;

import com.dylibso.chicory.wasm.types.Value;
import java.util.Map;

/**
 * A value in a wast2json command: a type and its text ("value" holds integers as unsigned
 * decimals, floats as their bit patterns, references as "null" or a host number; expected floats
 * may be "nan:canonical" or "nan:arithmetic").
 */
record SpecValue(String type, String value) {
    private static final int F32_QUIET = 0x0040_0000;
    private static final long F64_QUIET = 0x0008_0000_0000_0000L;

    static SpecValue of(Object json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) json;
        return new SpecValue((String) map.get("type"), (String) map.get("value"));
    }

    /** The value as Chicory passes it: a long holding the bits, references as index or -1 for null. */
    long toChicory() {
        return switch (type) {
            case "i32", "f32" -> Integer.parseUnsignedInt(value);
            case "i64", "f64" -> Long.parseUnsignedLong(value);
            case "funcref", "externref" -> "null".equals(value) ? Value.REF_NULL_VALUE : Long.parseLong(value);
            default -> throw new IllegalArgumentException("unsupported value type " + type);
        };
    }

    /** Whether Chicory's result bits are this expected value; NaN patterns as the spec defines them. */
    boolean matches(long actual) {
        return switch (type) {
            case "i32" -> (int) actual == Integer.parseUnsignedInt(value);
            case "i64" -> actual == Long.parseUnsignedLong(value);
            case "f32" -> {
                int bits = (int) actual;
                yield switch (value) {
                    case "nan:canonical" -> (bits & 0x7FFF_FFFF) == 0x7FC0_0000;
                    case "nan:arithmetic" -> Float.isNaN(Float.intBitsToFloat(bits)) && (bits & F32_QUIET) != 0;
                    default -> bits == Integer.parseUnsignedInt(value);
                };
            }
            case "f64" -> switch (value) {
                case "nan:canonical" -> (actual & 0x7FFF_FFFF_FFFF_FFFFL) == 0x7FF8_0000_0000_0000L;
                case "nan:arithmetic" -> Double.isNaN(Double.longBitsToDouble(actual)) && (actual & F64_QUIET) != 0;
                default -> actual == Long.parseUnsignedLong(value);
            };
            // No value: any non-null reference (the script wrote "ref.func" / "ref.extern" without an index).
            case "funcref", "externref" -> value == null ? actual != Value.REF_NULL_VALUE
                    : "null".equals(value) ? actual == Value.REF_NULL_VALUE : actual == Long.parseLong(value);
            default -> false;
        };
    }

    /** Whether this expects a NaN pattern and {@code actual} is a NaN with the quiet bit clear. */
    boolean isSignallingNanFor(long actual) {
        if (value == null || !value.startsWith("nan:")) {
            return false;
        }
        return switch (type) {
            case "f32" -> Float.isNaN(Float.intBitsToFloat((int) actual)) && ((int) actual & F32_QUIET) == 0;
            case "f64" -> Double.isNaN(Double.longBitsToDouble(actual)) && (actual & F64_QUIET) == 0;
            default -> false;
        };
    }

    /** How Chicory's result looks, for failure messages. */
    String describe(long actual) {
        return switch (type) {
            case "i32", "f32" -> type + ":0x" + Integer.toHexString((int) actual);
            case "i64", "f64" -> type + ":0x" + Long.toHexString(actual);
            default -> type + ":" + (actual == Value.REF_NULL_VALUE ? "null" : Long.toString(actual));
        };
    }

    @Override
    public String toString() {
        if (value == null || value.startsWith("nan") || value.equals("null")) {
            return type + ":" + value;
        }
        return describe(toChicory());
    }
}
