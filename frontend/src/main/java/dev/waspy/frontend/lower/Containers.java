package dev.waspy.frontend.lower;

import dev.waspy.frontend.syntax.FrozenConstants;

import static dev.waspy.frontend.lower.FunctionLowerer.box;
import static dev.waspy.frontend.lower.FunctionLowerer.intConst;
import static dev.waspy.frontend.lower.FunctionLowerer.rt;

import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.types.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists, dicts and sets as expressions: displays, comprehensions, subscripts and slices, and the
 * stores into them. Every container made here gets the allocation site of the expression that
 * makes it; every store joins the stored type into the cells of the container's sites, so that
 * reads through any alias see it (types.TypeEnv). Elements live boxed in the runtime's objects.
 */
final class Containers {
    private final FunctionLowerer f;
    private final ExprLowerer ex;

    Containers(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    Type newList(Pos pos, String tag) { return new Type.ListT(java.util.Set.of(f.site(pos, tag))); }

    Type newDict(Pos pos, String tag) { return new Type.DictT(java.util.Set.of(f.site(pos, tag))); }

    Type newSet(Pos pos, String tag) { return new Type.SetT(java.util.Set.of(f.site(pos, tag))); }

    static HExpr emptyList(Type t) { return rt("rt_list_empty", t); }

    static HExpr emptyDict(Type t) { return rt("rt_dict_new", t); }

    static HExpr emptySet(Type t) { return rt("rt_set_new", t); }

    /** {@code list.append(item)}, recording the item's type in the list's sites. */
    HStmt append(HExpr list, HExpr item) {
        f.env.joinElem(list.type(), item.type());
        return new HStmt.Eval(rt("rt_list_append", Type.NONE, list, box(item)));
    }

    HStmt add(HExpr set, HExpr item) {
        f.env.joinElem(set.type(), item.type());
        return new HStmt.Eval(rt("rt_set_add", Type.NONE, set, box(item)));
    }

    HStmt put(HExpr dict, HExpr key, HExpr value) {
        f.env.joinElem(dict.type(), key.type());
        f.env.joinValue(dict.type(), value.type());
        return new HStmt.Eval(rt("rt_dict_set", Type.NONE, dict, box(key), box(value)));
    }

    // ---- displays and comprehensions ----

    HExpr list(Expr.List l) {
        Type t = newList(l.pos(), "list");
        if (l.elts().isEmpty()) return emptyList(t);
        HVar v = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(v, emptyList(t)));
        for (Expr e : l.elts()) {
            if (e instanceof Expr.Starred st) ex.sources.of(st.value()).forEach(stmts, item -> List.of(append(new HExpr.Load(v), item)), null);
            else stmts.add(append(new HExpr.Load(v), ex.lower(e)));
        }
        return new HExpr.Block(stmts, new HExpr.Load(v));
    }

    HExpr set(Expr.Set s) {
        Type t = newSet(s.pos(), "set");
        HVar v = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(v, emptySet(t)));
        if (s.elts().size() > 2 && FrozenConstants.isConstantSet(s)) {
            // CPython compiles a display of three or more constants to a frozenset constant merged
            // into a new set (SET_UPDATE): a third table, whose order follows the constant's.
            stmts.add(new HStmt.Eval(rt("rt_set_update", Type.NONE, new HExpr.Load(v), box(frozenConstant(s, t)))));
            return new HExpr.Block(stmts, new HExpr.Load(v));
        }
        for (Expr e : s.elts()) {
            if (e instanceof Expr.Starred st) update(new HExpr.Load(v), st.value(), stmts);
            else stmts.add(add(new HExpr.Load(v), ex.lower(e)));
        }
        return new HExpr.Block(stmts, new HExpr.Load(v));
    }


    /**
     * The frozenset constant CPython makes of a display of constants (for a display of three or
     * more, and for any constant display iterated by a for loop or a comprehension): the compiler
     * builds it from the items, then rebuilds it from its own iteration order when it merges equal
     * constants. Table orders follow each step. Equal constants of a module are merged into the
     * first one (FrozenConstants), whose items give the order.
     */
    HExpr frozenConstant(Expr.Set s, Type t) {
        List<Expr> items = f.frozenConstants.itemsFor(s.elts());
        var stmts = new ArrayList<HStmt>();
        HVar built = f.temp(t);
        stmts.add(new HStmt.Assign(built, emptySet(t)));
        for (Expr e : items) stmts.add(add(new HExpr.Load(built), ex.lower(e)));
        HVar frozen = f.temp(t);
        stmts.add(new HStmt.Assign(frozen, emptySet(t)));
        ex.sources.fromCursor(ex.sources.ofValue(new HExpr.Load(built), s.pos()))
                .forEach(stmts, item -> List.of(add(new HExpr.Load(frozen), item)), null);
        return new HExpr.Block(stmts, new HExpr.Load(frozen));
    }

    /**
     * {@code set.update(iterable)} as CPython's set_update_internal does it for {@code {*x}} and
     * {@code set(x)}: a set is merged table to table and a dict presizes the set, so their items go
     * to the runtime whole; any other iterable is walked and added item by item.
     */
    void update(HExpr set, Expr iterable, List<HStmt> out) {
        if (!ex.sources.isLazy(iterable) && !Sources.isDictView(iterable)) {
            HExpr v = ex.lower(iterable);
            if (v.type() instanceof Type.SetT || v.type() instanceof Type.DictT || v.type() instanceof Type.Obj) {
                f.env.joinElem(set.type(), v.type() instanceof Type.Obj ? Type.OBJ : ex.sources.elemOf(v.type()));
                out.add(new HStmt.Eval(rt("rt_set_update", Type.NONE, set, box(v))));
                return;
            }
            ex.sources.fromCursor(ex.sources.ofValue(v, iterable.pos())).forEach(out, item -> List.of(add(set, item)), null);
            return;
        }
        ex.sources.of(iterable).forEach(out, item -> List.of(add(set, item)), null);
    }

    HExpr dict(Expr.Dict d) {
        Type t = newDict(d.pos(), "dict");
        if (d.keys().isEmpty()) return emptyDict(t);
        HVar v = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(v, emptyDict(t)));
        for (int i = 0; i < d.keys().size(); i++) {
            HExpr k = ex.lower(d.keys().get(i));
            HVar kv = f.temp(k.type());
            stmts.add(new HStmt.Assign(kv, k));
            stmts.add(put(new HExpr.Load(v), new HExpr.Load(kv), ex.lower(d.values().get(i))));
        }
        return new HExpr.Block(stmts, new HExpr.Load(v));
    }

    HExpr listComp(Expr.ListComp c) {
        Type t = newList(c.pos(), "listcomp");
        HVar v = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(v, emptyList(t)));
        ex.sources.comprehension(c.generators(), (u, body) -> body.apply(ex.lower(c.elt())))
                .forEach(stmts, item -> List.of(append(new HExpr.Load(v), item)), null);
        return new HExpr.Block(stmts, new HExpr.Load(v));
    }

    HExpr setComp(Expr.SetComp c) {
        Type t = newSet(c.pos(), "setcomp");
        HVar v = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(v, emptySet(t)));
        ex.sources.comprehension(c.generators(), (u, body) -> body.apply(ex.lower(c.elt())))
                .forEach(stmts, item -> List.of(add(new HExpr.Load(v), item)), null);
        return new HExpr.Block(stmts, new HExpr.Load(v));
    }

    HExpr dictComp(Expr.DictComp c) {
        Type t = newDict(c.pos(), "dictcomp");
        HVar v = f.temp(t);
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(v, emptyDict(t)));
        ex.sources.comprehension(c.generators(), (u, body) -> {
            // Key first, then value (Python 3.8+).
            HExpr k = ex.lower(c.key());
            HVar kv = f.temp(k.type());
            var out = new ArrayList<HStmt>();
            out.add(new HStmt.Assign(kv, k));
            out.add(put(new HExpr.Load(v), new HExpr.Load(kv), ex.lower(c.value())));
            return out;
        }).forEach(stmts, item -> List.of(), null);
        return new HExpr.Block(stmts, new HExpr.Load(v));
    }

    // ---- subscripts ----

    /** {@code value[index]} as a read. */
    HExpr subscript(Expr.Subscript s) {
        HExpr v = ex.lower(s.value());
        if (s.slice() instanceof Expr.Slice sl) return slice(v, sl);
        HExpr k = ex.lower(s.slice());
        return getItem(v, k, s.pos());
    }

    HExpr getItem(HExpr v, HExpr k, Pos pos) {
        Type t = v.type();
        if (ExprLowerer.isUnknown(v) || ExprLowerer.isUnknown(k)) return ExprLowerer.unknown();
        boolean intKey = k.type().isIntLike();
        return switch (t) {
            case Type.Str x when intKey -> rt("rt_str_getitem", Type.STR, v, f.conv(k, Type.INT));
            case Type.ListT x when intKey -> f.conv(rt("rt_list_get", Type.OBJ, v, f.conv(k, Type.INT)), f.env.elem(t));
            case Type.Tuple x when intKey -> tupleItem(v, x, k);
            case Type.DictT x -> f.conv(rt("rt_dict_get", Type.OBJ, v, box(k)), f.env.value(t));
            case Type.Str x -> rt("rt_obj_getitem", Type.OBJ, box(v), box(k));
            case Type.ListT x -> rt("rt_obj_getitem", Type.OBJ, box(v), box(k));
            case Type.Tuple x -> rt("rt_obj_getitem", Type.OBJ, box(v), box(k));
            case Type.Obj x -> rt("rt_obj_getitem", Type.OBJ, v, box(k));
            default -> {
                if (f.infer) yield ExprLowerer.unknown();
                throw f.error(pos, "'" + t.pyName() + "' object is not subscriptable");
            }
        };
    }

    /** A constant index in range is resolved statically; anything else asks the runtime (IndexError). */
    private HExpr tupleItem(HExpr v, Type.Tuple t, HExpr k) {
        int n = t.items().size();
        if (k instanceof HExpr.Const c && c.value() instanceof BigInteger i && i.bitLength() < 31) {
            int idx = i.intValue() < 0 ? i.intValue() + n : i.intValue();
            if (idx >= 0 && idx < n) return new HExpr.TupleGet(v, idx, t.items().get(idx));
        }
        Type elem = t.items().stream().reduce(Type.BOTTOM, Type::join);
        return f.conv(rt("rt_tuple_getitem", Type.OBJ, v, f.conv(k, Type.INT)), elem.equals(Type.BOTTOM) ? Type.OBJ : elem);
    }

    /** A slice bound or step: a boxed int or None. */
    HExpr bound(Expr e) {
        if (e == null) return box(new HExpr.Const(null, Type.NONE));
        HExpr b = ex.lower(e);
        if (b.type().isIntLike() || b.type() instanceof Type.NoneType) return box(b);
        return f.conv(b, Type.OBJ);
    }

    HExpr slice(HExpr v, Expr.Slice sl) {
        Type t = v.type();
        if (ExprLowerer.isUnknown(v)) return ExprLowerer.unknown();
        HExpr lo = bound(sl.lower());
        HExpr hi = bound(sl.upper());
        HExpr st = bound(sl.step());
        return switch (t) {
            case Type.Str x -> rt("rt_str_slice", Type.STR, v, lo, hi, st);
            case Type.ListT x -> rt("rt_list_slice", t, v, lo, hi, st);
            case Type.Tuple x -> new HExpr.Box(rt("rt_tuple_slice", Type.tuple(List.of()), v, lo, hi, st));
            case Type.Obj x -> rt("rt_obj_getslice", Type.OBJ, v, lo, hi, st);
            default -> {
                if (f.infer) yield ExprLowerer.unknown();
                throw f.error(sl.pos(), "'" + t.pyName() + "' object is not subscriptable");
            }
        };
    }

    /** {@code target[index] = value}; the value was evaluated first, as in CPython. */
    void store(Expr.Subscript s, HExpr value, List<HStmt> out) {
        HExpr v = ex.lower(s.value());
        Type t = v.type();
        if (ExprLowerer.isUnknown(v)) return;
        if (s.slice() instanceof Expr.Slice sl) {
            HVar c = f.temp(t);
            out.add(new HStmt.Assign(c, v));
            HExpr lo = bound(sl.lower()), hi = bound(sl.upper()), st = bound(sl.step());
            if (t instanceof Type.ListT) {
                f.env.joinElem(t, ex.sources.elemOf(value.type()));
                if (value.type() instanceof Type.Obj) f.env.joinElem(t, Type.OBJ);
                out.add(new HStmt.Eval(rt("rt_list_setslice", Type.NONE, new HExpr.Load(c), lo, hi, st, box(value))));
                return;
            }
            if (t instanceof Type.Obj) throw Errors.unsupported(f.file, s.pos(), "slice assignment to a value whose type is not known statically");
            if (f.infer) return;
            throw f.error(s.pos(), "'" + t.pyName() + "' object does not support item assignment");
        }
        HExpr k = ex.lower(s.slice());
        if (ExprLowerer.isUnknown(k)) return;
        switch (t) {
            case Type.ListT x when k.type().isIntLike() -> {
                f.env.joinElem(t, value.type());
                out.add(new HStmt.Eval(rt("rt_list_set", Type.NONE, v, f.conv(k, Type.INT), box(value))));
            }
            case Type.DictT x -> out.add(put(v, k, value));
            case Type.ListT x -> out.add(new HStmt.Eval(rt("rt_obj_setitem", Type.NONE, box(v), box(k), box(value))));
            case Type.Obj x -> out.add(new HStmt.Eval(rt("rt_obj_setitem", Type.NONE, v, box(k), f.conv(value, Type.OBJ))));
            default -> {
                if (f.infer) return;
                throw f.error(s.pos(), "'" + t.pyName() + "' object does not support item assignment");
            }
        }
    }

    /** {@code del target[index]}. */
    void delete(Expr.Subscript s, List<HStmt> out) {
        HExpr v = ex.lower(s.value());
        Type t = v.type();
        if (ExprLowerer.isUnknown(v)) return;
        if (s.slice() instanceof Expr.Slice sl) {
            HVar c = f.temp(t);
            out.add(new HStmt.Assign(c, v));
            HExpr lo = bound(sl.lower()), hi = bound(sl.upper()), st = bound(sl.step());
            if (t instanceof Type.ListT) {
                out.add(new HStmt.Eval(rt("rt_list_delslice", Type.NONE, new HExpr.Load(c), lo, hi, st)));
                return;
            }
            if (f.infer) return;
            throw Errors.unsupported(f.file, s.pos(), "deleting a slice of this type");
        }
        HExpr k = ex.lower(s.slice());
        if (ExprLowerer.isUnknown(k)) return;
        switch (t) {
            case Type.ListT x when k.type().isIntLike() -> out.add(new HStmt.Eval(rt("rt_list_delitem", Type.NONE, v, f.conv(k, Type.INT))));
            case Type.DictT x -> out.add(new HStmt.Eval(rt("rt_dict_del", Type.NONE, v, box(k))));
            case Type.ListT x -> out.add(new HStmt.Eval(rt("rt_obj_delitem", Type.NONE, box(v), box(k))));
            case Type.Obj x -> out.add(new HStmt.Eval(rt("rt_obj_delitem", Type.NONE, v, box(k))));
            default -> {
                if (f.infer) return;
                throw f.error(s.pos(), "'" + t.pyName() + "' object doesn't support item deletion");
            }
        }
    }


    static boolean isNone(Expr e) { return e instanceof Expr.Constant c && c.value() instanceof PyNone; }

    /** {@code len(x)} of a container or str already held in a variable. */
    static HExpr len(HExpr v) { return new HExpr.Builtin(BuiltinOp.LEN, List.of(v), Type.INT); }

    static HExpr zero() { return intConst(0); }
}
