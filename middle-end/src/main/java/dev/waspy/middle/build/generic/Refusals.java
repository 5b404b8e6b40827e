package dev.waspy.middle.build.generic;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.HashSet;
import java.util.List;

/**
 * Rejects, before anything is built, every construct the generic builder does not handle yet, with
 * a compile error at its position ("...: not supported yet on the generic path"). The builder may
 * then assume what is checked here. This class shrinks as the generic path grows: supporting a
 * construct means deleting its refusal and adding its lowering.
 */
final class Refusals {
    private final SourceFile file;
    private final Scopes scopes;
    private FunctionScope fs;

    private Refusals(SourceFile file, Scopes scopes) {
        this.file = file;
        this.scopes = scopes;
    }

    static void check(SourceFile file, Scopes scopes, Mod.Module m) {
        var r = new Refusals(file, scopes);
        r.fs = scopes.module();
        r.stmts(m.body());
        for (FunctionScope f : scopes.functions()) {
            r.fs = f;
            r.stmts(f.def().body());
        }
    }

    private CompileError refuse(Pos pos, String what) {
        return Errors.at(file, pos, what + ": not supported yet on the generic path");
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) target(t);
            }
            case Stmt.AnnAssign a -> {
                target(a.target());
                if (a.value() != null) expr(a.value());
            }
            case Stmt.AugAssign a -> {
                if (!(a.target() instanceof Expr.Name) && !(a.target() instanceof Expr.Subscript)) {
                    throw refuse(a.target().pos(), "augmented assignment to this target");
                }
                target(a.target());
                operator(a.op(), a.pos());
                expr(a.value());
            }
            case Stmt.If i -> { expr(i.test()); stmts(i.body()); stmts(i.orelse()); }
            case Stmt.While w -> { expr(w.test()); stmts(w.body()); stmts(w.orelse()); }
            case Stmt.For l -> { target(l.target()); expr(l.iter()); stmts(l.body()); stmts(l.orelse()); }
            case Stmt.Return r -> { if (r.value() != null) expr(r.value()); }
            case Stmt.Delete d -> { for (Expr t : d.targets()) target(t); }
            case Stmt.FunctionDef d -> { for (Expr x : d.args().defaults()) expr(x); }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Pass p -> { }
            case Stmt.Global g -> { }
            case Stmt.Import i -> { }
            default -> throw refuse(s.pos(), s.getClass().getSimpleName() + " statements");
        }
    }

    private void operator(Operator op, Pos pos) {
        if (op == Operator.MatMult) throw refuse(pos, "the @ operator");
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> { }
            case Expr.Tuple tu -> { for (Expr x : tu.elts()) target(x); }
            case Expr.List l -> { for (Expr x : l.elts()) target(x); }
            case Expr.Subscript sub -> {
                if (sub.slice() instanceof Expr.Slice) throw refuse(sub.pos(), "assignment to a slice");
                expr(sub.value());
                expr(sub.slice());
            }
            default -> throw refuse(t.pos(), "this assignment target");
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Constant c -> { }
            case Expr.Name n -> {
                Symbol s = scopes.resolve(fs, n.id());
                if (s != Symbol.LOCAL && s != Symbol.GLOBAL) throw refuse(n.pos(), "functions and modules as values");
            }
            case Expr.BinOp b -> { operator(b.op(), b.pos()); expr(b.left()); expr(b.right()); }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orelse()); }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
                for (int i = 0; i < c.ops().size(); i++) {
                    CmpOp op = c.ops().get(i);
                    Expr l = i == 0 ? c.left() : c.comparators().get(i - 1);
                    if ((op == CmpOp.Is || op == CmpOp.IsNot) && !Expressions.isNone(l) && !Expressions.isNone(c.comparators().get(i))) {
                        throw refuse(c.pos(), "'is' comparisons other than with None");
                    }
                }
            }
            case Expr.Call c -> call(c);
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.FormattedValue v -> { expr(v.value()); if (v.formatSpec() != null) expr(v.formatSpec()); }
            case Expr.List l -> { for (Expr x : l.elts()) expr(x instanceof Expr.Starred s ? s.value() : x); }
            case Expr.Tuple t -> { noStarred(t.elts()); exprs(t.elts()); }
            case Expr.Dict d -> { exprs(d.keys()); exprs(d.values()); }
            case Expr.Set s -> {
                noStarred(s.elts());
                if (s.elts().size() > 2 && s.elts().stream().allMatch(Refusals::literal)) {
                    throw refuse(s.pos(), "set displays of three or more constants");
                }
                exprs(s.elts());
            }
            case Expr.Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Expr.Slice sl) {
                    for (Expr x : new Expr[] {sl.lower(), sl.upper(), sl.step()}) if (x != null) expr(x);
                } else {
                    expr(s.slice());
                }
            }
            default -> throw refuse(e.pos(), e.getClass().getSimpleName() + " expressions");
        }
    }

    private void noStarred(List<Expr> elts) {
        for (Expr x : elts) if (x instanceof Expr.Starred s) throw refuse(s.pos(), "starred items here");
    }

    private static boolean literal(Expr e) {
        return e instanceof Expr.Constant || (e instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant);
    }

    private void call(Expr.Call c) {
        noStarred(c.args());
        for (Keyword k : c.keywords()) if (k.arg() == null) throw refuse(k.pos(), "**kwargs in calls");
        switch (c.func()) {
            case Expr.Name n when scopes.resolve(fs, n.id()) == Symbol.FUNCTION -> function(n, c);
            case Expr.Name n when scopes.resolve(fs, n.id()) == Symbol.BUILTIN -> builtin(n, c);
            case Expr.Attribute a when a.value() instanceof Expr.Name n && scopes.resolve(fs, n.id()) == Symbol.SYS -> {
                if (!a.attr().equals("exit") || c.args().size() > 1 || !c.keywords().isEmpty()) {
                    throw refuse(c.pos(), "this use of the sys module");
                }
            }
            case Expr.Attribute a -> method(a, c);
            default -> throw refuse(c.func().pos(), "calling this kind of expression");
        }
        exprs(c.args());
        for (Keyword k : c.keywords()) expr(k.value());
    }

    private void function(Expr.Name n, Expr.Call c) {
        var args = scopes.function(n.id()).def().args();
        List<Arg> params = args.args();
        if (c.args().size() > params.size()) throw refuse(c.pos(), "calls with too many arguments");
        var given = new HashSet<Integer>();
        for (int i = 0; i < c.args().size(); i++) given.add(i);
        for (Keyword k : c.keywords()) {
            int i = Calls.paramIndex(params, k.arg());
            if (i < 0 || !given.add(i)) throw refuse(k.pos(), "this keyword argument");
        }
        int firstDefault = params.size() - args.defaults().size();
        for (int i = 0; i < firstDefault; i++) {
            if (!given.contains(i)) throw refuse(c.pos(), "calls with missing arguments");
        }
    }

    private void builtin(Expr.Name n, Expr.Call c) {
        Calls.Builtin b = Calls.BUILTINS.get(n.id());
        if (b == null) throw refuse(n.pos(), "the builtin '" + n.id() + "'");
        int count = c.args().size();
        if (count < b.minArgs() || count > b.maxArgs()) throw refuse(c.pos(), n.id() + "() with " + count + " arguments");
        for (Keyword k : c.keywords()) {
            if (!b.keywords().contains(k.arg())) throw refuse(k.pos(), "the keyword argument " + k.arg() + "= of " + n.id() + "()");
            boolean ok = switch (k.arg()) {
                case "sep", "end" -> k.value() instanceof Expr.Constant v && (v.value() instanceof String || v.value() instanceof PyNone);
                case "reverse" -> k.value() instanceof Expr.Constant v && v.value() instanceof Boolean;
                default -> true;
            };
            if (!ok) throw refuse(k.value().pos(), k.arg() + "= other than a constant");
        }
    }

    private void method(Expr.Attribute a, Expr.Call c) {
        Methods.Method m = Methods.TABLE.get(a.attr());
        if (m == null) throw refuse(a.pos(), "the method '" + a.attr() + "' on a value of unknown type");
        int count = c.args().size();
        if (count < m.minArgs() || count > m.maxArgs() || !c.keywords().isEmpty()) {
            throw refuse(c.pos(), "this call of the method '" + a.attr() + "'");
        }
        if (m.type() == Methods.ANY) {
            for (Expr x : c.args()) {
                if (!(x instanceof Expr.Name || x instanceof Expr.Constant)) {
                    throw refuse(x.pos(), "arguments of '" + a.attr() + "' other than names and constants");
                }
            }
        }
        expr(a.value());
    }
}
