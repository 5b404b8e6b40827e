package dev.waspy.frontend.lower;

import dev.waspy.frontend.syntax.FrozenConstants;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HFunction;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.hint.TypeHint;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.frontend.types.Annotations;
import dev.waspy.frontend.types.Type;
import dev.waspy.frontend.types.TypeEnv;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers one function's statements to the typed IR. Run in <em>infer</em> mode it only feeds the
 * types it sees into the {@link TypeEnv} (assignments, returns, call arguments) and reports no
 * error, since types may still grow; run in final mode over the fixpoint it builds the HIR,
 * warns where values disagree with their annotations and reports type errors.
 */
final class FunctionLowerer {
    final SourceFile file;
    final Scopes scopes;
    final TypeEnv env;
    final FunctionScope fs;
    final TypeEnv.Fn fn;
    final boolean infer;
    private final List<HVar> temps = new ArrayList<>();
    private int loopDepth;
    private final ExprLowerer exprs;

    private final List<Stmt> body;

    /** Where the final round reports values that disagree with their annotations; null while inferring. */
    private final List<CompileError> warnings;

    FunctionLowerer(SourceFile file, Scopes scopes, TypeEnv env, FunctionScope fs, List<Stmt> body, boolean infer,
                    FrozenConstants frozenConstants, List<CompileError> warnings) {
        this.warnings = warnings;
        this.file = file;
        this.frozenConstants = frozenConstants;
        this.body = body;
        this.scopes = scopes;
        this.env = env;
        this.fs = fs;
        this.fn = env.fn(fs.name());
        this.infer = infer;
        this.exprs = new ExprLowerer(this);
    }

    HFunction lower() {
        var out = new ArrayList<HStmt>();
        if (!fs.isModule()) checkParamAnnotations();
        stmts(body, out);
        if (Flow.mayFallThrough(body)) {
            if (!fs.isModule()) env.joinReturn(fn, Type.NONE);
            out.add(new HStmt.Return(conv(new HExpr.Const(null, Type.NONE), returnType())));
        }
        var params = new ArrayList<HVar>();
        for (String p : fs.params()) params.add(new HVar(p, false, fn.local(p)));
        var locals = new ArrayList<HVar>();
        for (String l : fs.locals()) locals.add(new HVar(l, false, fn.local(l)));
        locals.addAll(temps);
        int line = fs.isModule() ? 1 : fs.def().pos().lineno();
        return new HFunction(fs.name(), params, returnType(), locals, out, line);
    }

    Type returnType() { return fs.isModule() ? Type.NONE : fn.ret(); }

    /** Warns where a parameter or the return value disagrees with its annotation (final round only). */
    private void checkParamAnnotations() {
        if (infer) return;
        for (var a : fs.def().args().args()) {
            if (a.annotation() != null) warnIfDisagrees(a.annotation(), a.pos(), "parameter '" + a.arg() + "'", fn.local(a.arg()));
        }
        if (fs.def().returns() != null) {
            warnIfDisagrees(fs.def().returns(), fs.def().returns().pos(), "the return value of '" + fs.name() + "'", fn.ret());
        }
    }

    private void warnIfDisagrees(Expr annotation, Pos pos, String what, Type actual) {
        TypeHint hint = scopes.hint(annotation);
        if (warnings != null && !Annotations.agrees(hint, actual)) {
            warnings.add(Errors.at(file, pos, Annotations.disagreement(what, actual, hint)));
        }
    }

    // ---- helpers shared with the expression lowering ----

    HVar temp(Type t) {
        var v = new HVar("$t" + temps.size(), false, t);
        temps.add(v);
        return v;
    }

    /**
     * {@code e} converted to {@code to}. A container that ends up held as an {@code object} may be
     * mutated by code that does not know its sites, so it escapes ({@link TypeEnv#escape}).
     */
    HExpr conv(HExpr e, Type to) {
        // To a type inference has not found yet (an element of a list nothing was stored in so
        // far): the value is unknown too, not of its own static type.
        if (to instanceof Type.Bottom && infer) return ExprLowerer.unknown();
        env.escapeInto(e.type(), to);
        return Coerce.to(e, to, this::temp);
    }

    /** {@code e} boxed for one runtime call that only reads it (no escape). */
    static HExpr box(HExpr e) {
        Type t = e.type();
        return t instanceof Type.Obj || t instanceof Type.Bottom ? e : new HExpr.Box(e);
    }

    /** A runtime call (waspy.h name) with its result type. */
    static HExpr rt(String function, Type type, HExpr... args) { return new HExpr.RtCall(function, List.of(args), type); }

    /** The module's frozenset constants, merged as CPython merges them (see Containers.set). */
    final FrozenConstants frozenConstants;

    /** The names bound by the comprehensions and lambdas being lowered, innermost first. */
    private final java.util.ArrayDeque<java.util.Map<String, HVar>> inner = new java.util.ArrayDeque<>();

    void pushInner(java.util.Map<String, HVar> names) { inner.push(names); }

    void popInner() { inner.pop(); }

    /** A comprehension or lambda variable visible here, or null. */
    HVar innerVar(String name) {
        for (var m : inner) {
            HVar v = m.get(name);
            if (v != null) return v;
        }
        return null;
    }

    /** A fresh site key for the container created at {@code pos} ({@code tag} tells several apart). */
    int site(Pos pos, String tag) {
        return env.site(pos.lineno() + ":" + pos.colOffset() + ":" + pos.endLineno() + ":" + pos.endColOffset() + ":" + tag);
    }

    CompileError error(Pos pos, String msg) { return Errors.at(file, pos, msg); }

    /** A variable as read or written here, with its current type. */
    HVar var(String name, Pos pos) {
        HVar in = innerVar(name);
        if (in != null) return in;
        Symbol s = scopes.resolve(fs, name);
        if (s == Symbol.LOCAL) return new HVar(name, false, fn.local(name));
        if (s == Symbol.GLOBAL) return new HVar(name, true, env.global(name));
        throw error(pos, "name '" + name + "' is not a variable");
    }

    void joinVar(HVar v, Type t) {
        if (!v.global() && v.name().startsWith("$t")) return; // a temporary: its type is fixed when it is made
        if (v.global()) env.joinGlobal(v.name(), t);
        else env.joinLocal(fn, v.name(), t);
    }

    // ---- statements ----

    void stmts(List<Stmt> body, List<HStmt> out) {
        for (Stmt s : body) stmt(s, out);
    }

    private List<HStmt> block(List<Stmt> body) {
        var out = new ArrayList<HStmt>();
        stmts(body, out);
        return out;
    }

    private void stmt(Stmt s, List<HStmt> out) {
        switch (s) {
            case Stmt.FunctionDef fd -> {
                // Non-constant defaults are computed now, once, as CPython does when the def runs.
                var params = fd.args().args();
                int first = params.size() - fd.args().defaults().size();
                for (int i = 0; i < fd.args().defaults().size(); i++) {
                    Expr d = fd.args().defaults().get(i);
                    if (dev.waspy.frontend.scope.ScopeAnalysis.isConstant(d)) continue;
                    HVar slot = var(dev.waspy.frontend.scope.ScopeAnalysis.defaultSlot(fd.name(), params.get(first + i).arg()), d.pos());
                    HExpr value = exprs.lower(d);
                    joinVar(slot, value.type());
                    slot = var(slot.name(), d.pos());
                    out.add(new HStmt.Assign(slot, conv(value, slot.type())));
                }
            }
            case Stmt.Expr e -> out.add(new HStmt.Eval(exprs.lower(e.value())));
            case Stmt.Assign a -> {
                HExpr value = exprs.lower(a.value());
                if (a.targets().size() == 1) {
                    assign(a.targets().get(0), value, out);
                } else {
                    // a = b = value: one evaluation, then the targets left to right.
                    HVar tmp = temp(value.type());
                    out.add(new HStmt.Assign(tmp, value));
                    for (Expr t : a.targets()) assign(t, new HExpr.Load(tmp), out);
                }
            }
            case Stmt.AugAssign a -> augAssign(a, out);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) exprs.containers.delete((Expr.Subscript) t, out);
            }
            case Stmt.AnnAssign a -> {
                // Without a value it binds nothing: a later read is CPython's NameError or UnboundLocalError.
                var n = (Expr.Name) a.target();
                if (a.value() != null) {
                    HExpr value = exprs.lower(a.value());
                    if (!infer) warnIfDisagrees(a.annotation(), a.value().pos(), "the value assigned to '" + n.id() + "'", value.type());
                    assignName(n, value, out);
                }
            }
            case Stmt.If i -> out.add(new HStmt.If(exprs.truthy(exprs.lower(i.test())), block(i.body()), block(i.orelse())));
            case Stmt.While w -> {
                HExpr cond = exprs.truthy(exprs.lower(w.test()));
                loopDepth++;
                var body = block(w.body());
                loopDepth--;
                out.add(new HStmt.While(cond, body, block(w.orelse())));
            }
            case Stmt.For f -> {
                if (f.iter() instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                        && exprs.sources.isBuiltin("range") && f.target() instanceof Expr.Name) {
                    forRange(f, out);
                } else {
                    forEach(f, out);
                }
            }
            case Stmt.Break b -> {
                if (loopDepth == 0) throw error(b.pos(), "'break' outside loop");
                out.add(new HStmt.Break());
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) throw error(c.pos(), "'continue' not properly in loop");
                out.add(new HStmt.Continue());
            }
            case Stmt.Return r -> {
                HExpr v = r.value() == null ? new HExpr.Const(null, Type.NONE) : exprs.lower(r.value());
                env.joinReturn(fn, v.type());
                out.add(new HStmt.Return(conv(v, returnType())));
            }
            case Stmt.Pass p -> { }
            case Stmt.Global g -> { }
            case Stmt.Import im -> { }
            case Stmt.ImportFrom im -> { } // typing and __future__: nothing happens at run time
            default -> throw Errors.unsupported(file, s.pos(), "this statement");
        }
    }

    private void assignName(Expr.Name n, HExpr value, List<HStmt> out) {
        HVar v = var(n.id(), n.pos());
        joinVar(v, value.type());
        v = var(n.id(), n.pos());
        if (!infer && !Coerce.possible(value.type(), v.type())) {
            throw error(n.pos(), "cannot store a " + value.type().show() + " in '" + n.id() + "' of type " + v.type().show());
        }
        out.add(new HStmt.Assign(v, conv(value, v.type())));
    }

    /** {@code target op= value}: a subscript target is evaluated once, as CPython does. */
    private void augAssign(Stmt.AugAssign a, List<HStmt> out) {
        if (a.target() instanceof Expr.Name n) {
            HVar v = var(n.id(), n.pos());
            HExpr rhs = exprs.lower(a.value());
            HExpr inPlace = inPlace(a.op(), new HExpr.Load(v), rhs, a.pos());
            if (inPlace != null) {
                out.add(new HStmt.Eval(inPlace));
                return;
            }
            assignName(n, augmented(a, new HExpr.Load(v), rhs), out);
            return;
        }
        var sub = (Expr.Subscript) a.target();
        if (sub.slice() instanceof Expr.Slice) throw Errors.unsupported(file, sub.pos(), "augmented assignment to a slice");
        HExpr c = exprs.lower(sub.value());
        HVar cv = temp(c.type());
        out.add(new HStmt.Assign(cv, c));
        HExpr k = exprs.lower(sub.slice());
        HVar kv = temp(k.type());
        out.add(new HStmt.Assign(kv, k));
        HExpr old = exprs.containers.getItem(new HExpr.Load(cv), new HExpr.Load(kv), sub.pos());
        HVar ov = temp(old.type());
        out.add(new HStmt.Assign(ov, old));
        HExpr rhs = exprs.lower(a.value());
        // c[k] op= v is c[k] = c[k].__iop__(v): a list or set item changes in place, then is stored back.
        HExpr inPlace = inPlace(a.op(), new HExpr.Load(ov), rhs, a.pos());
        HExpr value;
        if (inPlace != null) {
            out.add(new HStmt.Eval(inPlace));
            value = new HExpr.Load(ov);
        } else {
            value = augmented(a, new HExpr.Load(ov), rhs);
        }
        HVar vv = temp(value.type());
        out.add(new HStmt.Assign(vv, value));
        var store = new Expr.Subscript(new Expr.Name(cv.name(), null, sub.pos()), new Expr.Name(kv.name(), null, sub.pos()), null, sub.pos());
        pushInner(java.util.Map.of(cv.name(), cv, kv.name(), kv));
        try {
            exprs.containers.store(store, new HExpr.Load(vv), out);
        } finally {
            popInner();
        }
    }

    /**
     * {@code target op rhs} for {@code op=} where the target is not a statically typed container:
     * on a value known only at run time the runtime's in-place operators keep a list, set or dict
     * the same object (every alias sees the change).
     */
    private HExpr augmented(Stmt.AugAssign a, HExpr target, HExpr rhs) {
        if (target.type() instanceof Type.Obj) {
            String fn = switch (a.op()) {
                case Add -> "rt_obj_iadd";
                case Mult -> "rt_obj_imul";
                case BitAnd -> "rt_obj_iand";
                case BitOr -> "rt_obj_ior";
                case BitXor -> "rt_obj_ixor";
                case Sub -> "rt_obj_isub";
                default -> null;
            };
            if (fn != null) return rt(fn, Type.OBJ, target, conv(rhs, Type.OBJ));
        }
        return exprs.binary(a.op(), target, rhs, a.value(), a.pos());
    }

    /**
     * {@code xs += ys} and {@code xs *= n} on a list, {@code s |= t} on a set and {@code d |= e} on a
     * dict mutate the object in place (every alias sees it), as list.__iadd__, set.__ior__ and
     * dict.__ior__ do; null when the operation is not in-place.
     */
    private HExpr inPlace(dev.waspy.frontend.syntax.ast.Operator op, HExpr target, HExpr rhs, dev.waspy.frontend.syntax.ast.Pos pos) {
        Type t = target.type();
        if (t instanceof Type.ListT && op == dev.waspy.frontend.syntax.ast.Operator.Add) {
            env.joinElem(t, exprs.sources.elemOf(rhs.type()));
            if (rhs.type() instanceof Type.ListT) return rt("rt_list_extend", Type.NONE, target, rhs);
            return rt("rt_list_extend_iter", Type.NONE, target, conv(rhs, Type.OBJ));
        }
        if (t instanceof Type.ListT && op == dev.waspy.frontend.syntax.ast.Operator.Mult && rhs.type().isIntLike()) {
            return rt("rt_list_inplace_repeat", Type.NONE, target, conv(rhs, Type.INT));
        }
        if (t instanceof Type.DictT && op == dev.waspy.frontend.syntax.ast.Operator.BitOr
                && (rhs.type() instanceof Type.DictT || rhs.type() instanceof Type.Obj)) {
            return exprs.methods.callOn(target, "update", List.of(rhs), java.util.Map.of(), pos);
        }
        if (t instanceof Type.SetT && rhs.type() instanceof Type.SetT) {
            String fn = switch (op) {
                case BitOr -> "rt_set_update";
                case BitAnd -> "rt_set_intersection_update";
                case Sub -> "rt_set_difference_update";
                case BitXor -> "rt_set_symmetric_difference_update";
                default -> null;
            };
            if (fn == null) return null;
            env.joinElem(t, env.elem(rhs.type()));
            return rt(fn, Type.NONE, target, fn.equals("rt_set_update") ? box(rhs) : rhs);
        }
        return null;
    }

    /** Assignment to a name, a subscript or a (nested) tuple or list of targets; every value is computed before any store. */
    private void assign(Expr target, HExpr value, List<HStmt> out) {
        if (target instanceof Expr.Name n) {
            assignName(n, value, out);
            return;
        }
        if (target instanceof Expr.Subscript sub) {
            if (!(value instanceof HExpr.Const || value instanceof HExpr.Load)) {
                HVar tmp = temp(value.type());
                out.add(new HStmt.Assign(tmp, value));
                value = new HExpr.Load(tmp);
            }
            exprs.containers.store(sub, value, out);
            return;
        }
        List<Expr> elts = target instanceof Expr.Tuple t ? t.elts() : ((Expr.List) target).elts();
        List<HExpr> parts = unpack(target, elts, value, out);
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            assign(e instanceof Expr.Starred st ? st.value() : e, parts.get(i), out);
        }
    }

    /**
     * The values a tuple or list target's items receive from {@code value}: statically for a tuple
     * display or a tuple type, else through the runtime (a tuple of the items, its length checked
     * with CPython's messages). A starred item receives a list.
     */
    List<HExpr> unpack(Expr target, List<Expr> elts, HExpr value, List<HStmt> out) {
        int n = elts.size();
        int star = -1;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw error(elts.get(i).pos(), "multiple starred expressions in assignment");
                star = i;
            }
        }
        var parts = new ArrayList<HExpr>();
        if (star < 0 && value instanceof HExpr.MakeTuple mt && mt.items().size() == n) {
            // a, b = b, a: evaluate every item into a temporary first.
            for (HExpr item : mt.items()) {
                HVar tmp = temp(item.type());
                out.add(new HStmt.Assign(tmp, item));
                parts.add(new HExpr.Load(tmp));
            }
            return parts;
        }
        if (star < 0 && value.type() instanceof Type.Tuple tt) {
            if (tt.items().size() != n) {
                throw error(target.pos(), (tt.items().size() > n ? "too many values to unpack (expected " + n + ")"
                        : "not enough values to unpack (expected " + n + ", got " + tt.items().size() + ")"));
            }
            HVar tmp = temp(value.type());
            out.add(new HStmt.Assign(tmp, value));
            for (int i = 0; i < n; i++) parts.add(new HExpr.TupleGet(new HExpr.Load(tmp), i, tt.items().get(i)));
            return parts;
        }
        if (value.type() instanceof Type.Bottom) {
            if (!infer) throw error(target.pos(), "internal: unknown type in unpacking");
            for (int i = 0; i < n; i++) parts.add(new HExpr.Const(null, Type.BOTTOM));
            return parts;
        }
        Type elem = exprs.sources.elemOf(value.type());
        if (elem instanceof Type.Bottom && !(value.type().isContainer() || value.type() instanceof Type.Tuple
                || value.type() instanceof Type.Str)) {
            if (infer) {
                for (int i = 0; i < n; i++) parts.add(new HExpr.Const(null, Type.BOTTOM));
                return parts;
            }
            throw error(target.pos(), "cannot unpack non-iterable " + value.type().pyName() + " object");
        }
        if (elem instanceof Type.Bottom) elem = Type.OBJ;
        // The runtime path: the items as a tuple, then a length check with CPython's messages.
        HVar tup = temp(Type.tuple(List.of()));
        out.add(new HStmt.Assign(tup, rt("rt_obj_to_tuple", Type.tuple(List.of()), box(value))));
        HVar len = temp(Type.INT);
        out.add(new HStmt.Assign(len, rt("rt_obj_len", Type.INT, new HExpr.Box(new HExpr.Load(tup)))));
        HExpr got = exprs.calls.str(new HExpr.Load(len));
        int fixed = star < 0 ? n : n - 1;
        if (star < 0) {
            out.add(new HStmt.If(new HExpr.Compare(dev.waspy.frontend.hir.CmpKind.GT, new HExpr.Load(len), intConst(n)),
                    List.of(new HStmt.Raise("ValueError", new HExpr.Const("too many values to unpack (expected " + n + ")", Type.STR))),
                    List.of()));
            out.add(new HStmt.If(new HExpr.Compare(dev.waspy.frontend.hir.CmpKind.LT, new HExpr.Load(len), intConst(n)),
                    List.of(new HStmt.Raise("ValueError", new HExpr.Concat(List.of(
                            new HExpr.Const("not enough values to unpack (expected " + n + ", got ", Type.STR), got,
                            new HExpr.Const(")", Type.STR))))), List.of()));
        } else {
            out.add(new HStmt.If(new HExpr.Compare(dev.waspy.frontend.hir.CmpKind.LT, new HExpr.Load(len), intConst(fixed)),
                    List.of(new HStmt.Raise("ValueError", new HExpr.Concat(List.of(
                            new HExpr.Const("not enough values to unpack (expected at least " + fixed + ", got ", Type.STR), got,
                            new HExpr.Const(")", Type.STR))))), List.of()));
        }
        for (int i = 0; i < n; i++) {
            HExpr idx = star < 0 || i < star ? intConst(i)
                    : new HExpr.Binary(dev.waspy.frontend.hir.BinOp.SUB, new HExpr.Load(len), intConst(n - i), Type.INT);
            if (i == star) {
                Type lt = exprs.containers.newList(elts.get(i).pos(), "starred");
                env.joinElem(lt, elem);
                HExpr hi = new HExpr.Binary(dev.waspy.frontend.hir.BinOp.SUB, new HExpr.Load(len), intConst(n - 1 - i), Type.INT);
                HExpr slice = rt("rt_tuple_slice", Type.tuple(List.of()), new HExpr.Load(tup), box(intConst(i)), box(hi), box(new HExpr.Const(null, Type.NONE)));
                parts.add(rt("rt_list_from_tuple", lt, slice));
            } else {
                HVar item = temp(elem);
                out.add(new HStmt.Assign(item, conv(rt("rt_tuple_getitem", Type.OBJ, new HExpr.Load(tup), idx), elem)));
                parts.add(new HExpr.Load(item));
            }
        }
        return parts;
    }

    /** {@code for target in iterable}: a loop over a cursor (Sources), the target assigned first in each iteration. */
    private void forEach(Stmt.For f, List<HStmt> out) {
        Sources.Cursor c = exprs.sources.loopCursorOf(f.iter());
        c.init(out);
        HExpr more = c.more();
        var body = new ArrayList<HStmt>();
        HExpr item = c.next(body);
        assign(f.target(), item, body);
        loopDepth++;
        stmts(f.body(), body);
        loopDepth--;
        out.add(new HStmt.While(more, body, block(f.orelse())));
    }

    private void forRange(Stmt.For f, List<HStmt> out) {
        var call = (Expr.Call) f.iter();
        if (!call.keywords().isEmpty()) throw error(call.keywords().get(0).pos(), "range() takes no keyword arguments");
        int n = call.args().size();
        if (n < 1 || n > 3) throw error(call.pos(), "range expected " + (n < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + n));
        var args = new ArrayList<HExpr>();
        for (Expr a : call.args()) args.add(rangeArg(a));
        HExpr start = n == 1 ? intConst(0) : args.get(0);
        HExpr stop = n == 1 ? args.get(0) : args.get(1);
        HExpr step = n == 3 ? args.get(2) : intConst(1);
        var target = (Expr.Name) f.target();
        HVar tv = var(target.id(), target.pos());
        joinVar(tv, Type.INT);
        tv = var(target.id(), target.pos());
        if (!infer && !(tv.type() instanceof Type.Int || tv.type() instanceof Type.Obj)) {
            throw error(target.pos(), "internal: loop variable '" + target.id() + "' has type " + tv.type().show());
        }
        HVar counter = temp(Type.INT);
        HVar stopVar = temp(Type.INT);
        HVar stepVar = temp(Type.INT);
        loopDepth++;
        var body = new ArrayList<HStmt>();
        body.add(new HStmt.Assign(tv, conv(new HExpr.Load(counter), tv.type())));
        stmts(f.body(), body);
        loopDepth--;
        out.add(new HStmt.ForRange(tv, counter, stopVar, stepVar, start, stop, step, body, block(f.orelse())));
    }

    private HExpr rangeArg(Expr a) { return exprs.sources.rangeArg(a); }

    /** A tuple of items; items that would nest tuples deeper than the types allow are kept as objects. */
    HExpr makeTuple(List<HExpr> items) {
        Type t = Type.tuple(items.stream().map(HExpr::type).toList());
        if (t instanceof Type.Tuple) return new HExpr.MakeTuple(items, t);
        var kept = new ArrayList<HExpr>();
        for (HExpr i : items) kept.add(i.type() instanceof Type.Tuple ? conv(i, Type.OBJ) : i);
        return new HExpr.MakeTuple(kept, Type.tuple(kept.stream().map(HExpr::type).toList()));
    }

    static HExpr intConst(long v) { return new HExpr.Const(java.math.BigInteger.valueOf(v), Type.INT); }

}
