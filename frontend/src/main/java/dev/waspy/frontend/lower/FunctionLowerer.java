package dev.waspy.frontend.lower;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HFunction;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
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
 * checks annotations and reports type errors.
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

    FunctionLowerer(SourceFile file, Scopes scopes, TypeEnv env, FunctionScope fs, List<Stmt> body, boolean infer) {
        this.file = file;
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

    private void checkParamAnnotations() {
        var args = fs.def().args().args();
        for (int i = 0; i < args.size(); i++) {
            var a = args.get(i);
            if (a.annotation() == null) continue;
            Type declared = Annotations.parse(file, a.annotation());
            if (!infer && !Annotations.accepts(declared, fn.local(a.arg()))) {
                throw Annotations.mismatch(file, a.pos(), "parameter '" + a.arg() + "'", fn.local(a.arg()), declared);
            }
        }
        if (fs.def().returns() != null) {
            Type declared = Annotations.parse(file, fs.def().returns());
            if (!infer && !Annotations.accepts(declared, fn.ret())) {
                throw Annotations.mismatch(file, fs.def().returns().pos(), "the return value of '" + fs.name() + "'", fn.ret(), declared);
            }
        }
    }

    // ---- helpers shared with the expression lowering ----

    HVar temp(Type t) {
        var v = new HVar("$t" + temps.size(), false, t);
        temps.add(v);
        return v;
    }

    HExpr conv(HExpr e, Type to) { return Coerce.to(e, to, this::temp); }

    CompileError error(Pos pos, String msg) { return Errors.at(file, pos, msg); }

    /** A variable as read or written here, with its current type. */
    HVar var(String name, Pos pos) {
        Symbol s = scopes.resolve(fs, name);
        if (s == Symbol.LOCAL) return new HVar(name, false, fn.local(name));
        if (s == Symbol.GLOBAL) return new HVar(name, true, env.global(name));
        throw error(pos, "name '" + name + "' is not a variable");
    }

    private void joinVar(HVar v, Type t) {
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
            case Stmt.Assign a -> assign(a.targets().get(0), exprs.lower(a.value()), out);
            case Stmt.AugAssign a -> {
                var n = (Expr.Name) a.target();
                HVar v = var(n.id(), n.pos());
                HExpr value = exprs.binary(a.op(), new HExpr.Load(v), exprs.lower(a.value()), a.value(), a.pos());
                assignName(n, value, out);
            }
            case Stmt.AnnAssign a -> {
                var n = (Expr.Name) a.target();
                Type declared = Annotations.parse(file, a.annotation());
                if (a.value() != null) {
                    HExpr value = exprs.lower(a.value());
                    if (!infer && !Annotations.accepts(declared, value.type())) {
                        throw Annotations.mismatch(file, a.value().pos(), "the value assigned to '" + n.id() + "'", value.type(), declared);
                    }
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
            case Stmt.For f -> forRange(f, out);
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

    /** Assignment to a name or a (nested) tuple of names; every value is computed before any store. */
    private void assign(Expr target, HExpr value, List<HStmt> out) {
        if (target instanceof Expr.Name n) {
            assignName(n, value, out);
            return;
        }
        var t = (Expr.Tuple) target;
        int n = t.elts().size();
        var parts = new ArrayList<HExpr>();
        if (value instanceof HExpr.MakeTuple mt && mt.items().size() == n) {
            // a, b = b, a: evaluate every item into a temporary first.
            for (HExpr item : mt.items()) {
                HVar tmp = temp(item.type());
                out.add(new HStmt.Assign(tmp, item));
                parts.add(new HExpr.Load(tmp));
            }
        } else if (value.type() instanceof Type.Tuple tt) {
            if (tt.items().size() != n) {
                throw error(target.pos(), (tt.items().size() > n ? "too many values to unpack (expected " + n + ")"
                        : "not enough values to unpack (expected " + n + ", got " + tt.items().size() + ")"));
            }
            HVar tmp = temp(value.type());
            out.add(new HStmt.Assign(tmp, value));
            for (int i = 0; i < n; i++) parts.add(new HExpr.TupleGet(new HExpr.Load(tmp), i, tt.items().get(i)));
        } else if (value.type() instanceof Type.Bottom) {
            if (!infer) throw error(target.pos(), "internal: unknown type in unpacking");
            for (int i = 0; i < n; i++) parts.add(new HExpr.Const(null, Type.BOTTOM));
        } else if (value.type() instanceof Type.Obj) {
            throw Errors.unsupported(file, target.pos(), "unpacking a value whose type is not known statically");
        } else {
            throw error(target.pos(), "cannot unpack non-iterable " + value.type().pyName() + " object");
        }
        for (int i = 0; i < n; i++) assign(t.elts().get(i), parts.get(i), out);
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

    private HExpr rangeArg(Expr a) {
        HExpr e = exprs.lower(a);
        Type t = e.type();
        if (t.isIntLike() || t instanceof Type.Obj || t instanceof Type.Bottom) return conv(e, Type.INT);
        if (infer) return new HExpr.Const(null, Type.BOTTOM);
        throw error(a.pos(), "'" + t.pyName() + "' object cannot be interpreted as an integer");
    }

    static HExpr intConst(long v) { return new HExpr.Const(java.math.BigInteger.valueOf(v), Type.INT); }

}
