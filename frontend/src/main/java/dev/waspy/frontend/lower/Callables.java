package dev.waspy.frontend.lower;

import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Function values where Python takes one (the {@code key=} of sorting, min and max, the function of
 * map and filter): a lambda is applied by binding its parameters to fresh variables and lowering
 * its body in place, a module-level function or a builtin becomes a direct call, and
 * {@code str.lower}-style method references a method call. No function object exists at run time.
 */
final class Callables {
    private final FunctionLowerer f;
    private final ExprLowerer ex;

    Callables(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    /** {@code fn(args...)} for a function-valued expression {@code fn}. */
    HExpr apply(Expr fn, List<HExpr> args, Pos pos) {
        return switch (fn) {
            case Expr.Lambda l -> lambda(l, args);
            case Expr.Name n when f.innerVar(n.id()) == null && f.scopes.resolve(f.fs, n.id()) == Symbol.FUNCTION ->
                    ex.calls.callUser(f.scopes.function(n.id()), args, pos);
            case Expr.Name n when f.innerVar(n.id()) == null && f.scopes.resolve(f.fs, n.id()) == Symbol.BUILTIN ->
                    ex.calls.builtinOn(n.id(), args, pos);
            case Expr.Attribute a when a.value() instanceof Expr.Name n && n.id().equals("str") && f.innerVar("str") == null
                    && f.scopes.resolve(f.fs, "str") == Symbol.BUILTIN && !args.isEmpty() -> {
                HExpr self = f.conv(args.get(0), dev.waspy.frontend.types.Type.STR);
                yield ex.methods.callOn(self, a.attr(), args.subList(1, args.size()), java.util.Map.of(), a.pos());
            }
            // A bound method of a variable (d.get): the variable is read at each call, which is the
            // same object since nothing can rebind it while the consuming builtin runs.
            case Expr.Attribute a when a.value() instanceof Expr.Name n && !(n.id().equals("str") && f.innerVar("str") == null
                    && f.scopes.resolve(f.fs, "str") == Symbol.BUILTIN) ->
                    ex.methods.callOn(ex.lower(a.value()), a.attr(), args, java.util.Map.of(), a.pos());
            default -> throw Errors.unsupported(f.file, fn.pos(), "this kind of function value (a lambda, a function or a builtin is expected)");
        };
    }

    private HExpr lambda(Expr.Lambda l, List<HExpr> args) {
        List<Arg> params = l.args().args();
        if (params.size() != args.size()) {
            throw f.error(l.pos(), "<lambda>() takes " + params.size() + " positional argument" + (params.size() == 1 ? "" : "s")
                    + " but " + args.size() + (args.size() == 1 ? " was" : " were") + " given");
        }
        var names = new HashMap<String, HVar>();
        var binds = new ArrayList<HStmt>();
        for (int i = 0; i < params.size(); i++) {
            HVar v = f.temp(args.get(i).type());
            binds.add(new HStmt.Assign(v, args.get(i)));
            names.put(params.get(i).arg(), v);
        }
        f.pushInner(names);
        try {
            return new HExpr.Block(binds, ex.lower(l.body()));
        } finally {
            f.popInner();
        }
    }
}
