package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.PyExc;
import dev.waspy.middle.interp.PyValues.Tuple;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeFunction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference interpreter of the CFG IR, for tests: running the IR of a corpus program must
 * print what CPython prints. It checks the frontend's and the middle-end's semantics apart from
 * the backend; it also checks at each step that values match their IR types.
 */
public final class Interpreter {
    /** The value of {@code undef}: any operation on it fails the run (an undef must never be observed). */
    private static final Object UNDEF = new Object() {
        @Override public String toString() { return "undef"; }
    };

    /** What a run produced: stdout, exit status, and CPython's last stderr line when it failed. */
    public record Result(String stdout, int exitStatus, String lastErrorLine) {}

    private static final class Exit extends RuntimeException {
        final int status;
        final String message;
        Exit(int status, String message) { super(null, null, false, false); this.status = status; this.message = message; }
    }

    private final IrProgram program;
    private final Map<String, Object> globals = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private long steps;
    private final long maxSteps;

    private Interpreter(IrProgram program, long maxSteps) {
        this.program = program;
        this.maxSteps = maxSteps;
    }

    public static Result run(IrProgram p) {
        var in = new Interpreter(p, 200_000_000L);
        Result[] r = new Result[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                r[0] = in.runModule();
            } catch (ArithmeticException e) {
                // BigInteger's own limits (a shift count or a repetition past an int): the runtime
                // answers these as CPython does, with MemoryError or OverflowError; not modelled here.
                failed[0] = new Unmodelled("an int past BigInteger's range (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "interp", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (failed[0] != null) throw failed[0];
        return r[0];
    }

    private Result runModule() {
        try {
            call(program.module(), List.of());
            return new Result(out.toString(), 0, null);
        } catch (PyExc e) {
            if (e.cls.equals("SystemExit")) return systemExit(e);
            return new Result(out.toString(), 1, e.line());
        } catch (Exit e) {
            return new Result(out.toString(), e.status, e.message);
        } catch (StackOverflowError e) {
            return new Result(out.toString(), 1, "RecursionError: maximum recursion depth exceeded");
        }
    }

    /** An uncaught SystemExit: its code None is status 0, an int that status, anything else printed with status 1. */
    private Result systemExit(PyExc e) {
        var items = e.args().items();
        Object code = items.isEmpty() ? PyValues.NONE : items.size() == 1 ? items.get(0) : e.args();
        if (code == PyValues.NONE) return new Result(out.toString(), 0, null);
        if (PyValues.isInt(code)) return new Result(out.toString(), PyValues.toInt(code).intValue(), null);
        return new Result(out.toString(), 1, PyValues.str(code));
    }

    /** CPython's default recursion limit: the module body is frame 1, a call that would be frame 1001 raises. */
    private static final int RECURSION_LIMIT = 1000;
    private int depth;

    private Object call(IrFunction f, List<Object> args) {
        if (depth == RECURSION_LIMIT) throw PyValues.exc("RecursionError", "maximum recursion depth exceeded");
        depth++;
        try {
            return frame(f, args);
        } finally {
            depth--;
        }
    }

    private Object frame(IrFunction f, List<Object> args) {
        Map<Var, Object> locals = new HashMap<>();
        for (int i = 0; i < args.size(); i++) locals.put(f.params().get(i), args.get(i));
        Object[] temps = new Object[f.tempCount()];
        Block prev = null;
        Block b = f.entry();
        while (true) {
            // Phis read their arguments all at once, on the edge just taken (a swap stays a swap).
            var phiValues = new ArrayList<Object>();
            for (Inst i : b.insts()) {
                if (!(i instanceof Inst.Phi p)) break;
                Object x = null;
                for (var a : p.args()) if (a.pred() == prev) x = temps[a.value().id()];
                if (x == null) throw new IllegalStateException("phi without a value for " + prev + " in " + f.name());
                phiValues.add(x);
            }
            int k = 0;
            Block next;
            try {
                for (Inst i : b.insts()) {
                    if (i instanceof Inst.Phi p) temps[p.dst().id()] = phiValues.get(k++);
                    else exec(f, i, temps, locals, prev);
                }
                if (++steps > maxSteps) throw new IllegalStateException("step limit");
                next = switch (b.terminator()) {
                    case Terminator.Jump j -> j.target();
                    case Terminator.Branch br -> (Boolean) temps[br.cond().id()] ? br.ifTrue() : br.ifFalse();
                    case Terminator.Return r -> { yield null; }
                    case Terminator.Raise r -> throw exc(r.excClass(), r.message() == null ? null : (String) temps[r.message().id()]);
                    case Terminator.Throw x -> throw PyValues.thrown(temps[x.exc().id()]);
                    case Terminator.Unreachable u -> throw new IllegalStateException("reached unreachable code in " + f.name() + " " + b);
                };
            } catch (PyExc e) {
                // To the block's handler, which takes it with rt_exc_catch; without one, to the caller.
                if (b.handler() == null) throw e;
                pending = e;
                next = b.handler();
            }
            if (next == null) return temps[((Terminator.Return) b.terminator()).value().id()];
            prev = b;
            b = next;
        }
    }

    private void exec(IrFunction f, Inst inst, Object[] t, Map<Var, Object> locals, Block prev) {
        Object v = switch (inst) {
            case Inst.Const c -> constant(c.value());
            case Inst.Load l -> {
                Object x = l.var() instanceof Var.Global g ? globals.get(g.name()) : locals.get(l.var());
                if (x == null) throw new IllegalStateException("load of an unbound slot " + l.var().name() + " in " + f.name());
                yield x;
            }
            case Inst.Store s -> {
                Object x = t[s.src().id()];
                if (s.var() instanceof Var.Global g) globals.put(g.name(), x);
                else locals.put(s.var(), x);
                yield null;
            }
            case Inst.PrimOp p -> prim(p.prim(), p.args().stream().map(a -> t[a.id()]).toList());
            case Inst.Call c -> {
                var args = new ArrayList<Object>();
                for (Temp a : c.args()) args.add(t[a.id()]);
                yield call(program.function(c.callee()), args);
            }
            case Inst.RtCall c -> rtCall(c.function(), c.args().stream().map(a -> t[a.id()]).toList());
            case Inst.CallIndirect c -> throw new Unmodelled("a call through the function table (classes, function objects)");
            case Inst.Box b -> t[b.src().id()];
            case Inst.Unbox u -> {
                Object x = t[u.src().id()];
                if (!fits(x, u.dst().type())) {
                    if (u.dst().type() instanceof IrType.Int) {
                        throw exc("TypeError", "'" + PyValues.typeName(x) + "' object cannot be interpreted as an integer");
                    }
                    throw exc("TypeError", "expected " + u.dst().type().show() + ", got " + PyValues.typeName(x));
                }
                yield x;
            }
            case Inst.MakeTuple m -> new Tuple(m.items().stream().map(a -> t[a.id()]).toList());
            case Inst.TupleGet g -> ((Tuple) t[g.tuple().id()]).items().get(g.index());
            case Inst.Undef u -> UNDEF;
            case Inst.Phi p -> {
                Object x = null;
                for (var a : p.args()) if (a.pred() == prev) x = t[a.value().id()];
                yield x;
            }
        };
        Temp d = inst.def();
        if (d != null) {
            // A runtime tuple of a length the IR does not know is typed tuple[()] (then boxed).
            boolean anyTuple = inst instanceof Inst.RtCall && d.type() instanceof IrType.Tuple tt && tt.items().isEmpty() && v instanceof Tuple;
            if (v != UNDEF && !anyTuple && !fits(v, d.type())) {
                throw new IllegalStateException("in " + f.name() + ": " + inst + " produced " + PyValues.typeName(v) + " for " + d.type().show());
            }
            t[d.id()] = v;
        }
    }

    private static boolean fits(Object v, IrType type) {
        return switch (type) {
            case IrType.Int i -> v instanceof BigInteger;
            case IrType.Float f -> v instanceof Double;
            case IrType.Bool b -> v instanceof Boolean;
            case IrType.NoneType n -> v == PyValues.NONE;
            case IrType.Str s -> v instanceof String;
            case IrType.Tuple tt -> v instanceof Tuple tu && tu.items().size() == tt.items().size();
            case IrType.Obj o -> v != null;
            case IrType.ListT l -> v instanceof PyList;
            case IrType.DictT d -> v instanceof PyDict;
            case IrType.SetT x -> v instanceof PySet s && !s.frozen();
        };
    }

    private static Object constant(Constant c) {
        return switch (c) {
            case Constant.IntC i -> i.value();
            case Constant.FloatC f -> f.value();
            case Constant.BoolC b -> b.value();
            case Constant.NoneC n -> PyValues.NONE;
            case Constant.StrC s -> s.value();
        };
    }

    private static BigInteger i(Object o) { return (BigInteger) o; }
    private static double d(Object o) { return (Double) o; }
    private static boolean b(Object o) { return (Boolean) o; }
    private static String s(Object o) { return (String) o; }

    private Object prim(Prim p, List<Object> a) {
        Object x = a.isEmpty() ? null : a.get(0);
        Object y = a.size() < 2 ? null : a.get(1);
        return switch (p) {
            case LIST_LEN, DICT_LEN, SET_LEN -> Containers.len(x);
            case LIST_TRUTHY, DICT_TRUTHY, SET_TRUTHY -> PyValues.truthy(x);
            case OBJ_IS -> ObjFunctions.is(x, y);
            case INT_ADD -> i(x).add(i(y));
            case INT_SUB -> i(x).subtract(i(y));
            case INT_MUL -> i(x).multiply(i(y));
            case INT_FLOORDIV -> PyValues.floorDiv(i(x), i(y));
            case INT_MOD -> PyValues.mod(i(x), i(y));
            case INT_TRUEDIV -> PyValues.trueDiv(i(x), i(y));
            case INT_POW -> PyValues.intPow(i(x), i(y));
            case INT_NEG -> i(x).negate();
            case INT_INVERT -> i(x).not();
            case INT_ABS -> i(x).abs();
            case INT_AND -> i(x).and(i(y));
            case INT_OR -> i(x).or(i(y));
            case INT_XOR -> i(x).xor(i(y));
            case INT_LSHIFT -> PyValues.shift(i(x), i(y), true);
            case INT_RSHIFT -> PyValues.shift(i(x), i(y), false);
            case INT_EQ -> i(x).compareTo(i(y)) == 0;
            case INT_NE -> i(x).compareTo(i(y)) != 0;
            case INT_LT -> i(x).compareTo(i(y)) < 0;
            case INT_LE -> i(x).compareTo(i(y)) <= 0;
            case INT_GT -> i(x).compareTo(i(y)) > 0;
            case INT_GE -> i(x).compareTo(i(y)) >= 0;
            case INT_TRUTHY -> i(x).signum() != 0;
            case INT_TO_FLOAT -> PyValues.intToFloat(i(x));
            case INT_STR -> PyValues.intStr(i(x));
            case INT_FORMAT, FLOAT_FORMAT, STR_FORMAT, OBJ_FORMAT -> Format.format(x, s(y));
            case INT_ROUND_N -> PyValues.roundIntN(i(x), i(y));
            case INT_FROM_STR, OBJ_TO_INT -> ObjOps.toInt(x);
            case FLOAT_ADD -> d(x) + d(y);
            case FLOAT_SUB -> d(x) - d(y);
            case FLOAT_MUL -> d(x) * d(y);
            case FLOAT_TRUEDIV -> { if (d(y) == 0) throw exc("ZeroDivisionError", "float division by zero"); yield d(x) / d(y); }
            case FLOAT_FLOORDIV -> PyValues.floatDivmod(d(x), d(y), "float floor division by zero")[0];
            case FLOAT_MOD -> PyValues.floatDivmod(d(x), d(y), "float modulo")[1];
            case FLOAT_POW -> PyValues.floatPow(d(x), d(y));
            case FLOAT_NEG -> -d(x);
            case FLOAT_ABS -> Math.abs(d(x));
            case FLOAT_EQ -> d(x) == d(y);
            case FLOAT_NE -> d(x) != d(y);
            case FLOAT_LT -> d(x) < d(y);
            case FLOAT_LE -> d(x) <= d(y);
            case FLOAT_GT -> d(x) > d(y);
            case FLOAT_GE -> d(x) >= d(y);
            case FLOAT_TRUTHY -> d(x) != 0;
            case FLOAT_TO_INT -> PyValues.floatToInt(d(x));
            case FLOAT_ROUND -> PyValues.roundFloat(d(x));
            case FLOAT_ROUND_N -> PyValues.roundFloatN(d(x), i(y));
            case FLOAT_REPR -> PyValues.repr(x);
            case FLOAT_FROM_STR, OBJ_TO_FLOAT -> ObjOps.toFloat(x);
            case BOOL_NOT -> !b(x);
            case BOOL_AND -> b(x) & b(y);
            case BOOL_OR -> b(x) | b(y);
            case BOOL_XOR -> b(x) ^ b(y);
            case BOOL_EQ -> b(x) == b(y);
            case BOOL_NE -> b(x) != b(y);
            case BOOL_TO_INT -> b(x) ? BigInteger.ONE : BigInteger.ZERO;
            case BOOL_TO_FLOAT -> b(x) ? 1.0 : 0.0;
            case BOOL_STR -> b(x) ? "True" : "False";
            case STR_CONCAT -> s(x) + s(y);
            case STR_EQ -> s(x).equals(s(y));
            case STR_NE -> !s(x).equals(s(y));
            case STR_LT -> ObjOps.compare("<", x, y);
            case STR_LE -> ObjOps.compare("<=", x, y);
            case STR_GT -> ObjOps.compare(">", x, y);
            case STR_GE -> ObjOps.compare(">=", x, y);
            case STR_CONTAINS, OBJ_CONTAINS -> ObjOps.contains(x, y);
            case STR_TRUTHY, OBJ_TRUTHY -> PyValues.truthy(x);
            case STR_LEN -> BigInteger.valueOf(s(x).codePointCount(0, s(x).length()));
            case STR_REPR, OBJ_REPR -> PyValues.repr(x);
            case OBJ_ADD -> ObjOps.arith("+", x, y);
            case OBJ_SUB -> ObjOps.arith("-", x, y);
            case OBJ_MUL -> ObjOps.arith("*", x, y);
            case OBJ_TRUEDIV -> ObjOps.arith("/", x, y);
            case OBJ_FLOORDIV -> ObjOps.arith("//", x, y);
            case OBJ_MOD -> ObjOps.arith("%", x, y);
            case OBJ_POW -> ObjOps.arith("**", x, y);
            case OBJ_POWMOD -> ObjOps.powmod(x, y, a.get(2));
            case OBJ_DIVMOD -> ObjOps.divmod(x, y);
            case OBJ_AND -> ObjOps.arith("&", x, y);
            case OBJ_OR -> ObjOps.arith("|", x, y);
            case OBJ_XOR -> ObjOps.arith("^", x, y);
            case OBJ_LSHIFT -> ObjOps.arith("<<", x, y);
            case OBJ_RSHIFT -> ObjOps.arith(">>", x, y);
            case OBJ_NEG -> ObjOps.neg(x);
            case OBJ_POS -> { if (!PyValues.isNum(x)) throw exc("TypeError", "bad operand type for unary +: '" + PyValues.typeName(x) + "'"); yield x instanceof Boolean ? PyValues.toInt(x) : x; }
            case OBJ_INVERT -> { if (!PyValues.isInt(x)) throw exc("TypeError", "bad operand type for unary ~: '" + PyValues.typeName(x) + "'"); yield PyValues.toInt(x).not(); }
            case OBJ_ABS -> ObjOps.abs(x);
            case OBJ_EQ -> ObjOps.compare("==", x, y);
            case OBJ_NE -> ObjOps.compare("!=", x, y);
            case OBJ_LT -> ObjOps.compare("<", x, y);
            case OBJ_LE -> ObjOps.compare("<=", x, y);
            case OBJ_GT -> ObjOps.compare(">", x, y);
            case OBJ_GE -> ObjOps.compare(">=", x, y);
            case OBJ_IS_NONE -> x == PyValues.NONE;
            case OBJ_STR -> PyValues.str(x);
            case OBJ_ROUND -> ObjOps.round(x);
            case OBJ_ROUND_N -> ObjOps.roundN(x, y);
            case PRINT_WRITE -> { out.append(s(x)); yield PyValues.NONE; }
        };
    }

    private final ExceptionClasses classes = new ExceptionClasses();

    /** The exception on its way to the handler block just entered, until rt_exc_catch takes it. */
    private PyExc pending;

    /** sys.argv: one list for the whole run (the corpus runs programs without arguments). */
    private PyList argv;

    private Object rtCall(RuntimeFunction function, List<Object> a) {
        switch (function.name()) {
            case "rt_exc_catch" -> {
                PyExc e = pending;
                pending = null;
                return e;
            }
            case "rt_exc_define" -> {
                classes.define(((BigInteger) a.get(0)).intValue(), ((BigInteger) a.get(1)).intValue(), (String) a.get(2));
                return PyValues.NONE;
            }
            case "rt_exc_make" -> {
                String cls = classes.name(((BigInteger) a.get(0)).intValue());
                return new PyExc(cls, (Tuple) a.get(1), classes.isSubclass(cls, "KeyError"));
            }
            case "rt_exc_is" -> {
                return a.get(0) instanceof PyExc e && classes.isSubclass(e.cls, classes.name(((BigInteger) a.get(1)).intValue()));
            }
            default -> { }
        }
        if (function.name().equals("rt_sys_argv")) {
            if (argv == null) argv = new PyList(List.of(java.nio.file.Path.of(program.sourceName()).getFileName().toString()));
            return argv;
        }
        return RuntimeTable.call(function.name(), a);
    }

    public static final class Unmodelled extends RuntimeException {
        Unmodelled(String what) { super(what + " is not modelled by the reference interpreter"); }
    }
}
