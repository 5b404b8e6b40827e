package dev.waspy.frontend.lower;

import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.types.RuntimeTypeIds;
import dev.waspy.frontend.types.Type;
import dev.waspy.frontend.types.TypeEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Calls: of module-level functions (keywords and defaults resolved to parameter order here), of
 * the supported builtins, and {@code sys.exit} ({@link SysStreams} has input() and the rest of sys). {@code print} computes every argument first (so
 * nothing is written when computing one raises), then writes the text piece by piece as CPython
 * does: an argument whose str() raises leaves the arguments and separators before it written.
 */
final class CallLowerer {
    private final FunctionLowerer f;
    private final ExprLowerer ex;

    CallLowerer(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    HExpr call(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute a) {
            if (a.value() instanceof Expr.Name n && f.innerVar(n.id()) == null && f.scopes.resolve(f.fs, n.id()) == Symbol.SYS) {
                return sysExit(c, a);
            }
            if (ex.sys.isStream(a.value())) return ex.sys.call(c, a);
            return ex.methods.call(c, a);
        }
        String name = ((Expr.Name) c.func()).id();
        Symbol s = f.scopes.resolve(f.fs, name);
        if (s == Symbol.FUNCTION) return userCall(c, f.scopes.function(name));
        return builtin(c, name);
    }

    // ---- user functions ----

    private HExpr userCall(Expr.Call c, FunctionScope callee) {
        String name = callee.name();
        List<Arg> params = callee.def().args().args();
        List<Expr> defaults = callee.def().args().defaults();
        int n = params.size();
        if (c.args().size() > n) {
            throw f.error(c.pos(), name + "() takes " + n + " positional argument" + (n == 1 ? "" : "s") + " but "
                    + c.args().size() + (c.args().size() == 1 ? " was" : " were") + " given");
        }
        var values = new ArrayList<HExpr>();   // in source order
        var slots = new int[c.args().size() + c.keywords().size()];
        var filled = new boolean[n];
        int k = 0;
        for (Expr a : c.args()) {
            values.add(ex.lower(a));
            filled[k] = true;
            slots[k] = k;
            k++;
        }
        for (Keyword kw : c.keywords()) {
            int idx = -1;
            for (int i = 0; i < n; i++) if (params.get(i).arg().equals(kw.arg())) idx = i;
            if (idx < 0) throw f.error(kw.pos(), name + "() got an unexpected keyword argument '" + kw.arg() + "'");
            if (filled[idx]) throw f.error(kw.pos(), name + "() got multiple values for argument '" + kw.arg() + "'");
            filled[idx] = true;
            values.add(ex.lower(kw.value()));
            slots[k++] = idx;
        }
        var missing = new ArrayList<String>();
        var byParam = new HExpr[n];
        for (int i = 0; i < n; i++) {
            if (filled[i]) continue;
            int d = i - (n - defaults.size());
            if (d >= 0) {
                Expr dflt = defaults.get(d);
                byParam[i] = ScopeAnalysis.isConstant(dflt) ? ex.lower(dflt)
                        : new HExpr.Load(f.var(ScopeAnalysis.defaultSlot(name, params.get(i).arg()), dflt.pos()));
            }
            else missing.add("'" + params.get(i).arg() + "'");
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            throw f.error(c.pos(), name + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        TypeEnv.Fn cfn = f.env.fn(name);
        // Arguments are computed in source order; keywords out of parameter order go through temporaries.
        boolean inOrder = true;
        for (int i = 1; i < values.size(); i++) if (slots[i] < slots[i - 1]) inOrder = false;
        var lets = new ArrayList<HVar>();
        var inits = new ArrayList<HExpr>();
        for (int i = 0; i < values.size(); i++) {
            HExpr v = values.get(i);
            if (!inOrder && !(v instanceof HExpr.Const)) {
                HVar t = f.temp(v.type());
                lets.add(t);
                inits.add(v);
                v = new HExpr.Load(t);
            }
            byParam[slots[i]] = v;
        }
        var args = new ArrayList<HExpr>();
        for (int i = 0; i < n; i++) {
            HExpr v = byParam[i];
            String p = params.get(i).arg();
            if (!ExprLowerer.isUnknown(v)) f.env.joinLocal(cfn, p, v.type());
            if (f.infer) f.env.escapeInto(v.type(), cfn.param(i));
            args.add(f.infer ? v : f.conv(v, cfn.param(i)));
        }
        HExpr result = new HExpr.Call(name, args, cfn.ret());
        for (int i = lets.size() - 1; i >= 0; i--) result = new HExpr.Let(lets.get(i), inits.get(i), result);
        return result;
    }

    /** A call of a module-level function with positional arguments already lowered (a key function, say). */
    HExpr callUser(FunctionScope callee, List<HExpr> given, dev.waspy.frontend.syntax.ast.Pos pos) {
        String name = callee.name();
        List<Arg> params = callee.def().args().args();
        List<Expr> defaults = callee.def().args().defaults();
        int n = params.size();
        if (given.size() > n || given.size() < n - defaults.size()) {
            throw f.error(pos, name + "() takes " + n + " positional argument" + (n == 1 ? "" : "s") + " but "
                    + given.size() + (given.size() == 1 ? " was" : " were") + " given");
        }
        TypeEnv.Fn cfn = f.env.fn(name);
        var args = new ArrayList<HExpr>();
        for (int i = 0; i < n; i++) {
            HExpr v;
            if (i < given.size()) v = given.get(i);
            else {
                Expr dflt = defaults.get(i - (n - defaults.size()));
                v = ScopeAnalysis.isConstant(dflt) ? ex.lower(dflt)
                        : new HExpr.Load(f.var(ScopeAnalysis.defaultSlot(name, params.get(i).arg()), dflt.pos()));
            }
            if (!ExprLowerer.isUnknown(v)) f.env.joinLocal(cfn, params.get(i).arg(), v.type());
            if (f.infer) f.env.escapeInto(v.type(), cfn.param(i));
            args.add(f.infer ? v : f.conv(v, cfn.param(i)));
        }
        return new HExpr.Call(name, args, cfn.ret());
    }

    // ---- builtins ----

    private HExpr builtin(Expr.Call c, String name) {
        if (name.equals("print")) return print(c);
        if (name.equals("input")) return ex.sys.input(c);
        if (name.equals("isinstance")) return isinstance(c);
        if (ex.consumers.handles(name, c)) return ex.consumers.call(c, name);
        if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), name + "() takes no keyword arguments");
        var args = new ArrayList<HExpr>();
        for (Expr a : c.args()) args.add(ex.lower(a));
        return builtinOn(name, args, c);
    }

    /** A builtin applied to lowered positional arguments (a builtin used as a key function, say). */
    HExpr builtinOn(String name, List<HExpr> args, dev.waspy.frontend.syntax.ast.Pos pos) {
        return switch (name) {
            case "str", "repr", "bool", "len", "abs", "int", "float", "round", "ord", "chr", "hex", "bin", "oct" ->
                    builtinOn(name, args, new Expr.Call(new Expr.Name(name, null, pos), List.of(), List.of(), pos), args.size());
            default -> throw Errors.unsupported(f.file, pos, "the builtin '" + name + "' as a function value");
        };
    }

    private HExpr builtinOn(String name, List<HExpr> args, Expr.Call c) { return builtinOn(name, args, c, c.args().size()); }

    /** {@code c} gives positions and, for pow, the exponent's syntax; {@code n} is the argument count. */
    private HExpr builtinOn(String name, List<HExpr> args, Expr.Call c, int n) {
        for (HExpr a : args) if (ExprLowerer.isUnknown(a) && f.infer) return unknownResult(name, args);
        return switch (name) {
            case "str" -> { arity(c, name, 0, 1); yield n == 0 ? str("") : str(args.get(0)); }
            case "repr" -> { arity(c, name, 1, 1); yield repr(args.get(0)); }
            case "bool" -> { arity(c, name, 0, 1); yield n == 0 ? new HExpr.Const(false, Type.BOOL) : ex.truthy(args.get(0)); }
            case "len" -> {
                arity(c, name, 1, 1);
                Type t = args.get(0).type();
                if (t instanceof Type.Str || t.isContainer()) yield new HExpr.Builtin(BuiltinOp.LEN, args, Type.INT);
                if (t instanceof Type.Obj) yield FunctionLowerer.rt("rt_obj_len", Type.INT, args.get(0));
                // A tuple's length is in its type; the operand is still evaluated.
                if (t instanceof Type.Tuple tt) yield new HExpr.Let(f.temp(t), args.get(0), FunctionLowerer.intConst(tt.items().size()));
                throw f.error(c.pos(), "object of type '" + t.pyName() + "' has no len()");
            }
            case "abs" -> {
                arity(c, name, 1, 1);
                Type t = args.get(0).type();
                if (t.isIntLike()) yield new HExpr.Builtin(BuiltinOp.ABS, List.of(f.conv(args.get(0), Type.INT)), Type.INT);
                if (t instanceof Type.Float || t instanceof Type.Obj) yield new HExpr.Builtin(BuiltinOp.ABS, args, t);
                throw f.error(c.pos(), "bad operand type for abs(): '" + t.pyName() + "'");
            }
            case "int" -> {
                arity(c, name, 0, 2);
                if (n == 0) yield FunctionLowerer.intConst(0);
                if (n == 2) {
                    // int(text, base): only a str has a base (CPython: "int() can't convert non-string with explicit base").
                    HExpr text = args.get(0);
                    if (!(text.type() instanceof Type.Str || text.type() instanceof Type.Obj)) {
                        throw f.error(c.pos(), "int() can't convert non-string with explicit base");
                    }
                    yield FunctionLowerer.rt("rt_int_from_str", Type.INT, f.conv(text, Type.STR), intArg(c, args.get(1)));
                }
                Type t = args.get(0).type();
                if (t.isIntLike()) yield f.conv(args.get(0), Type.INT);
                if (t instanceof Type.Float || t instanceof Type.Str || t instanceof Type.Obj) {
                    yield new HExpr.Builtin(BuiltinOp.INT, args, Type.INT);
                }
                throw f.error(c.pos(), "int() argument must be a string, a bytes-like object or a real number, not '" + t.pyName() + "'");
            }
            case "float" -> {
                arity(c, name, 0, 1);
                if (n == 0) yield new HExpr.Const(0.0, Type.FLOAT);
                Type t = args.get(0).type();
                if (t.isNumeric()) yield f.conv(args.get(0), Type.FLOAT);
                if (t instanceof Type.Str || t instanceof Type.Obj) yield new HExpr.Builtin(BuiltinOp.FLOAT, args, Type.FLOAT);
                throw f.error(c.pos(), "float() argument must be a string or a real number, not '" + t.pyName() + "'");
            }
            case "round" -> { arity(c, name, 1, 2); yield round(c, args); }
            case "pow" -> {
                arity(c, name, 2, 3);
                if (n == 2) yield ex.binary(Operator.Pow, args.get(0), args.get(1), c.args().get(1), c.pos());
                yield powmod(c, args);
            }
            case "divmod" -> { arity(c, name, 2, 2); yield divmod(c, args); }
            case "min", "max" -> minMax(c, name.equals("max"), args);
            case "format" -> {
                arity(c, name, 1, 2);
                HExpr spec = n == 2 ? args.get(1) : new HExpr.Const("", Type.STR);
                if (!(spec.type() instanceof Type.Str)) throw f.error(c.pos(), "format() argument 2 must be str, not " + spec.type().pyName());
                Type t = args.get(0).type();
                HExpr v = t instanceof Type.Int || t instanceof Type.Float || t instanceof Type.Str || t instanceof Type.Obj
                        ? args.get(0) : FunctionLowerer.box(args.get(0));
                yield new HExpr.Builtin(BuiltinOp.FORMAT, List.of(v, spec), Type.STR);
            }
            case "ord" -> { arity(c, name, 1, 1); yield FunctionLowerer.rt("rt_str_ord", Type.INT, strArg(c, name, args.get(0))); }
            case "chr" -> { arity(c, name, 1, 1); yield FunctionLowerer.rt("rt_chr", Type.STR, intArg(c, args.get(0))); }
            case "hex", "bin", "oct" -> {
                arity(c, name, 1, 1);
                yield FunctionLowerer.rt("rt_int_" + name, Type.STR, intArg(c, args.get(0)));
            }
            case "hash" -> { arity(c, name, 1, 1); yield FunctionLowerer.rt("rt_obj_hash", Type.INT, FunctionLowerer.box(args.get(0))); }
            case "iter" -> {
                if (n == 2) throw Errors.unsupported(f.file, c.pos(), "iter() with a sentinel");
                arity(c, name, 1, 1);
                Type t = args.get(0).type();
                if (!(t instanceof Type.Str || t instanceof Type.Obj || t instanceof Type.Tuple || t.isContainer())) {
                    throw f.error(c.pos(), "'" + t.pyName() + "' object is not iterable");
                }
                // The iterator hands out the items as objects: the container escapes.
                yield FunctionLowerer.rt("rt_obj_iter", Type.OBJ, f.conv(args.get(0), Type.OBJ));
            }
            case "next" -> {
                arity(c, name, 1, 2);
                HExpr it = args.get(0);
                if (!(it.type() instanceof Type.Obj)) throw f.error(c.pos(), "'" + it.type().pyName() + "' object is not an iterator");
                yield n == 1 ? FunctionLowerer.rt("rt_obj_next", Type.OBJ, it)
                        : FunctionLowerer.rt("rt_obj_next_default", Type.OBJ, it, f.conv(args.get(1), Type.OBJ));
            }
            default -> throw Errors.unsupported(f.file, c.func().pos(), "the builtin '" + name + "'");
        };
    }

    /**
     * {@code isinstance(x, C)} with C a built-in class or a tuple of them. A statically typed x has
     * its answer in its type (x is still evaluated); a value known only at run time is tested by
     * type id, bool counting as an int as it is a subclass of it.
     */
    private HExpr isinstance(Expr.Call c) {
        if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), "isinstance() takes no keyword arguments");
        if (c.args().size() != 2) throw f.error(c.pos(), "isinstance expected 2 arguments, got " + c.args().size());
        HExpr v = ex.lower(c.args().get(0));
        long mask = classBits(c.args().get(1));
        if (ExprLowerer.isUnknown(v) && f.infer) return new HExpr.Const(false, Type.BOOL);
        Type t = v.type();
        if (t instanceof Type.Obj && mask != ALL_CLASSES) {
            return FunctionLowerer.rt("rt_obj_isinstance", Type.BOOL, v, FunctionLowerer.intConst(mask));
        }
        int id = switch (t) {
            case Type.Obj o -> 0;
            case Type.Bottom b -> 0;
            case Type.NoneType n -> RuntimeTypeIds.NONE;
            case Type.Bool b -> RuntimeTypeIds.BOOL;
            case Type.Int i -> RuntimeTypeIds.INT;
            case Type.Float x -> RuntimeTypeIds.FLOAT;
            case Type.Str s -> RuntimeTypeIds.STR;
            case Type.Tuple tu -> RuntimeTypeIds.TUPLE;
            case Type.ListT l -> RuntimeTypeIds.LIST;
            case Type.DictT d -> RuntimeTypeIds.DICT;
            case Type.SetT s -> RuntimeTypeIds.SET;
            default -> throw Errors.unsupported(f.file, c.args().get(0).pos(), "isinstance() of a " + t.pyName() + " value");
        };
        boolean answer = mask == ALL_CLASSES || ((mask >> id) & 1) != 0;
        return new HExpr.Let(f.temp(t), v, new HExpr.Const(answer, Type.BOOL));
    }

    private static final long ALL_CLASSES = -1L;

    /** Type-id bits of isinstance's second argument: built-in class names, nested in tuples. */
    private long classBits(Expr e) {
        if (e instanceof Expr.Tuple tu) {
            long bits = 0;
            for (Expr x : tu.elts()) {
                long b = classBits(x);
                if (b == ALL_CLASSES) return ALL_CLASSES;
                bits |= b;
            }
            return bits;
        }
        if (e instanceof Expr.Name n && ex.sources.isBuiltin(n.id())) {
            switch (n.id()) {
                case "object": return ALL_CLASSES;
                case "int": return RuntimeTypeIds.bits(RuntimeTypeIds.INT, RuntimeTypeIds.BOOL);
                case "bool": return RuntimeTypeIds.bits(RuntimeTypeIds.BOOL);
                case "float": return RuntimeTypeIds.bits(RuntimeTypeIds.FLOAT);
                case "str": return RuntimeTypeIds.bits(RuntimeTypeIds.STR);
                case "tuple": return RuntimeTypeIds.bits(RuntimeTypeIds.TUPLE);
                case "list": return RuntimeTypeIds.bits(RuntimeTypeIds.LIST);
                case "dict": return RuntimeTypeIds.bits(RuntimeTypeIds.DICT);
                case "set": return RuntimeTypeIds.bits(RuntimeTypeIds.SET);
                case "range": return RuntimeTypeIds.bits(RuntimeTypeIds.RANGE);
                default: break;
            }
        }
        throw Errors.unsupported(f.file, e.pos(), "isinstance() with a class other than int, bool, float, str, tuple, list, "
                + "dict, set, range or object (or a tuple of them)");
    }

    private HExpr strArg(Expr.Call c, String name, HExpr a) {
        if (a.type() instanceof Type.Str || a.type() instanceof Type.Obj) return f.conv(a, Type.STR);
        throw f.error(c.pos(), name + "() expected string of length 1, but " + a.type().pyName() + " found");
    }

    private HExpr intArg(Expr.Call c, HExpr a) {
        if (a.type().isIntLike() || a.type() instanceof Type.Obj) return f.conv(a, Type.INT);
        throw f.error(c.pos(), "'" + a.type().pyName() + "' object cannot be interpreted as an integer");
    }

    private HExpr unknownResult(String name, List<HExpr> args) {
        return switch (name) {
            case "str", "repr" -> new HExpr.Const("", Type.STR);
            case "bool" -> new HExpr.Const(false, Type.BOOL);
            case "len", "int", "ord" -> FunctionLowerer.intConst(0);
            case "chr", "hex", "bin", "oct" -> new HExpr.Const("", Type.STR);
            case "float" -> new HExpr.Const(0.0, Type.FLOAT);
            default -> ExprLowerer.unknown();
        };
    }

    private void arity(Expr.Call c, String name, int min, int max) {
        int n = c.args().isEmpty() && c.func() instanceof Expr.Name fn && fn.ctx() == null ? -1 : c.args().size();
        if (n < 0) return; // a function value: the caller passes the right number of arguments
        if (n >= min && n <= max) return;
        String msg;
        if (max == 0) msg = name + "() takes no arguments (" + n + " given)";
        else if (min == max) msg = name + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " (" + n + " given)";
        else if (n < min) msg = name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n;
        else msg = name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n;
        throw f.error(c.pos(), msg);
    }

    private HExpr str(String s) { return new HExpr.Const(s, Type.STR); }

    /** str(e). */
    HExpr str(HExpr e) {
        return switch (e.type()) {
            case Type.Str s -> e;
            case Type.Int i -> new HExpr.Builtin(BuiltinOp.STR, List.of(e), Type.STR);
            case Type.Float x -> new HExpr.Builtin(BuiltinOp.STR, List.of(e), Type.STR);
            case Type.Bool b -> new HExpr.Builtin(BuiltinOp.STR, List.of(e), Type.STR);
            case Type.Obj o -> new HExpr.Builtin(BuiltinOp.STR, List.of(e), Type.STR);
            case Type.NoneType x -> e instanceof HExpr.Const ? str("None") : new HExpr.Let(f.temp(Type.NONE), e, str("None"));
            case Type.Tuple t -> new HExpr.Builtin(BuiltinOp.STR, List.of(new HExpr.Box(e)), Type.STR);
            // Boxed only for the call, so the container does not escape (TypeEnv.escape).
            case Type.ListT t -> new HExpr.Builtin(BuiltinOp.STR, List.of(new HExpr.Box(e)), Type.STR);
            case Type.DictT t -> new HExpr.Builtin(BuiltinOp.STR, List.of(new HExpr.Box(e)), Type.STR);
            case Type.SetT t -> new HExpr.Builtin(BuiltinOp.STR, List.of(new HExpr.Box(e)), Type.STR);
            case Type.Bottom b -> str("");
        };
    }

    /** repr(e). */
    HExpr repr(HExpr e) {
        return switch (e.type()) {
            case Type.Str s -> new HExpr.Builtin(BuiltinOp.REPR, List.of(e), Type.STR);
            case Type.Obj o -> new HExpr.Builtin(BuiltinOp.REPR, List.of(e), Type.STR);
            case Type.Tuple t -> new HExpr.Builtin(BuiltinOp.REPR, List.of(new HExpr.Box(e)), Type.STR);
            case Type.ListT t -> new HExpr.Builtin(BuiltinOp.REPR, List.of(new HExpr.Box(e)), Type.STR);
            case Type.DictT t -> new HExpr.Builtin(BuiltinOp.REPR, List.of(new HExpr.Box(e)), Type.STR);
            case Type.SetT t -> new HExpr.Builtin(BuiltinOp.REPR, List.of(new HExpr.Box(e)), Type.STR);
            default -> str(e); // numbers, bools and None: repr is str
        };
    }

    private HExpr round(Expr.Call c, List<HExpr> args) {
        HExpr x = args.get(0);
        Type t = x.type();
        if (!(t.isNumeric() || t instanceof Type.Obj)) {
            throw f.error(c.pos(), "type " + t.pyName() + " doesn't define __round__ method");
        }
        if (args.size() == 2 && !(args.get(1).type() instanceof Type.NoneType)) {
            HExpr nd = args.get(1);
            if (!(nd.type().isIntLike() || nd.type() instanceof Type.Obj)) {
                throw f.error(c.args().get(1).pos(), "'" + nd.type().pyName() + "' object cannot be interpreted as an integer");
            }
            if (t instanceof Type.Obj || nd.type() instanceof Type.Obj) {
                return new HExpr.Builtin(BuiltinOp.ROUND_N, List.of(f.conv(x, Type.OBJ), f.conv(nd, Type.OBJ)), Type.OBJ);
            }
            Type rt = t instanceof Type.Float ? Type.FLOAT : Type.INT;
            return new HExpr.Builtin(BuiltinOp.ROUND_N, List.of(f.conv(x, rt), f.conv(nd, Type.INT)), rt);
        }
        HExpr body;
        if (t.isIntLike()) body = f.conv(x, Type.INT);
        else body = new HExpr.Builtin(BuiltinOp.ROUND, List.of(x), t instanceof Type.Float ? Type.INT : Type.OBJ);
        if (args.size() == 2) {
            HVar tmp = f.temp(body.type());
            body = new HExpr.Let(tmp, body, new HExpr.Let(f.temp(Type.NONE), args.get(1), new HExpr.Load(tmp)));
        }
        return body;
    }

    private HExpr powmod(Expr.Call c, List<HExpr> args) {
        boolean allInt = args.stream().allMatch(a -> a.type().isIntLike());
        Type t = allInt ? Type.INT : Type.OBJ;
        if (!allInt && !args.stream().allMatch(a -> a.type().isNumeric() || a.type() instanceof Type.Obj)) {
            throw f.error(c.pos(), "unsupported operand type(s) for ** or pow(): '" + args.get(0).type().pyName()
                    + "', '" + args.get(1).type().pyName() + "', '" + args.get(2).type().pyName() + "'");
        }
        return new HExpr.Builtin(BuiltinOp.POWMOD, args.stream().map(a -> f.conv(a, t)).toList(), t);
    }

    private HExpr divmod(Expr.Call c, List<HExpr> args) {
        Type a = args.get(0).type();
        Type b = args.get(1).type();
        Type t;
        if (a.isIntLike() && b.isIntLike()) t = Type.INT;
        else if (a.isNumeric() && b.isNumeric()) t = Type.FLOAT;
        else if ((a.isNumeric() || a instanceof Type.Obj) && (b.isNumeric() || b instanceof Type.Obj)) t = Type.OBJ;
        else throw f.error(c.pos(), "unsupported operand type(s) for divmod(): '" + a.pyName() + "' and '" + b.pyName() + "'");
        return new HExpr.Builtin(BuiltinOp.DIVMOD, List.of(f.conv(args.get(0), t), f.conv(args.get(1), t)),
                Type.tuple(List.of(t, t)));
    }

    /**
     * min(a, b, ...) keeps the first of equal items, as CPython: a later item replaces the current
     * one only when it compares strictly less (greater for max).
     */
    private HExpr minMax(Expr.Call c, boolean isMax, List<HExpr> args) {
        Type t = Type.BOTTOM;
        for (HExpr a : args) t = Type.join(t, a.type());
        final Type rt = t;
        var temps = new ArrayList<HVar>();
        for (HExpr a : args) temps.add(f.temp(rt));
        HVar best = temps.get(0);
        var lets = new ArrayList<HVar>();
        var inits = new ArrayList<HExpr>();
        for (int i = 0; i < args.size(); i++) {
            lets.add(temps.get(i));
            inits.add(f.conv(args.get(i), rt));
        }
        for (int i = 1; i < args.size(); i++) {
            HExpr item = new HExpr.Load(temps.get(i));
            HExpr cur = new HExpr.Load(best);
            HExpr better = ex.compare(isMax ? CmpOp.Gt : CmpOp.Lt, item, cur, c.pos());
            HVar next = f.temp(rt);
            lets.add(next);
            inits.add(new HExpr.IfExp(better, item, cur, rt));
            best = next;
        }
        HExpr result = new HExpr.Load(best);
        for (int i = lets.size() - 1; i >= 0; i--) result = new HExpr.Let(lets.get(i), inits.get(i), result);
        return result;
    }

    // ---- print and sys.exit ----

    private HExpr print(Expr.Call c) {
        var values = new ArrayList<HExpr>();
        for (Expr a : c.args()) values.add(ex.lower(a));
        HExpr sep = str(" ");
        HExpr end = str("\n");
        HExpr flush = null;
        for (Keyword k : c.keywords()) {
            switch (k.arg()) {
                case "sep" -> sep = printOption(k, " ");
                case "end" -> end = printOption(k, "\n");
                // flush only changes when bytes leave the buffer, never what stdout holds: evaluate it for its effects.
                case "flush" -> flush = ex.lower(k.value());
                case "file" -> throw Errors.unsupported(f.file, k.pos(), "print(file=...)");
                default -> throw f.error(k.pos(), "'" + k.arg() + "' is an invalid keyword argument for print()");
            }
        }
        // Every argument and option is computed before any is converted to text (a list printed
        // before an argument that mutates it shows the mutation); values wait in temporaries.
        var lets = new ArrayList<HVar>();
        var inits = new ArrayList<HExpr>();
        Function<HExpr, HExpr> once = e -> {
            if (e instanceof HExpr.Const) return e;
            HVar t = f.temp(e.type());
            lets.add(t);
            inits.add(e);
            return new HExpr.Load(t);
        };
        boolean optionsConst = sep instanceof HExpr.Const && end instanceof HExpr.Const
                && (flush == null || flush instanceof HExpr.Const);
        if (values.size() > 1 || !optionsConst) values.replaceAll(once::apply);
        sep = once.apply(sep);
        end = once.apply(end);
        if (flush != null && !(flush instanceof HExpr.Const)) once.apply(flush);
        // Then CPython writes each argument and separator in turn: when str() of an argument
        // raises, what comes before it is already written. A write ends before each conversion
        // that may raise; the others share one write.
        var writes = new ArrayList<HStmt>();
        var line = new ArrayList<HExpr>();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.add(sep);
            HExpr v = values.get(i);
            if (!line.isEmpty() && strMayRaise(v)) {
                writes.add(write(line));
                line = new ArrayList<>();
            }
            line.add(str(v));
        }
        line.add(end);
        writes.add(write(line));
        HExpr result = writes.size() == 1 ? ((HStmt.Eval) writes.get(0)).expr()
                : new HExpr.Block(writes, new HExpr.Const(null, Type.NONE));
        for (int i = lets.size() - 1; i >= 0; i--) result = new HExpr.Let(lets.get(i), inits.get(i), result);
        return result;
    }

    private static HStmt write(List<HExpr> pieces) {
        HExpr text = pieces.size() == 1 ? pieces.get(0) : new HExpr.Concat(List.copyOf(pieces));
        return new HStmt.Eval(new HExpr.Builtin(BuiltinOp.WRITE, List.of(text), Type.NONE));
    }

    /** Whether str() of the value may raise (an int past 4300 digits, alone or inside a container). */
    private static boolean strMayRaise(HExpr v) {
        if (v instanceof HExpr.Const c) return c.value() instanceof java.math.BigInteger i && i.bitLength() > 14000;
        Type t = v.type();
        return !(t instanceof Type.Str || t instanceof Type.Float || t instanceof Type.Bool || t instanceof Type.NoneType);
    }

    private HExpr printOption(Keyword k, String dflt) {
        HExpr v = ex.lower(k.value());
        if (v.type() instanceof Type.Str) return v;
        if (v.type() instanceof Type.NoneType) return v instanceof HExpr.Const ? str(dflt) : new HExpr.Let(f.temp(Type.NONE), v, str(dflt));
        if (ExprLowerer.isUnknown(v) && f.infer) return str(dflt);
        if (v.type() instanceof Type.Obj) throw Errors.unsupported(f.file, k.value().pos(), k.arg() + "= of a type not known statically");
        throw f.error(k.value().pos(), k.arg() + " must be None or a string, not " + v.type().pyName());
    }

    private HExpr sysExit(Expr.Call c, Expr.Attribute a) {
        if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), "exit() takes no keyword arguments");
        if (c.args().size() > 1) throw f.error(c.pos(), "exit expected at most 1 argument, got " + c.args().size());
        HExpr code = c.args().isEmpty() ? new HExpr.Const(null, Type.NONE) : ex.lower(c.args().get(0));
        if (ExprLowerer.isUnknown(code)) return new HExpr.Const(null, Type.NONE);
        return new HExpr.Builtin(BuiltinOp.EXIT, List.of(f.conv(code, Type.OBJ)), Type.NONE);
    }

}
