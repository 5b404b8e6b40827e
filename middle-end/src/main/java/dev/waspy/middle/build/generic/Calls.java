package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.middle.rt.ExcClass;
import dev.waspy.middle.rt.RuntimeTypeIds;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls: of module-level functions ({@code Call}, every argument and result an object; keyword
 * arguments and defaults are matched to parameters here), of the builtins in {@link #BUILTINS},
 * of {@code sys.exit}, of the methods in {@link Methods}, of those of the standard streams ({@link SysStreams})
 * and of the functions of the runtime's modules ({@link StdModules}).
 */
final class Calls {
    /** A supported builtin: how many positional arguments it takes and which keywords. */
    record Builtin(int minArgs, int maxArgs, List<String> keywords) {
        Builtin(int minArgs, int maxArgs) { this(minArgs, maxArgs, List.of()); }
    }

    static final int MANY = Integer.MAX_VALUE;

    static final Map<String, Builtin> BUILTINS = Map.ofEntries(
            Map.entry("print", new Builtin(0, MANY, List.of("sep", "end", "flush"))),
            Map.entry("abs", new Builtin(1, 1)),
            Map.entry("int", new Builtin(0, 2, List.of("base"))),
            Map.entry("float", new Builtin(0, 1)),
            Map.entry("str", new Builtin(0, 1)),
            Map.entry("repr", new Builtin(1, 1)),
            Map.entry("bool", new Builtin(0, 1)),
            Map.entry("len", new Builtin(1, 1)),
            Map.entry("range", new Builtin(1, 3)),
            Map.entry("min", new Builtin(1, MANY, List.of("key", "default"))),
            Map.entry("max", new Builtin(1, MANY, List.of("key", "default"))),
            Map.entry("divmod", new Builtin(2, 2)),
            Map.entry("round", new Builtin(1, 2)),
            Map.entry("pow", new Builtin(2, 3)),
            Map.entry("list", new Builtin(0, 1)),
            Map.entry("set", new Builtin(0, 1)),
            Map.entry("frozenset", new Builtin(0, 1)),
            Map.entry("tuple", new Builtin(0, 1)),
            Map.entry("dict", new Builtin(0, 1)),
            Map.entry("sorted", new Builtin(1, 1, List.of("key", "reverse"))),
            Map.entry("sum", new Builtin(1, 2, List.of("start"))),
            Map.entry("any", new Builtin(1, 1)),
            Map.entry("all", new Builtin(1, 1)),
            Map.entry("iter", new Builtin(1, 1)),
            Map.entry("next", new Builtin(1, 2)),
            Map.entry("hash", new Builtin(1, 1)),
            Map.entry("ord", new Builtin(1, 1)),
            Map.entry("hex", new Builtin(1, 1)),
            Map.entry("oct", new Builtin(1, 1)),
            Map.entry("bin", new Builtin(1, 1)),
            Map.entry("chr", new Builtin(1, 1)),
            Map.entry("isinstance", new Builtin(2, 2)),
            Map.entry("reversed", new Builtin(1, 1)),
            Map.entry("input", new Builtin(0, 1)),
            Map.entry("format", new Builtin(1, 2)),
            Map.entry("ascii", new Builtin(1, 1)),
            Map.entry("callable", new Builtin(1, 1)),
            Map.entry("super", new Builtin(0, 0)),
            Map.entry("type", new Builtin(1, 1)),
            Map.entry("issubclass", new Builtin(2, 2)),
            Map.entry("exit", new Builtin(0, 1)),
            Map.entry("quit", new Builtin(0, 1)));

    private final GenericFunction f;
    private final Emitter em;

    Calls(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    Temp call(Expr.Call c) {
        String member = StdModules.member(c.func(), f::resolve, f.program.scopes);
        if (member != null) return StdModules.call(f, member, c);
        switch (c.func()) {
            case Expr.Name n when f.resolve(n.id()) == Symbol.FUNCTION && f.program.dynamicCalls.contains(c) -> {
                return f.classes.callValue(f.ex.value(n), c);
            }
            case Expr.Name n when f.resolve(n.id()) == Symbol.FUNCTION -> { return function(n.id(), c); }
            case Expr.Name n when f.resolve(n.id()) == Symbol.EXCEPTION && f.program.scopes.classes().containsKey(n.id()) -> {
                return f.classes.callValue(em.load(f.program.global(n.id())), c); // an exception class with a body
            }
            case Expr.Name n when f.resolve(n.id()) == Symbol.EXCEPTION -> {
                var args = new java.util.ArrayList<Temp>();
                for (Expr a : c.args()) args.add(f.ex.value(a));
                return Exceptions.make(em, f.program.exceptionId(n.id()), args);
            }
            case Expr.Name n when f.resolve(n.id()) == Symbol.LOCAL || f.resolve(n.id()) == Symbol.GLOBAL -> {
                return f.classes.callValue(f.ex.value(n), c);
            }
            case Expr.Name n -> { return builtin(n.id(), c); }
            case Expr.Attribute a when SysStreams.isStream(a.value(), f::resolve) -> {
                return SysStreams.call(f, SysStreams.sysAttribute(a.value(), f::resolve), a.attr(), c);
            }
            case Expr.Attribute a when a.value() instanceof Expr.Name n && f.resolve(n.id()) == Symbol.SYS -> { return exit(c, false); }
            case Expr.Attribute a when Methods.onType(a, c, f::resolve) -> { return Methods.callOnType(f, a.attr(), c); }
            case Expr.Attribute a -> { return method(a, c); }
            default -> { return f.classes.callValue(f.ex.value(c.func()), c); }
        }
    }

    /**
     * A module-level function: arguments evaluated in source order, then placed by parameter;
     * a missing one takes its default (a constant evaluated here, else the hidden global its
     * {@code def} stored). Refusals checked that the arguments match the parameters.
     */
    private Temp function(String name, Expr.Call c) {
        var def = f.program.scopes.function(name).def();
        List<Arg> params = def.args().args();
        Temp[] slots = new Temp[params.size()];
        for (int i = 0; i < c.args().size(); i++) slots[i] = f.ex.value(c.args().get(i));
        for (Keyword k : c.keywords()) slots[paramIndex(params, k.arg())] = f.ex.value(k.value());
        int firstDefault = params.size() - def.args().defaults().size();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) continue;
            Expr d = def.args().defaults().get(i - firstDefault);
            slots[i] = ScopeAnalysis.isConstant(d) ? f.ex.value(d)
                    : em.load(f.program.global(ScopeAnalysis.defaultSlot(name, params.get(i).arg())));
        }
        return em.call(name, List.of(slots));
    }

    static int paramIndex(List<Arg> params, String name) {
        for (int i = 0; i < params.size(); i++) if (params.get(i).arg().equals(name)) return i;
        return -1;
    }

    /**
     * {@code sys.exit([code])}, and the site builtins {@code exit([code])} and {@code quit([code])},
     * which close stdin first (a handler that catches the SystemExit and reads it gets CPython's
     * ValueError) and raise the same SystemExit: never returns.
     */
    private Temp exit(Expr.Call c, boolean closesStdin) {
        // SystemExit(code), SystemExit() without one: finally blocks and except clauses see it,
        // and the uncaught report turns it into the status.
        List<Temp> args = c.args().isEmpty() ? List.of() : List.of(f.ex.value(c.args().get(0)));
        if (closesStdin) em.rt("rt_stdin_close", IrType.NONE);
        em.terminate(new Terminator.Throw(Exceptions.make(em, ExcClass.SystemExit.id(), args)));
        return em.none();
    }

    /**
     * {@code x.name(args)}: a built-in type's method from {@link Methods}; with the program's
     * classes, a name their bodies bind or the program assigns as an attribute is looked up at run
     * time on an instance (and on any value when no built-in method of that name fits the call).
     */
    private Temp method(Expr.Attribute a, Expr.Call c) {
        Temp self = f.ex.value(a.value());
        String name = a.attr();
        boolean builtin = Methods.fits(name, c);
        if (builtin && !f.program.scopes.attributeNames().contains(name)) return Methods.call(f, name, self, c);
        if (!builtin) return f.classes.callMethod(self, name, c);
        Var.Local slot = em.hiddenSlot("j", IrType.OBJ);
        Block instance = em.block();
        Block other = em.block();
        Block after = em.block();
        em.branch(em.rt("rt_obj_is_instance", IrType.BOOL, self), instance, other);
        em.at(instance);
        em.store(slot, f.classes.callMethod(self, name, c));
        em.jumpTo(after);
        em.at(other);
        em.store(slot, Methods.call(f, name, self, c));
        em.jumpTo(after);
        em.at(after);
        return em.load(slot);
    }

    private Temp builtin(String name, Expr.Call c) {
        if (name.equals("print")) return print(c);
        if (name.equals("super")) return f.classes.superObject();
        if (name.equals("type")) return em.rt("rt_obj_class", IrType.OBJ, f.ex.value(c.args().get(0)));
        if (name.equals("issubclass")) {
            Temp x = f.ex.value(c.args().get(0));
            return em.box(em.rt("rt_issubclass_class", IrType.BOOL, x, f.ex.value(c.args().get(1))));
        }
        if (name.equals("exit") || name.equals("quit")) return exit(c, true);
        if (name.equals("input")) return SysStreams.input(f, c);
        if (Consumers.handles(name, c, f)) return f.consumers.call(name, c);
        List<String> exceptionClasses = name.equals("isinstance") ? Exceptions.classNames(c.args().get(1), f::resolve) : null;
        if (exceptionClasses != null) return em.box(f.exceptions.isInstance(f.ex.value(c.args().get(0)), exceptionClasses));
        if (name.equals("isinstance") && classBits(c.args().get(1)) == 0) {
            Temp x = f.ex.value(c.args().get(0));
            return em.box(em.rt("rt_isinstance_class", IrType.BOOL, x, f.ex.value(c.args().get(1))));
        }
        if (name.equals("isinstance")) {
            Temp x = f.ex.value(c.args().get(0));
            long bits = classBits(c.args().get(1));
            return em.box(bits == ALL_CLASSES ? em.bool(true) : em.rt("rt_obj_isinstance", IrType.BOOL, x, em.smallInt(bits)));
        }
        if (name.equals("int") && !c.keywords().isEmpty()) return intBase(c);
        return apply(name, f.ex.values(c.args()));
    }

    /** {@code int(x, base=b)}; without x, CPython's TypeError once the base is evaluated. */
    private Temp intBase(Expr.Call c) {
        List<Temp> a = new ArrayList<>(f.ex.values(c.args()));
        Temp base = f.ex.value(c.keywords().get(0).value());
        if (a.isEmpty()) {
            em.raise("TypeError", "int() missing string argument");
            return em.none();
        }
        if (a.size() > 1) {
            em.raise("TypeError", "int() takes at most 2 arguments (3 given)");
            return em.none();
        }
        return apply("int", List.of(a.get(0), base));
    }

    /** A builtin applied to evaluated arguments (also a key function such as {@code key=len}). */
    Temp apply(String name, List<Temp> a) {
        Temp x = a.isEmpty() ? null : a.get(0);
        return switch (name) {
            case "abs" -> em.prim(Prim.OBJ_ABS, x);
            case "int" -> x == null ? em.box(em.smallInt(0))
                    : a.size() == 1 ? em.box(em.prim(Prim.OBJ_TO_INT, x)) : em.box(em.rt("rt_builtin_int_base", IrType.INT, x, a.get(1)));
            case "float" -> em.box(x == null ? em.constant(new dev.waspy.middle.ir.Constant.FloatC(0.0)) : em.prim(Prim.OBJ_TO_FLOAT, x));
            case "str" -> x == null ? em.box(em.str("")) : em.box(em.prim(Prim.OBJ_STR, x));
            case "repr" -> em.box(em.prim(Prim.OBJ_REPR, x));
            case "bool" -> em.box(x == null ? em.bool(false) : em.prim(Prim.OBJ_TRUTHY, x));
            case "len" -> em.box(em.rt("rt_obj_len", IrType.INT, x));
            case "range" -> range(a);
            case "divmod" -> em.box(em.prim(Prim.OBJ_DIVMOD, x, a.get(1)));
            case "round" -> a.size() == 1 ? em.prim(Prim.OBJ_ROUND, x) : em.prim(Prim.OBJ_ROUND_N, x, a.get(1));
            case "pow" -> a.size() == 2 ? em.prim(Prim.OBJ_POW, x, a.get(1)) : em.prim(Prim.OBJ_POWMOD, x, a.get(1), a.get(2));
            case "list" -> em.box(x == null ? em.rt("rt_list_empty", IrType.LIST) : em.rt("rt_obj_to_list", IrType.LIST, x));
            case "set" -> em.box(x == null ? em.rt("rt_set_new", IrType.SET) : em.rt("rt_obj_to_set", IrType.SET, x));
            case "frozenset" -> x == null ? em.rt("rt_frozenset_new", IrType.OBJ) : em.rt("rt_obj_to_frozenset", IrType.OBJ, x);
            case "dict" -> em.box(x == null ? em.rt("rt_dict_new", IrType.DICT) : em.rt("rt_obj_to_dict", IrType.DICT, x));
            case "iter" -> em.rt("rt_obj_iter", IrType.OBJ, x);
            case "next" -> a.size() == 1 ? em.rt("rt_obj_next", IrType.OBJ, x) : em.rt("rt_obj_next_default", IrType.OBJ, x, a.get(1));
            case "hash" -> em.box(em.rt("rt_obj_hash", IrType.INT, x));
            // The argument checked as CPython does: a str for ord(), an index (an int or a bool) for the others.
            case "ord" -> em.box(em.rt("rt_obj_ord", IrType.INT, x));
            case "chr" -> em.box(em.rt("rt_chr", IrType.STR, em.rt("rt_obj_as_index", IrType.INT, x)));
            case "hex", "oct", "bin" -> em.box(em.rt("rt_int_" + name, IrType.STR, em.rt("rt_obj_as_index", IrType.INT, x)));
            case "reversed" -> em.rt("rt_obj_reversed", IrType.OBJ, x);
            // format(v) is format(v, ''), which for every built-in type is str(v).
            case "format" -> em.box(a.size() == 1 ? em.prim(Prim.OBJ_FORMAT, x, em.str("")) : em.rt("rt_builtin_format", IrType.STR, x, a.get(1)));
            case "ascii" -> em.box(em.rt("rt_builtin_ascii", IrType.STR, x));
            case "callable" -> em.box(em.rt("rt_builtin_callable", IrType.BOOL, x));
            default -> throw new IllegalStateException("Refusals let through builtin " + name);
        };
    }

    static final long ALL_CLASSES = -1L;

    /**
     * Type-id bits of isinstance's second argument: built-in class names, nested in tuples
     * ({@code object}: every value); 0 for anything else, which Refusals reject.
     */
    static long classBits(Expr e) {
        if (e instanceof Expr.Tuple tu) {
            long bits = 0;
            for (Expr x : tu.elts()) {
                long b = classBits(x);
                if (b == ALL_CLASSES || b == 0) return b;
                bits |= b;
            }
            return bits;
        }
        if (!(e instanceof Expr.Name n)) return 0;
        return switch (n.id()) {
            case "object" -> ALL_CLASSES;
            case "int" -> RuntimeTypeIds.bits(RuntimeTypeIds.INT, RuntimeTypeIds.BOOL);
            case "bool" -> RuntimeTypeIds.bits(RuntimeTypeIds.BOOL);
            case "float" -> RuntimeTypeIds.bits(RuntimeTypeIds.FLOAT);
            case "str" -> RuntimeTypeIds.bits(RuntimeTypeIds.STR);
            case "tuple" -> RuntimeTypeIds.bits(RuntimeTypeIds.TUPLE);
            case "list" -> RuntimeTypeIds.bits(RuntimeTypeIds.LIST);
            case "dict" -> RuntimeTypeIds.bits(RuntimeTypeIds.DICT);
            case "set" -> RuntimeTypeIds.bits(RuntimeTypeIds.SET);
            case "frozenset" -> RuntimeTypeIds.bits(RuntimeTypeIds.FROZENSET);
            case "range" -> RuntimeTypeIds.bits(RuntimeTypeIds.RANGE);
            default -> 0;
        };
    }

    /**
     * {@code print}: every argument is evaluated first, then every keyword value; sep and end
     * are checked; then, as CPython's print does, each argument is converted and written in turn
     * (so output written before a failing {@code str()} stays), separated by {@code sep} and
     * followed by {@code end}. {@code flush=} only matters when bytes leave the buffer.
     */
    private Temp print(Expr.Call c) {
        List<Temp> args = f.ex.values(c.args());
        var given = new java.util.HashMap<String, Temp>();
        for (Keyword k : c.keywords()) given.put(k.arg(), literal(k.value()) ? null : f.ex.value(k.value()));
        Temp sep = printOption(c, "sep", given.get("sep"), " ");
        Temp end = printOption(c, "end", given.get("end"), "\n");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) em.prim(Prim.PRINT_WRITE, sep);
            em.prim(Prim.PRINT_WRITE, em.prim(Prim.OBJ_STR, args.get(i)));
        }
        em.prim(Prim.PRINT_WRITE, end);
        return em.none();
    }

    /** A str or None literal: a print option known at compile time. */
    private static boolean literal(Expr e) {
        return Expressions.isNone(e) || e instanceof Expr.Constant k && k.value() instanceof String;
    }

    /** {@code sep=} or {@code end=} (evaluated to {@code v}): None means the default; anything but a str is CPython's TypeError. */
    private Temp printOption(Expr.Call c, String name, Temp v, String dflt) {
        Expr e = Consumers.keyword(c, name);
        if (e == null) return em.str(dflt);
        if (e instanceof Expr.Constant k && k.value() instanceof String s) return em.str(s);
        Var.Local slot = em.hiddenSlot("j", IrType.STR);
        Block none = em.block();
        Block some = em.block();
        Block str = em.block();
        Block bad = em.block();
        Block after = em.block();
        em.branch(em.prim(Prim.OBJ_IS_NONE, v), none, some);
        em.at(none);
        em.store(slot, em.str(dflt));
        em.jumpTo(after);
        em.at(some);
        em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, v, em.smallInt(RuntimeTypeIds.bits(RuntimeTypeIds.STR))), str, bad);
        em.at(str);
        em.store(slot, em.unbox(v, IrType.STR));
        em.jumpTo(after);
        em.at(bad);
        TypeErrors.raise(em, v, name + " must be None or a string, not ", "");
        em.at(after);
        return em.load(slot);
    }

    /**
     * {@code range(...)}: the arguments must be ints (a bool counts as one). The runtime has no
     * generic "as index" conversion yet; a non-int argument goes to {@code list.pop}'s, whose
     * TypeError is the one range() raises ("'float' object cannot be interpreted as an integer").
     */
    private Temp range(List<Temp> a) {
        var ints = new ArrayList<Temp>();
        for (Temp x : a) ints.add(index(x));
        Temp start = a.size() == 1 ? em.smallInt(0) : ints.get(0);
        Temp stop = a.size() == 1 ? ints.get(0) : ints.get(1);
        Temp step = a.size() == 3 ? ints.get(2) : em.smallInt(1);
        return em.rt("rt_range_new", IrType.OBJ, start, stop, step);
    }

    private Temp index(Temp x) {
        long intOrBool = RuntimeTypeIds.bits(RuntimeTypeIds.INT, RuntimeTypeIds.BOOL);
        Temp ok = em.rt("rt_obj_isinstance", IrType.BOOL, x, em.smallInt(intOrBool));
        Block good = em.block();
        Block bad = em.block();
        em.branch(ok, good, bad);
        em.at(bad);
        Temp empty = em.box(em.rt("rt_list_empty", IrType.LIST));
        em.rt("rt_obj_pop_at", IrType.OBJ, empty, x);
        em.terminate(new Terminator.Unreachable());
        em.at(good);
        return em.prim(Prim.OBJ_TO_INT, x);
    }
}
