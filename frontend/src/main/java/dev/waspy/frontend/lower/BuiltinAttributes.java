package dev.waspy.frontend.lower;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public attributes of CPython 3.11's built-in types, so that a method Waspy does not compile
 * yet is reported as not supported rather than as missing. Generated with
 * {@code python3 -c "print(sorted(a for a in dir(str) if not a.startswith('_')))"} per type.
 */
final class BuiltinAttributes {
    private BuiltinAttributes() {}

    private static final Map<String, Set<String>> BY_TYPE = table(
            "int", "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real "
                    + "to_bytes",
            "float", "as_integer_ratio conjugate fromhex hex imag is_integer real",
            "bool", "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real "
                    + "to_bytes",
            "str", "capitalize casefold center count encode endswith expandtabs find format format_map index "
                    + "isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable "
                    + "isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix "
                    + "removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines "
                    + "startswith strip swapcase title translate upper zfill",
            "list", "append clear copy count extend index insert pop remove reverse sort",
            "tuple", "count index",
            "dict", "clear copy fromkeys get items keys pop popitem setdefault update values",
            "set", "add clear copy difference difference_update discard intersection intersection_update "
                    + "isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update "
                    + "union update",
            "NoneType", "");

    private static Map<String, Set<String>> table(String... pairs) {
        var m = new java.util.HashMap<String, Set<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], Arrays.stream(pairs[i + 1].split(" ")).collect(Collectors.toUnmodifiableSet()));
        }
        return Map.copyOf(m);
    }

    /** Whether CPython's type named {@code type} (its {@code __name__}) has the attribute. */
    static boolean has(String type, String attr) {
        Set<String> attrs = BY_TYPE.get(type);
        return attrs != null && attrs.contains(attr);
    }
}
