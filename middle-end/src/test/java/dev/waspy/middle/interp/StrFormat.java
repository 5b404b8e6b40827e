package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;

/**
 * str.format(*args, **kwargs) as the runtime's strformat.c parses it (CPython 3.11's
 * unicode_format.h: the same scan order, so the same error wins): auto and manual numbering,
 * [index] lookups, the numeric attributes .real/.imag/.numerator/.denominator, !r !s !a and
 * nested specs. Other attributes (bound methods, dunders) are Unmodelled, as the runtime stops.
 */
final class StrFormat {
    private StrFormat() {}

    /** The parse state: the format's code points, and the field numbering (0 unset, 1 auto, 2 manual). */
    private static final class State {
        final int[] s;
        final List<Object> args;
        final Object kwargs;
        int numbering;
        long next;
        int pos;

        State(int[] s, List<Object> args, Object kwargs) {
            this.s = s;
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    static String format(String fmt, Tuple args, PyDict kwargs) {
        var st = new State(fmt.codePoints().toArray(), args.items(), kwargs);
        var out = new StringBuilder();
        build(out, st, 0, st.s.length, 2);
        return out.toString();
    }

    /** fmt.format_map(mapping): names looked up by item access, no positional fields. */
    static String formatMap(String fmt, Object mapping) {
        var st = new State(fmt.codePoints().toArray(), null, mapping);
        var out = new StringBuilder();
        build(out, st, 0, st.s.length, 2);
        return out.toString();
    }

    private static String text(int[] s, int a, int b) { return new String(s, a, b - a); }

    /** The decimal value of s[a:b] if it is all decimal digits, -1 if not. */
    private static long integer(int[] s, int a, int b) {
        if (a >= b) return -1;
        long acc = 0;
        for (int i = a; i < b; i++) {
            int d = Character.getType(s[i]) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(s[i], 10) : -1;
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw exc("ValueError", "Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    private static void build(StringBuilder out, State st, int a, int b, int depth) {
        if (depth <= 0) throw exc("ValueError", "Max string recursion exceeded");
        int[] s = st.s;
        int pos = a;
        while (pos < b) {
            int start = pos;
            int c = 0;
            boolean markup = false;
            while (pos < b) {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            boolean atEnd = pos >= b;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || s[pos] != '}')) throw exc("ValueError", "Single '}' encountered in format string");
            if (atEnd && c == '{' && markup) throw exc("ValueError", "Single '{' encountered in format string");
            if (markup && !atEnd) {
                if (s[pos] == c) { pos++; markup = false; } else len--;
            }
            out.append(text(s, start, start + len));
            if (markup) {
                st.pos = pos;
                field(out, st, b, depth);
                pos = st.pos;
            }
        }
    }

    /** One replacement field; st.pos is just after its '{'. */
    private static void field(StringBuilder out, State st, int end, int depth) {
        int[] s = st.s;
        int nameStart = st.pos;
        int c = 0;
        while (st.pos < end) {
            c = s[st.pos++];
            if (c == '{') throw exc("ValueError", "unexpected '{' in field name");
            if (c == '[') {
                while (st.pos < end && s[st.pos] != ']') st.pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = st.pos - 1;
        int conversion = 0;
        int specStart = 0;
        int specEnd = 0;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean hasSpec = true;
            if (c == '!') {
                if (st.pos >= end) throw exc("ValueError", "end of string while looking for conversion specifier");
                conversion = s[st.pos++];
                if (st.pos < end) {
                    c = s[st.pos++];
                    if (c == '}') hasSpec = false;
                    else if (c != ':') throw exc("ValueError", "expected ':' after conversion specifier");
                }
            }
            if (hasSpec) {
                specStart = st.pos;
                int count = 1;
                boolean closed = false;
                while (st.pos < end) {
                    int d = s[st.pos++];
                    if (d == '{') { expand = true; count++; }
                    else if (d == '}' && --count == 0) { specEnd = st.pos - 1; closed = true; break; }
                }
                if (!closed) throw exc("ValueError", "unmatched '{' in format spec");
            }
        } else if (c != '}') {
            throw exc("ValueError", "expected '}' before end of string");
        }
        Object obj = fieldObject(st, nameStart, nameEnd);
        if (conversion != 0) {
            obj = switch (conversion) {
                case 'r' -> PyValues.repr(obj);
                case 's' -> PyValues.str(obj);
                case 'a' -> Printf.ascii(PyValues.repr(obj));
                default -> throw exc("ValueError", "Unknown conversion specifier "
                        + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
            };
        }
        String spec;
        if (expand) {
            var sb = new StringBuilder();
            int saved = st.pos;
            build(sb, st, specStart, specEnd, depth - 1);
            st.pos = saved;
            spec = sb.toString();
        } else {
            spec = text(s, specStart, specEnd);
        }
        out.append(Format.format(obj, spec));
    }

    /** The object a field name such as {@code 0}, {@code name[key][1]} or empty (auto) denotes. */
    private static Object fieldObject(State st, int a, int b) {
        int[] s = st.s;
        int i = a;
        while (i < b && s[i] != '.' && s[i] != '[') i++;
        long index = integer(s, a, i);
        boolean empty = a == i;
        if (empty || index != -1) {
            if (st.numbering == 0) st.numbering = empty ? 1 : 2;
            if (st.numbering == 2 && empty) throw exc("ValueError", "cannot switch from manual field specification to automatic field numbering");
            if (st.numbering == 1 && !empty) throw exc("ValueError", "cannot switch from automatic field numbering to manual field specification");
            if (empty) index = st.next++;
        }
        Object obj;
        if (index == -1) {
            obj = st.kwargs instanceof PyDict d ? d.get(text(s, a, i)) : RuntimeTable.call("rt_obj_getitem", List.of(st.kwargs, text(s, a, i)));
        } else {
            if (st.args == null) throw exc("ValueError", "Format string contains positional fields");
            if (index >= st.args.size()) throw exc("IndexError", "Replacement index " + index + " out of range for positional args tuple");
            obj = st.args.get((int) index);
        }
        while (i < b) {
            int c = s[i++];
            int start = i;
            if (c == '.') {
                while (i < b && s[i] != '.' && s[i] != '[') i++;
                if (i == start) throw exc("ValueError", "Empty attribute in format string");
                obj = attribute(obj, text(s, start, i));
                continue;
            }
            if (c != '[') throw exc("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
            while (i < b && s[i] != ']') i++;
            if (i >= b) throw exc("ValueError", "Missing ']' in format string");
            int stop = i++;
            if (stop == start) throw exc("ValueError", "Empty attribute in format string");
            long k = integer(s, start, stop);
            obj = Subscripts.getitem(obj, k >= 0 ? BigInteger.valueOf(k) : text(s, start, stop));
        }
        return obj;
    }

    /** The public attributes of the built-in types (dir() without dunders), by type name. */
    private static final java.util.Map<String, String> ATTRS = java.util.Map.of(
            "int", " as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes ",
            "bool", " as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes ",
            "float", " as_integer_ratio conjugate fromhex hex imag is_integer real ",
            "str", " capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha"
                    + " isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust"
                    + " lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit"
                    + " rstrip split splitlines startswith strip swapcase title translate upper zfill ",
            "list", " append clear copy count extend index insert pop remove reverse sort ",
            "tuple", " count index ",
            "dict", " clear copy fromkeys get items keys pop popitem setdefault update values ",
            "set", " add clear copy difference difference_update discard intersection intersection_update isdisjoint"
                    + " issubset issuperset pop remove symmetric_difference symmetric_difference_update union update ",
            "NoneType", " ");

    /** obj.name: the numeric attributes of ints and floats; AttributeError for a name the type lacks. */
    private static Object attribute(Object obj, String name) {
        String attrs = ATTRS.get(PyValues.typeName(obj));
        if (attrs == null) throw new Interpreter.Unmodelled("an attribute of a " + PyValues.typeName(obj) + " in a str.format field");
        if (!name.startsWith("__") && !attrs.contains(" " + name + " ")) throw ObjFunctions.noAttribute(obj, name);
        if (PyValues.isInt(obj)) {
            switch (name) {
                case "real", "numerator" -> { return PyValues.toInt(obj); }
                case "imag" -> { return BigInteger.ZERO; }
                case "denominator" -> { return BigInteger.ONE; }
                default -> { }
            }
        }
        if (obj instanceof Double) {
            if (name.equals("real")) return obj;
            if (name.equals("imag")) return 0.0;
        }
        throw new Interpreter.Unmodelled("method or dunder attribute in a str.format field");
    }
}
