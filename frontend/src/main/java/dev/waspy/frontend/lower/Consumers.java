package dev.waspy.frontend.lower;

import static dev.waspy.frontend.lower.FunctionLowerer.box;
import static dev.waspy.frontend.lower.FunctionLowerer.intConst;
import static dev.waspy.frontend.lower.FunctionLowerer.rt;

import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.hir.UnOp;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The builtins that consume an iterable (list, tuple, set, dict, sorted, sum, any, all, min, max),
 * each lowered to a loop over a {@link Sources.Source}, so that generator expressions and the lazy
 * builtins never exist as objects.
 */
final class Consumers {
    private static final Set<String> NAMES = Set.of("list", "tuple", "set", "dict", "sorted", "sum", "any", "all",
            "enumerate", "zip", "reversed", "map", "filter", "range");

    private final FunctionLowerer f;
    private final ExprLowerer ex;

    Consumers(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    boolean handles(String name, Expr.Call c) {
        if (NAMES.contains(name)) return true;
        return (name.equals("min") || name.equals("max")) && (c.args().size() == 1 || !c.keywords().isEmpty());
    }

    HExpr call(Expr.Call c, String name) {
        for (Expr a : c.args()) if (a instanceof Expr.Starred st) throw Errors.unsupported(f.file, st.pos(), "*args in calls");
        int n = c.args().size();
        return switch (name) {
            case "list" -> {
                noKeywords(c, name);
                if (n > 1) throw f.error(c.pos(), "list expected at most 1 argument, got " + n);
                yield n == 0 ? Containers.emptyList(ex.containers.newList(c.pos(), "list")) : toList(c.args().get(0), c.pos());
            }
            case "tuple" -> {
                noKeywords(c, name);
                if (n > 1) throw f.error(c.pos(), "tuple expected at most 1 argument, got " + n);
                if (n == 0) yield new HExpr.MakeTuple(List.of(), Type.tuple(List.of()));
                Expr arg = c.args().get(0);
                if (!ex.sources.isLazy(arg)) {
                    HExpr v = ex.lower(arg);
                    if (v.type() instanceof Type.Tuple) yield v;
                    yield new HExpr.Box(rt("rt_obj_to_tuple", Type.tuple(List.of()), box(v)));
                }
                yield new HExpr.Box(rt("rt_tuple_from_list", Type.tuple(List.of()), toList(arg, c.pos())));
            }
            case "set" -> {
                noKeywords(c, name);
                if (n > 1) throw f.error(c.pos(), "set expected at most 1 argument, got " + n);
                Type t = ex.containers.newSet(c.pos(), "set");
                if (n == 0) yield Containers.emptySet(t);
                HVar s = f.temp(t);
                var stmts = new ArrayList<HStmt>();
                stmts.add(new HStmt.Assign(s, Containers.emptySet(t)));
                ex.containers.update(new HExpr.Load(s), c.args().get(0), stmts);
                yield new HExpr.Block(stmts, new HExpr.Load(s));
            }
            case "dict" -> dict(c);
            case "sorted" -> sorted(c);
            case "sum" -> sum(c);
            case "any", "all" -> {
                noKeywords(c, name);
                if (n != 1) throw f.error(c.pos(), name + "() takes exactly one argument (" + n + " given)");
                yield anyAll(c.args().get(0), name.equals("any"));
            }
            case "min", "max" -> minMax(c, name.equals("max"));
            case "range" -> {
                // A range kept as a value is a runtime object (a loop over range() only counts).
                noKeywords(c, name);
                if (n < 1 || n > 3) throw f.error(c.pos(), "range expected " + (n < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + n));
                var args = new ArrayList<HExpr>();
                for (Expr a : c.args()) args.add(ex.sources.rangeArg(a));
                HExpr start = n == 1 ? intConst(0) : args.get(0);
                HExpr stop = n == 1 ? args.get(0) : args.get(1);
                HExpr step = n == 3 ? args.get(2) : intConst(1);
                yield rt("rt_range_new", Type.OBJ, start, stop, step);
            }
            default -> throw Errors.unsupported(f.file, c.pos(), name + "() other than as the iterable of a loop or of a consuming builtin");
        };
    }

    private void noKeywords(Expr.Call c, String name) {
        if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), name + "() takes no keyword arguments");
    }

    /** A new list of the items of {@code arg} (a copy when it is a list: same sites, same elements). */
    HExpr toList(Expr arg, Pos pos) {
        if (!ex.sources.isLazy(arg) && !(arg instanceof Expr.Call call && call.func() instanceof Expr.Attribute)) {
            HExpr v = ex.lower(arg);
            if (v.type() instanceof Type.ListT) return rt("rt_list_copy", v.type(), v);
            return collect(ex.sources.fromCursor(ex.sources.ofValue(v, arg.pos())), pos);
        }
        return collect(ex.sources.of(arg), pos);
    }

    private HExpr collect(Sources.Source src, Pos pos) {
        Type t = ex.containers.newList(pos, "collect");
        HVar l = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(l, Containers.emptyList(t)));
        src.forEach(stmts, item -> List.of(ex.containers.append(new HExpr.Load(l), item)), null);
        return new HExpr.Block(stmts, new HExpr.Load(l));
    }

    private HExpr dict(Expr.Call c) {
        int n = c.args().size();
        if (n > 1) throw f.error(c.pos(), "dict expected at most 1 argument, got " + n);
        Type t = ex.containers.newDict(c.pos(), "dict");
        HVar d = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(d, Containers.emptyDict(t)));
        if (n == 1) {
            Expr arg = c.args().get(0);
            HExpr v = ex.sources.isLazy(arg) ? null : ex.lower(arg);
            if (v != null && v.type() instanceof Type.DictT) {
                f.env.joinElem(t, f.env.elem(v.type()));
                f.env.joinValue(t, f.env.value(v.type()));
                stmts.add(new HStmt.Eval(rt("rt_dict_update", Type.NONE, new HExpr.Load(d), box(v))));
            } else {
                Sources.Source src = v == null ? ex.sources.of(arg) : ex.sources.fromCursor(ex.sources.ofValue(v, arg.pos()));
                src.forEach(stmts, item -> {
                    var out = new ArrayList<HStmt>();
                    if (item.type() instanceof Type.Tuple tt && tt.items().size() == 2) {
                        HVar p = f.temp(item.type());
                        out.add(new HStmt.Assign(p, item));
                        out.add(ex.containers.put(new HExpr.Load(d), new HExpr.TupleGet(new HExpr.Load(p), 0, tt.items().get(0)),
                                new HExpr.TupleGet(new HExpr.Load(p), 1, tt.items().get(1))));
                    } else if (!ExprLowerer.isUnknown(item)) {
                        // A pair whose shape is not known statically: the runtime checks it.
                        f.env.joinElem(t, Type.OBJ);
                        f.env.joinValue(t, Type.OBJ);
                        HExpr one = new HExpr.MakeTuple(List.of(box(item)), Type.tuple(List.of(Type.OBJ)));
                        out.add(new HStmt.Eval(rt("rt_dict_update", Type.NONE, new HExpr.Load(d), new HExpr.Box(one))));
                    }
                    return out;
                }, null);
            }
        }
        for (Keyword k : c.keywords()) {
            stmts.add(ex.containers.put(new HExpr.Load(d), new HExpr.Const(k.arg(), Type.STR), ex.lower(k.value())));
        }
        return new HExpr.Block(stmts, new HExpr.Load(d));
    }

    private HExpr sorted(Expr.Call c) {
        if (c.args().size() != 1) throw f.error(c.pos(), "sorted expected 1 argument, got " + c.args().size());
        Expr key = null;
        HExpr reverse = new HExpr.Const(false, Type.BOOL);
        HExpr list = toList(c.args().get(0), c.pos());
        for (Keyword k : c.keywords()) {
            switch (k.arg()) {
                case "key" -> key = Containers.isNone(k.value()) ? null : k.value();
                case "reverse" -> reverse = ex.truthy(ex.lower(k.value()));
                default -> throw f.error(k.pos(), "sort() got an unexpected keyword argument '" + k.arg() + "'");
            }
        }
        HVar l = f.temp(list.type());
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(l, list));
        ex.methods.sortInPlace(new HExpr.Load(l), key, reverse, c.pos(), stmts);
        return new HExpr.Block(stmts, new HExpr.Load(l));
    }

    /** sum(items, start): start + each item in turn, with the type that reaches a fixpoint. */
    private HExpr sum(Expr.Call c) {
        int n = c.args().size();
        HExpr start = n == 2 ? ex.lower(c.args().get(1)) : null;
        for (Keyword k : c.keywords()) {
            if (k.arg().equals("start") && start == null) start = ex.lower(k.value());
            else throw f.error(k.pos(), "'" + k.arg() + "' is an invalid keyword argument for sum()");
        }
        if (n < 1 || n > 2) throw f.error(c.pos(), "sum() takes at most 2 arguments (" + n + " given)");
        if (start == null) start = intConst(0);
        if (start.type() instanceof Type.Str) throw f.error(c.pos(), "sum() can't sum strings [use ''.join(seq) instead]");
        final HExpr init = start;
        var loop = new ArrayList<HStmt>();
        HVar[] acc = new HVar[1];
        Type[] accType = new Type[] {start.type()};
        ex.sources.of(c.args().get(0)).forEach(loop, item -> {
            var out = new ArrayList<HStmt>();
            HVar it = f.temp(item.type());
            out.add(new HStmt.Assign(it, item));
            Type t = accType[0];
            for (int round = 0; round < 4; round++) {
                HExpr probe = ex.binary(Operator.Add, new HExpr.Load(f.temp(t)), new HExpr.Load(it), null, c.pos());
                Type j = Type.join(t, probe.type());
                if (j.equals(t)) break;
                t = j;
            }
            accType[0] = t;
            acc[0] = f.temp(t);
            HExpr sum = ex.binary(Operator.Add, new HExpr.Load(acc[0]), new HExpr.Load(it), null, c.pos());
            out.add(new HStmt.Assign(acc[0], f.conv(sum, t)));
            return out;
        }, null);
        if (acc[0] == null) { // the iterable's type is not known yet
            return ExprLowerer.unknown();
        }
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(acc[0], f.conv(init, accType[0])));
        stmts.addAll(loop);
        return new HExpr.Block(stmts, new HExpr.Load(acc[0]));
    }

    private HExpr anyAll(Expr arg, boolean any) {
        HVar result = f.temp(Type.BOOL);
        HVar done = f.temp(Type.BOOL);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(result, new HExpr.Const(!any, Type.BOOL)));
        stmts.add(new HStmt.Assign(done, new HExpr.Const(false, Type.BOOL)));
        ex.sources.of(arg).forEach(stmts, item -> {
            HExpr test = ex.truthy(item);
            if (!any) test = new HExpr.Unary(UnOp.NOT, test, Type.BOOL);
            return List.of(new HStmt.If(test, List.of(
                    new HStmt.Assign(result, new HExpr.Const(any, Type.BOOL)),
                    new HStmt.Assign(done, new HExpr.Const(true, Type.BOOL)),
                    new HStmt.Break()), List.of()));
        }, done);
        return new HExpr.Block(stmts, new HExpr.Load(result));
    }

    /**
     * min/max over an iterable (or several arguments) with key= and default=: the first of equal
     * items wins, as a later item replaces the best only when strictly less (greater).
     */
    private HExpr minMax(Expr.Call c, boolean isMax) {
        String name = isMax ? "max" : "min";
        Expr key = null;
        Expr dflt = null;
        for (Keyword k : c.keywords()) {
            switch (k.arg()) {
                case "key" -> key = Containers.isNone(k.value()) ? null : k.value();
                case "default" -> dflt = k.value();
                default -> throw f.error(k.pos(), "'" + k.arg() + "' is an invalid keyword argument for " + name + "()");
            }
        }
        int n = c.args().size();
        if (n == 0) throw f.error(c.pos(), name + " expected at least 1 argument, got 0");
        if (n > 1 && dflt != null) throw f.error(c.pos(), "Cannot specify a default for " + name + "() with multiple positional arguments");
        if (n > 1) return minMaxUnrolled(c, isMax, key);
        Sources.Source src = ex.sources.of(c.args().get(0));
        var loop = new ArrayList<HStmt>();
        HVar has = f.temp(Type.BOOL);
        HVar[] best = new HVar[2];
        final Expr keyFn = key;
        src.forEach(loop, item -> {
            // An element type nothing ever reached (max(())): the iterable is always empty.
            if (!f.infer && ExprLowerer.isUnknown(item)) return List.of();
            var out = new ArrayList<HStmt>();
            HVar it = f.temp(item.type());
            out.add(new HStmt.Assign(it, item));
            HExpr k = keyFn == null ? new HExpr.Load(it) : ex.callables.apply(keyFn, List.of(new HExpr.Load(it)), c.pos());
            HVar kv = f.temp(k.type());
            out.add(new HStmt.Assign(kv, k));
            best[0] = f.temp(it.type());
            best[1] = f.temp(kv.type());
            HExpr better = ex.compare(isMax ? CmpOp.Gt : CmpOp.Lt, new HExpr.Load(kv), new HExpr.Load(best[1]), c.pos());
            var take = List.<HStmt>of(new HStmt.Assign(best[0], f.conv(new HExpr.Load(it), best[0].type())),
                    new HStmt.Assign(best[1], f.conv(new HExpr.Load(kv), best[1].type())),
                    new HStmt.Assign(has, new HExpr.Const(true, Type.BOOL)));
            HExpr first = new HExpr.Unary(UnOp.NOT, new HExpr.Load(has), Type.BOOL);
            out.add(new HStmt.If(first, take, List.of(new HStmt.If(better, take, List.of()))));
            return out;
        }, null);
        if (best[0] == null) {
            if (f.infer) return ExprLowerer.unknown();
            var stmts = new ArrayList<HStmt>(loop);
            if (dflt != null) return new HExpr.Block(stmts, ex.lower(dflt));
            stmts.add(new HStmt.Raise("ValueError", new HExpr.Const(name + "() arg is an empty sequence", Type.STR)));
            return new HExpr.Block(stmts, new HExpr.Const(null, Type.NONE));
        }
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(has, new HExpr.Const(false, Type.BOOL)));
        stmts.addAll(loop);
        HExpr result = new HExpr.Load(best[0]);
        if (dflt != null) {
            HExpr d = ex.lower(dflt);
            Type rt = Type.join(best[0].type(), d.type());
            HVar r = f.temp(rt);
            stmts.add(new HStmt.If(new HExpr.Load(has), List.of(new HStmt.Assign(r, f.conv(result, rt))),
                    List.of(new HStmt.Assign(r, f.conv(d, rt)))));
            return new HExpr.Block(stmts, new HExpr.Load(r));
        }
        stmts.add(new HStmt.If(new HExpr.Unary(UnOp.NOT, new HExpr.Load(has), Type.BOOL),
                List.of(new HStmt.Raise("ValueError", new HExpr.Const(name + "() arg is an empty sequence", Type.STR))), List.of()));
        return new HExpr.Block(stmts, result);
    }

    /** min(a, b, key=...) with several arguments: compare in turn, as the iterable form does. */
    private HExpr minMaxUnrolled(Expr.Call c, boolean isMax, Expr key) {
        var items = new ArrayList<HExpr>();
        for (Expr a : c.args()) items.add(ex.lower(a));
        Type t = items.stream().map(HExpr::type).reduce(Type.BOTTOM, Type::join);
        var stmts = new ArrayList<HStmt>();
        HVar best = f.temp(t);
        HVar bestKey = null;
        for (int i = 0; i < items.size(); i++) {
            HVar it = f.temp(t);
            stmts.add(new HStmt.Assign(it, f.conv(items.get(i), t)));
            HExpr k = key == null ? new HExpr.Load(it) : ex.callables.apply(key, List.of(new HExpr.Load(it)), c.pos());
            if (bestKey == null) bestKey = f.temp(k.type());
            HVar kv = f.temp(bestKey.type());
            stmts.add(new HStmt.Assign(kv, f.conv(k, bestKey.type())));
            if (i == 0) {
                stmts.add(new HStmt.Assign(best, new HExpr.Load(it)));
                stmts.add(new HStmt.Assign(bestKey, new HExpr.Load(kv)));
            } else {
                HExpr better = ex.compare(isMax ? CmpOp.Gt : CmpOp.Lt, new HExpr.Load(kv), new HExpr.Load(bestKey), c.pos());
                stmts.add(new HStmt.If(better, List.of(new HStmt.Assign(best, new HExpr.Load(it)),
                        new HStmt.Assign(bestKey, new HExpr.Load(kv))), List.of()));
            }
        }
        return new HExpr.Block(stmts, new HExpr.Load(best));
    }
}
