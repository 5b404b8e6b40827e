package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.middle.rt.RuntimeMethods;
import dev.waspy.middle.rt.RuntimeTypeIds;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Method calls on values of unknown type, in three kinds: the runtime's method call by name
 * ({@code rt_obj_call_method}, for the names of {@link #BY_NAME}: it checks the arguments' number
 * and types in CPython's words), methods several built-in types share with a runtime function of
 * their own ({@code rt_obj_count}, ...), and methods of exactly one built-in type called after
 * {@code rt_obj_expect} checked the receiver's type (CPython's AttributeError otherwise).
 */
final class Methods {
    private Methods() {}

    /** A supported method: the receiver's runtime type id (0: any, dispatched by the runtime), its arity, its keywords. */
    record Method(int type, int minArgs, int maxArgs, List<String> keywords) {
        Method(int type, int minArgs, int maxArgs) { this(type, minArgs, maxArgs, List.of()); }
    }

    private static final int STR = RuntimeTypeIds.STR;

    /** For each method the runtime dispatches, the types that have it (checked before the arguments are evaluated). */
    private static final Map<String, Long> SHARED_BY = Map.of(
            "count", RuntimeTypeIds.bits(STR, RuntimeTypeIds.LIST, RuntimeTypeIds.TUPLE, RuntimeTypeIds.RANGE),
            "index", RuntimeTypeIds.bits(STR, RuntimeTypeIds.LIST, RuntimeTypeIds.TUPLE, RuntimeTypeIds.RANGE),
            "pop", RuntimeTypeIds.bits(RuntimeTypeIds.LIST, RuntimeTypeIds.SET, RuntimeTypeIds.DICT),
            "remove", RuntimeTypeIds.bits(RuntimeTypeIds.LIST, RuntimeTypeIds.SET),
            "update", RuntimeTypeIds.bits(RuntimeTypeIds.DICT, RuntimeTypeIds.SET),
            "copy", RuntimeTypeIds.bits(RuntimeTypeIds.LIST, RuntimeTypeIds.SET, RuntimeTypeIds.DICT, RuntimeTypeIds.FROZENSET),
            "clear", RuntimeTypeIds.bits(RuntimeTypeIds.LIST, RuntimeTypeIds.SET, RuntimeTypeIds.DICT),
            "isdisjoint", RuntimeTypeIds.bits(RuntimeTypeIds.SET, RuntimeTypeIds.DICTVIEW, RuntimeTypeIds.FROZENSET),
            "bit_count", RuntimeTypeIds.bits(RuntimeTypeIds.INT, RuntimeTypeIds.BOOL),
            "bit_length", RuntimeTypeIds.bits(RuntimeTypeIds.INT, RuntimeTypeIds.BOOL));

    /** The methods the runtime calls by name, with any number of positional arguments. */
    static final Set<String> BY_NAME = RuntimeMethods.BY_NAME.keySet();

    /** Whether {@code name(...)} with {@code count} arguments is a call by name: one no row of {@link #TABLE} takes. */
    static boolean byName(String name, int count) {
        Method m = TABLE.get(name);
        return BY_NAME.contains(name) && (m == null || count < m.minArgs() || count > m.maxArgs());
    }

    static final int ANY = 0;
    /** In a method's keywords: any keyword is accepted. */
    static final String ANY_KEYWORD = "*";

    /** In a method's type: the method has an entry point of its own, {@code rt_method_NAME(self, args)}. */
    static final int ENTRY = -1;

    /** A method with an entry point of its own: the receiver types that have it, what the entry returns. */
    private record Entry(long receivers, IrType result) {}

    private static final long STR_ONLY = RuntimeTypeIds.bits(STR);
    private static final long NUMBERS = RuntimeTypeIds.bits(RuntimeTypeIds.INT, RuntimeTypeIds.BOOL, RuntimeTypeIds.FLOAT);

    /**
     * Methods with an entry point of their own in the runtime (methodentries.c), for the receiver
     * types that have them: called with any number of positional arguments in a tuple, which the
     * entry counts in CPython's words. A program carries only the entries it calls.
     */
    private static final Map<String, Entry> OWN_ENTRY = Map.ofEntries(
            Map.entry("casefold", new Entry(STR_ONLY, IrType.STR)),
            Map.entry("isprintable", new Entry(STR_ONLY, IrType.BOOL)),
            Map.entry("isdecimal", new Entry(STR_ONLY, IrType.BOOL)),
            Map.entry("isnumeric", new Entry(STR_ONLY, IrType.BOOL)),
            Map.entry("isascii", new Entry(STR_ONLY, IrType.BOOL)),
            Map.entry("istitle", new Entry(STR_ONLY, IrType.BOOL)),
            Map.entry("isidentifier", new Entry(STR_ONLY, IrType.BOOL)),
            Map.entry("expandtabs", new Entry(STR_ONLY, IrType.STR)),
            Map.entry("splitlines", new Entry(STR_ONLY, IrType.LIST)),
            Map.entry("translate", new Entry(STR_ONLY, IrType.STR)),
            Map.entry("maketrans", new Entry(STR_ONLY, IrType.DICT)),
            Map.entry("format_map", new Entry(STR_ONLY, IrType.STR)),
            Map.entry("conjugate", new Entry(NUMBERS, IrType.OBJ)),
            Map.entry("as_integer_ratio", new Entry(NUMBERS, IrType.tuple(List.of(IrType.OBJ, IrType.OBJ)))),
            Map.entry("hex", new Entry(RuntimeTypeIds.bits(RuntimeTypeIds.FLOAT), IrType.STR)),
            Map.entry("fromkeys", new Entry(RuntimeTypeIds.bits(RuntimeTypeIds.DICT), IrType.DICT)),
            Map.entry("fromhex", new Entry(RuntimeTypeIds.bits(RuntimeTypeIds.FLOAT), IrType.FLOAT)));

    /**
     * Methods called on the type itself ({@code dict.fromkeys(keys)}, {@code str.maketrans(x, y)}),
     * by type and name: their entry takes a receiver it does not use, here an empty instance or None.
     */
    private static final Set<String> ON_TYPE = Set.of("dict.fromkeys", "str.maketrans", "float.fromhex");

    /** Whether {@code c} calls a method on a built-in type itself, without keywords. */
    static boolean onType(Expr.Attribute a, Expr.Call c, java.util.function.Function<String, dev.waspy.frontend.scope.Symbol> resolve) {
        return a.value() instanceof Expr.Name n && resolve.apply(n.id()) == dev.waspy.frontend.scope.Symbol.BUILTIN
                && ON_TYPE.contains(n.id() + "." + a.attr()) && c.keywords().isEmpty();
    }

    /** {@code type.name(args)} of {@link #ON_TYPE}: the entry with a stand-in receiver. */
    static Temp callOnType(GenericFunction f, String name, Expr.Call c) {
        Emitter em = f.em;
        Temp self = switch (name) {
            case "maketrans" -> em.box(em.str(""));
            case "fromhex" -> em.box(em.constant(new dev.waspy.middle.ir.Constant.FloatC(0.0)));
            default -> em.none();
        };
        Entry e = OWN_ENTRY.get(name);
        return em.box(em.rt("rt_method_" + name, e.result(), self, em.tuple(f.ex.values(c.args()))));
    }

    static final Map<String, Method> TABLE = withEntries(Map.ofEntries(
            Map.entry("count", new Method(ANY, 1, 1)),
            Map.entry("index", new Method(ANY, 1, 1)),
            Map.entry("pop", new Method(ANY, 0, 2)),
            Map.entry("remove", new Method(ANY, 1, 1)),
            Map.entry("update", new Method(ANY, 1, 1)),
            Map.entry("copy", new Method(ANY, 0, 0)),
            Map.entry("clear", new Method(ANY, 0, 0)),
            Map.entry("isdisjoint", new Method(ANY, 1, 1)),
            Map.entry("is_integer", new Method(RuntimeTypeIds.FLOAT, 0, 0)),
            Map.entry("bit_count", new Method(ANY, 0, 0)),
            Map.entry("bit_length", new Method(ANY, 0, 0)),
            Map.entry("append", new Method(RuntimeTypeIds.LIST, 1, 1)),
            Map.entry("extend", new Method(RuntimeTypeIds.LIST, 1, 1)),
            Map.entry("reverse", new Method(RuntimeTypeIds.LIST, 0, 0)),
            Map.entry("get", new Method(RuntimeTypeIds.DICT, 1, 2)),
            Map.entry("keys", new Method(RuntimeTypeIds.DICT, 0, 0)),
            Map.entry("values", new Method(RuntimeTypeIds.DICT, 0, 0)),
            Map.entry("items", new Method(RuntimeTypeIds.DICT, 0, 0)),
            Map.entry("setdefault", new Method(RuntimeTypeIds.DICT, 1, 2)),
            Map.entry("add", new Method(RuntimeTypeIds.SET, 1, 1)),
            Map.entry("discard", new Method(RuntimeTypeIds.SET, 1, 1)),
            Map.entry("upper", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("lower", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("title", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("capitalize", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("strip", new Method(RuntimeTypeIds.STR, 0, 1)),
            Map.entry("lstrip", new Method(RuntimeTypeIds.STR, 0, 1)),
            Map.entry("rstrip", new Method(RuntimeTypeIds.STR, 0, 1)),
            Map.entry("split", new Method(RuntimeTypeIds.STR, 0, 2)),
            Map.entry("rsplit", new Method(STR, 0, 2)),
            Map.entry("join", new Method(STR, 1, 1)),
            Map.entry("removeprefix", new Method(STR, 1, 1)),
            Map.entry("removesuffix", new Method(STR, 1, 1)),
            Map.entry("partition", new Method(STR, 1, 1)),
            Map.entry("rpartition", new Method(STR, 1, 1)),
            Map.entry("swapcase", new Method(STR, 0, 0)),
            Map.entry("isdigit", new Method(STR, 0, 0)),
            Map.entry("isalpha", new Method(STR, 0, 0)),
            Map.entry("isspace", new Method(STR, 0, 0)),
            Map.entry("isalnum", new Method(STR, 0, 0)),
            Map.entry("isupper", new Method(STR, 0, 0)),
            Map.entry("islower", new Method(STR, 0, 0)),
            Map.entry("zfill", new Method(STR, 1, 1)),
            Map.entry("ljust", new Method(STR, 1, 2)),
            Map.entry("rjust", new Method(STR, 1, 2)),
            Map.entry("center", new Method(STR, 1, 2)),
            Map.entry("format", new Method(STR, 0, Calls.MANY, List.of(ANY_KEYWORD))),
            Map.entry("insert", new Method(RuntimeTypeIds.LIST, 2, 2)),
            Map.entry("sort", new Method(RuntimeTypeIds.LIST, 0, 0, List.of("key", "reverse"))),
            Map.entry("popitem", new Method(RuntimeTypeIds.DICT, 0, 0))));

    private static Map<String, Method> withEntries(Map<String, Method> typed) {
        var all = new java.util.HashMap<>(typed);
        for (String name : OWN_ENTRY.keySet()) all.put(name, new Method(ENTRY, 0, Calls.MANY));
        return Map.copyOf(all);
    }

    /**
     * The type ids (a mask) of the receivers {@code x.name(...)} works on once compiled: the
     * runtime's rows for a call by name, the types a shared method's check lets through, or the
     * one type of a typed method; 0 for a name no call compiles.
     */
    static long receivers(String name) {
        long r = RuntimeMethods.BY_NAME.getOrDefault(name, 0L);
        Method m = TABLE.get(name);
        if (m != null) r |= switch (m.type()) {
            case ANY -> SHARED_BY.get(name);
            case ENTRY -> OWN_ENTRY.get(name).receivers();
            default -> RuntimeTypeIds.bits(m.type());
        };
        return r;
    }

    /** The built-in types whose methods a key function may name unbound ({@code str.lower}), by name. */
    private static final Map<String, Integer> UNBOUND_TYPES = Map.of("str", STR, "list", RuntimeTypeIds.LIST,
            "dict", RuntimeTypeIds.DICT, "set", RuntimeTypeIds.SET, "tuple", RuntimeTypeIds.TUPLE,
            "int", RuntimeTypeIds.INT, "float", RuntimeTypeIds.FLOAT);

    /** Whether {@code type.name} is a method of the built-in type {@code type} callable with the receiver alone. */
    static boolean unbound(String type, String name) {
        Integer t = UNBOUND_TYPES.get(type);
        Method m = TABLE.get(name);
        // A method of the type itself (dict.fromkeys) takes the item as its argument, not as a receiver.
        if (t == null || m == null || m.minArgs() != 0 || ON_TYPE.contains(type + "." + name)) return false;
        return (receivers(name) & RuntimeTypeIds.bits(t)) != 0;
    }

    /**
     * {@code type.name(self)}: the receiver must be of that type (a bool for int's methods), else
     * CPython's TypeError "descriptor 'lower' for 'str' objects doesn't apply to a 'int' object".
     */
    static Temp callUnbound(GenericFunction f, String type, String name, Temp self, Pos pos) {
        Emitter em = f.em;
        int t = UNBOUND_TYPES.get(type);
        long bits = RuntimeTypeIds.bits(t) | (t == RuntimeTypeIds.INT ? RuntimeTypeIds.bits(RuntimeTypeIds.BOOL) : 0);
        Block ok = em.block();
        Block bad = em.block();
        em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, self, em.smallInt(bits)), ok, bad);
        em.at(bad);
        TypeErrors.raise(em, self, "descriptor '" + name + "' for '" + type + "' objects doesn't apply to a '", "' object");
        em.at(ok);
        return call(f, name, self, new Expr.Call(null, List.of(), List.of(), pos));
    }

    /**
     * {@code self.name(args)}. CPython looks the method up before evaluating the arguments, so a
     * receiver without it raises first: the type check ({@code rt_obj_expect}, or
     * {@code rt_obj_expect_any} for a method several types share) comes before the arguments here too.
     */
    /** Whether a built-in method of this name takes a call of this shape (its arguments' count, its keywords). */
    static boolean fits(String name, Expr.Call c) {
        int n = c.args().size();
        if (byName(name, n)) return c.keywords().isEmpty();
        Method m = TABLE.get(name);
        if (m == null || n < m.minArgs() || n > m.maxArgs()) return false;
        return c.keywords().stream().allMatch(k -> m.keywords().contains(k.arg()) || m.keywords().contains(ANY_KEYWORD));
    }

    static Temp call(GenericFunction f, String name, Temp self, Expr.Call c) {
        List<Expr> args = c.args();
        Emitter em = f.em;
        if (byName(name, args.size())) {
            Temp attr = em.str(name);
            Temp checked = em.rt("rt_obj_lookup_method", IrType.OBJ, self, attr);
            return em.rt("rt_obj_call_method", IrType.OBJ, checked, attr, em.tuple(f.ex.values(args)));
        }
        Method m = TABLE.get(name);
        if (m.type() == ENTRY) {
            Entry e = OWN_ENTRY.get(name);
            em.rt("rt_obj_expect_any", IrType.OBJ, self, em.smallInt(e.receivers()), em.str(name));
            Temp r = em.rt("rt_method_" + name, e.result(), self, em.tuple(f.ex.values(args)));
            return e.result() == IrType.OBJ ? r : em.box(r);
        }
        if (m.type() == ANY) {
            em.rt("rt_obj_expect_any", IrType.OBJ, self, em.smallInt(SHARED_BY.get(name)), em.str(name));
            List<Temp> a = f.ex.values(args);
            return switch (name) {
                case "count" -> em.box(em.rt("rt_obj_count", IrType.INT, self, a.get(0)));
                case "index" -> em.box(em.rt("rt_obj_index", IrType.INT, self, a.get(0)));
                case "pop" -> switch (a.size()) {
                    case 0 -> em.rt("rt_obj_pop", IrType.OBJ, self);
                    case 1 -> em.rt("rt_obj_pop_at", IrType.OBJ, self, a.get(0));
                    default -> popDefault(em, self, a);
                };
                case "bit_count", "bit_length" -> em.box(em.rt("rt_int_" + name, IrType.INT, em.prim(dev.waspy.middle.ir.Prim.OBJ_TO_INT, self)));
                case "remove" -> none(em, em.rt("rt_obj_remove", IrType.NONE, self, a.get(0)));
                case "update" -> none(em, em.rt("rt_obj_update", IrType.NONE, self, a.get(0)));
                case "copy" -> em.rt("rt_obj_copy", IrType.OBJ, self);
                case "clear" -> none(em, em.rt("rt_obj_clear", IrType.NONE, self));
                case "isdisjoint" -> em.box(em.rt("rt_obj_isdisjoint", IrType.BOOL, self, a.get(0)));
                default -> throw new IllegalStateException(name);
            };
        }
        IrType as = switch (m.type()) {
            case RuntimeTypeIds.FLOAT -> IrType.FLOAT;
            case RuntimeTypeIds.LIST -> IrType.LIST;
            case RuntimeTypeIds.DICT -> IrType.DICT;
            case RuntimeTypeIds.SET -> IrType.SET;
            default -> IrType.STR;
        };
        Temp checked = em.rt("rt_obj_expect", IrType.OBJ, self, em.smallInt(m.type()), em.str(name));
        Temp r = em.unbox(checked, as);
        if (name.equals("sort")) {
            f.consumers.sort(r, Consumers.keyword(c, "key"), Consumers.keyword(c, "reverse"));
            return em.none();
        }
        if (name.equals("join")) {
            // A generator expression (or a lazy builtin) is collected in place; any other value is
            // the runtime's, with CPython's "can only join an iterable".
            Expr items = args.get(0);
            if (items instanceof Expr.GeneratorExp || Sources.loopOnly(items, f::resolve)) {
                return em.box(em.rt("rt_str_join_list", IrType.STR, r, f.consumers.collect(items)));
            }
            return em.box(em.rt("rt_str_join_obj", IrType.STR, r, f.ex.value(items)));
        }
        List<Temp> a = f.ex.values(args);
        return switch (name) {
            case "append" -> none(em, em.rt("rt_list_append", IrType.NONE, r, a.get(0)));
            case "extend" -> none(em, em.rt("rt_list_extend_iter", IrType.NONE, r, a.get(0)));
            case "reverse" -> none(em, em.rt("rt_list_reverse", IrType.NONE, r));
            case "get" -> em.rt("rt_dict_get_default", IrType.OBJ, r, a.get(0), a.size() > 1 ? a.get(1) : em.none());
            case "keys" -> em.rt("rt_dict_keys_view", IrType.OBJ, r);
            case "values" -> em.rt("rt_dict_values_view", IrType.OBJ, r);
            case "items" -> em.rt("rt_dict_items_view", IrType.OBJ, r);
            case "setdefault" -> em.rt("rt_dict_setdefault", IrType.OBJ, r, a.get(0), a.size() > 1 ? a.get(1) : em.none());
            case "add" -> none(em, em.rt("rt_set_add", IrType.NONE, r, a.get(0)));
            case "discard" -> none(em, em.rt("rt_set_discard", IrType.NONE, r, a.get(0)));
            case "upper", "lower", "title", "capitalize" -> em.box(em.rt("rt_str_" + name, IrType.STR, r));
            case "strip", "lstrip", "rstrip" -> em.box(em.rt("rt_str_" + name, IrType.STR, r, a.isEmpty() ? em.none() : a.get(0)));
            case "split", "rsplit" -> em.box(em.rt("rt_str_" + name, IrType.LIST, r, a.isEmpty() ? em.none() : a.get(0),
                    a.size() > 1 ? em.unbox(a.get(1), IrType.INT) : em.smallInt(-1)));
            case "is_integer" -> em.box(em.rt("rt_float_is_integer", IrType.BOOL, r));
            case "removeprefix", "removesuffix" -> em.box(em.rt("rt_str_" + name, IrType.STR, r, str(em, a.get(0))));
            case "partition", "rpartition" -> em.box(em.rt("rt_str_" + name, IrType.tuple(List.of(IrType.OBJ, IrType.OBJ, IrType.OBJ)), r, str(em, a.get(0))));
            case "swapcase" -> em.box(em.rt("rt_str_swapcase", IrType.STR, r));
            case "isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower" -> em.box(em.rt("rt_str_" + name, IrType.BOOL, r));
            case "zfill" -> em.box(em.rt("rt_str_zfill", IrType.STR, r, em.unbox(a.get(0), IrType.INT)));
            case "ljust", "rjust", "center" -> em.box(em.rt("rt_str_" + name, IrType.STR, r, em.unbox(a.get(0), IrType.INT),
                    a.size() > 1 ? str(em, a.get(1)) : em.str(" ")));
            case "format" -> {
                Temp kw = em.rt("rt_dict_new", IrType.DICT);
                for (var k : c.keywords()) em.rt("rt_dict_set", IrType.NONE, kw, em.box(em.str(k.arg())), f.ex.value(k.value()));
                yield em.box(em.rt("rt_str_format_method", IrType.STR, r, em.tuple(a), kw));
            }
            case "insert" -> none(em, em.rt("rt_list_insert", IrType.NONE, r, em.unbox(a.get(0), IrType.INT), a.get(1)));
            case "popitem" -> em.box(em.rt("rt_dict_popitem", IrType.tuple(List.of(IrType.OBJ, IrType.OBJ)), r));
            default -> throw new IllegalStateException(name);
        };
    }

    /**
     * {@code x.pop(k, default)}: only a dict takes two arguments; a list or a set (which
     * {@code rt_obj_expect_any} let through) raises CPython's TypeError for the count.
     */
    private static Temp popDefault(Emitter em, Temp self, List<Temp> a) {
        Block dict = em.block();
        Block other = em.block();
        em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, self, em.smallInt(RuntimeTypeIds.bits(RuntimeTypeIds.DICT))), dict, other);
        em.at(other);
        Block list = em.block();
        Block set = em.block();
        em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, self, em.smallInt(RuntimeTypeIds.bits(RuntimeTypeIds.LIST))), list, set);
        em.at(list);
        em.raise("TypeError", "pop expected at most 1 argument, got 2");
        em.at(set);
        em.raise("TypeError", "set.pop() takes no arguments (2 given)");
        em.at(dict);
        return em.rt("rt_dict_pop_default", IrType.OBJ, em.unbox(self, IrType.DICT), a.get(0), a.get(1));
    }

    /**
     * An argument where the method takes a str: unboxed with a type check, as the typed path
     * converts an object argument (its TypeError message is not CPython's).
     */
    private static Temp str(Emitter em, Temp x) { return em.unbox(x, IrType.STR); }

    /** A method returning None: the call is made for its effect. */
    private static Temp none(Emitter em, Temp effect) { return em.none(); }
}
