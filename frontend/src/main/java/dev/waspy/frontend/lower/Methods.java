package dev.waspy.frontend.lower;

import static dev.waspy.frontend.lower.FunctionLowerer.box;
import static dev.waspy.frontend.lower.FunctionLowerer.intConst;
import static dev.waspy.frontend.lower.FunctionLowerer.rt;
import static dev.waspy.frontend.types.RuntimeTypeIds.DICT;
import static dev.waspy.frontend.types.RuntimeTypeIds.DICTVIEW;
import static dev.waspy.frontend.types.RuntimeTypeIds.LIST;
import static dev.waspy.frontend.types.RuntimeTypeIds.RANGE;
import static dev.waspy.frontend.types.RuntimeTypeIds.SET;
import static dev.waspy.frontend.types.RuntimeTypeIds.STR;
import static dev.waspy.frontend.types.RuntimeTypeIds.TUPLE;
import static dev.waspy.frontend.types.RuntimeTypeIds.bits;

import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.types.RuntimeTypeIds;
import dev.waspy.frontend.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Method calls, resolved statically from the receiver's type to a runtime function of waspy.h
 * (a receiver whose type is not known statically is refused: there is no dynamic method lookup).
 * Arguments are converted to the runtime's types; results that come back boxed are unboxed to the
 * element type the receiver's sites record.
 */
final class Methods {
    private final FunctionLowerer f;
    private final ExprLowerer ex;

    Methods(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    private static final HExpr NONE = new HExpr.Const(null, Type.NONE);

    HExpr call(Expr.Call c, Expr.Attribute a) {
        HExpr self = ex.lower(a.value());
        return call(self, a, c);
    }

    HExpr call(HExpr self, Expr.Attribute a, Expr.Call c) {
        if (self.type() instanceof Type.ListT && a.attr().equals("sort")) return sort(self, c);
        if (self.type() instanceof Type.Obj && a.attr().equals("sort") && !(f.infer && ExprLowerer.isUnknown(self))) {
            HExpr checked = rt("rt_obj_expect", Type.OBJ, self, intConst(RuntimeTypeIds.LIST), new HExpr.Const("sort", Type.STR));
            return sort(new HExpr.Unbox(checked, new Type.ListT(java.util.Set.of(f.env.unknownSite()))), c);
        }
        var args = new ArrayList<HExpr>();
        // A generator expression (or map(), zip(), ...) passed to a method is collected into a list first.
        for (Expr x : c.args()) args.add(ex.sources.isLazy(x) ? ex.consumers.toList(x, x.pos()) : ex.lower(x));
        var kws = new LinkedHashMap<String, HExpr>();
        for (Keyword k : c.keywords()) kws.put(k.arg(), ex.lower(k.value()));
        return callOn(self, a.attr(), args, kws, c.pos());
    }

    HExpr callOn(HExpr self, String name, List<HExpr> args, Map<String, HExpr> kws, Pos pos) {
        Type t = self.type();
        if (ExprLowerer.isUnknown(self) || args.stream().anyMatch(ExprLowerer::isUnknown)
                || kws.values().stream().anyMatch(ExprLowerer::isUnknown)) {
            if (f.infer) return ExprLowerer.unknown();
        }
        return switch (t) {
            case Type.Str s -> str(self, name, new Args(name, args, kws, pos));
            case Type.ListT l -> list(self, name, new Args(name, args, kws, pos));
            case Type.DictT d -> dict(self, name, new Args(name, args, kws, pos));
            case Type.SetT s -> set(self, name, new Args(name, args, kws, pos));
            case Type.Tuple tu -> tuple(self, name, new Args(name, args, kws, pos));
            case Type.Int i when name.equals("bit_length") || name.equals("bit_count") -> {
                new Args(name, args, kws, pos).arity(0, 0);
                yield rt("rt_int_" + name, Type.INT, self);
            }
            case Type.Float x when name.equals("is_integer") -> {
                new Args(name, args, kws, pos).arity(0, 0);
                yield rt("rt_float_is_integer", Type.BOOL, self);
            }
            case Type.Obj o -> {
                if ((name.equals("copy") || name.equals("clear")) && args.isEmpty() && kws.isEmpty()) {
                    yield name.equals("copy") ? rt("rt_obj_copy", Type.OBJ, self) : rt("rt_obj_clear", Type.NONE, self);
                }
                HExpr shared = sharedMethod(self, name, args, kws);
                if (shared != null) yield shared;
                Type as = ownerOf(name);
                if (as == null) throw Errors.unsupported(f.file, pos, "calling ." + name + "() on a value whose type is not known statically");
                // Only one built-in type has this method: check for it (AttributeError otherwise), then call it.
                int typeId = as instanceof Type.Str ? RuntimeTypeIds.STR : as instanceof Type.ListT ? RuntimeTypeIds.LIST
                        : as instanceof Type.DictT ? RuntimeTypeIds.DICT : RuntimeTypeIds.SET;
                HExpr checked = rt("rt_obj_expect", Type.OBJ, self, intConst(typeId), new HExpr.Const(name, Type.STR));
                yield callOn(new HExpr.Unbox(checked, as), name, args, kws, pos);
            }
            default -> noAttribute(t, name, pos);
        };
    }

    private static final java.util.Set<String> STR_ONLY = java.util.Set.of("split", "rsplit", "splitlines", "join", "strip",
            "lstrip", "rstrip", "replace", "find", "rfind", "rindex", "startswith", "endswith", "upper", "lower", "title",
            "capitalize", "swapcase", "isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal",
            "isnumeric", "isascii", "istitle", "zfill", "ljust", "rjust", "center", "partition", "rpartition", "format",
            "removeprefix", "removesuffix");
    private static final java.util.Set<String> LIST_ONLY = java.util.Set.of("append", "extend", "insert", "sort", "reverse");
    private static final java.util.Set<String> DICT_ONLY = java.util.Set.of("get", "keys", "values", "items", "setdefault", "popitem");
    private static final java.util.Set<String> SET_ONLY = java.util.Set.of("add", "discard", "union", "intersection",
            "difference", "symmetric_difference", "issubset", "issuperset", "intersection_update",
            "difference_update", "symmetric_difference_update");

    /**
     * The one built-in type that has method {@code name}, or null when several do (count, pop, ...).
     * A container reached through an object has escaped: it gets the site of unknown containers.
     */
    private Type ownerOf(String name) {
        if (STR_ONLY.contains(name)) return Type.STR;
        if (LIST_ONLY.contains(name)) return new Type.ListT(java.util.Set.of(f.env.unknownSite()));
        if (DICT_ONLY.contains(name)) return new Type.DictT(java.util.Set.of(f.env.unknownSite()));
        if (SET_ONLY.contains(name)) return new Type.SetT(java.util.Set.of(f.env.unknownSite()));
        return null;
    }

    /** Built-in types per method that several of them have, as type-id bits for rt_obj_expect_any. */
    private static final Map<String, Long> SHARED = Map.of(
            "count", bits(STR, TUPLE, LIST, RANGE), "index", bits(STR, TUPLE, LIST, RANGE), "pop", bits(LIST, DICT, SET),
            "remove", bits(LIST, SET), "update", bits(DICT, SET), "isdisjoint", bits(SET, DICTVIEW));

    /**
     * {@code v.count(x)}, {@code v.pop()}, ... on a value known only at run time, where several
     * built-in types have the method: the receiver is checked first (AttributeError before the
     * arguments are evaluated, as CPython's lookup), then a runtime function dispatches on its
     * type. Null for the forms without one (extra arguments, keywords).
     */
    private HExpr sharedMethod(HExpr self, String name, List<HExpr> args, Map<String, HExpr> kws) {
        if (!SHARED.containsKey(name) || !kws.isEmpty() || args.size() > 1) return null;
        String form = args.isEmpty() ? name : name + "/1";
        String symbol;
        Type result;
        switch (form) {
            case "count/1", "index/1" -> { symbol = "rt_obj_" + name; result = Type.INT; }
            case "pop" -> { symbol = "rt_obj_pop"; result = Type.OBJ; }
            case "pop/1" -> { symbol = "rt_obj_pop_at"; result = Type.OBJ; }
            case "remove/1", "update/1" -> { symbol = "rt_obj_" + name; result = Type.NONE; }
            case "isdisjoint/1" -> { symbol = "rt_obj_isdisjoint"; result = Type.BOOL; }
            default -> { return null; }
        }
        HExpr checked = rt("rt_obj_expect_any", Type.OBJ, self, intConst(SHARED.get(name)), new HExpr.Const(name, Type.STR));
        if (args.isEmpty()) return rt(symbol, result, checked);
        return rt(symbol, result, checked, box(args.get(0)));
    }

    private HExpr noAttribute(Type t, String name, Pos pos) {
        if (f.infer) return ExprLowerer.unknown();
        if (BuiltinAttributes.has(t.pyName(), name)) throw Errors.unsupported(f.file, pos, "the method " + t.pyName() + "." + name + "()");
        throw f.error(pos, "'" + t.pyName() + "' object has no attribute '" + name + "'");
    }

    /** The arguments of one method call, checked against the method's signature. */
    private final class Args {
        final String name;
        final List<HExpr> pos;
        final Map<String, HExpr> kws;
        final Pos at;

        Args(String name, List<HExpr> pos, Map<String, HExpr> kws, Pos at) {
            this.name = name;
            this.pos = pos;
            this.kws = kws;
            this.at = at;
        }

        void arity(int min, int max) {
            if (!kws.isEmpty()) throw f.error(at, name + "() takes no keyword arguments");
            int n = pos.size();
            if (n >= min && n <= max) return;
            if (max == 0) throw f.error(at, name + "() takes no arguments (" + n + " given)");
            if (min == max) throw f.error(at, name + "() takes exactly one argument (" + n + " given)");
            if (n < min) throw f.error(at, name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            throw f.error(at, name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }

        /** Positional-or-keyword parameters (only where CPython accepts keywords). */
        List<HExpr> named(String... params) {
            var out = new ArrayList<HExpr>();
            for (int i = 0; i < params.length; i++) out.add(i < pos.size() ? pos.get(i) : null);
            if (pos.size() > params.length) {
                throw f.error(at, name + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s")
                        + " (" + pos.size() + " given)");
            }
            for (var e : kws.entrySet()) {
                int idx = List.of(params).indexOf(e.getKey());
                if (idx < 0) throw f.error(at, name + "() got an unexpected keyword argument '" + e.getKey() + "'");
                if (out.get(idx) != null) throw f.error(at, "argument for " + name + "() given by name ('" + e.getKey() + "') and position (" + (idx + 1) + ")");
                out.set(idx, e.getValue());
            }
            return out;
        }

        HExpr get(int i) { return pos.get(i); }

        HExpr opt(int i, HExpr dflt) { return i < pos.size() ? pos.get(i) : dflt; }

        HExpr str(int i) { return asStr(pos.get(i)); }

        HExpr asStr(HExpr e) {
            if (e.type() instanceof Type.Str) return e;
            if (e.type() instanceof Type.Obj) return f.conv(e, Type.STR);
            if (f.infer) return new HExpr.Const("", Type.STR);
            throw f.error(at, name + "() argument must be str, not " + e.type().pyName());
        }

        HExpr integer(HExpr e) {
            if (e.type().isIntLike() || e.type() instanceof Type.Obj) return f.conv(e, Type.INT);
            if (f.infer) return intConst(0);
            throw f.error(at, "'" + e.type().pyName() + "' object cannot be interpreted as an integer");
        }
    }

    // ---- str ----

    private HExpr str(HExpr s, String name, Args a) {
        return switch (name) {
            case "split", "rsplit" -> {
                List<HExpr> p = a.named("sep", "maxsplit");
                HExpr sep = p.get(0) == null ? box(NONE) : box(p.get(0));
                HExpr max = p.get(1) == null ? intConst(-1) : a.integer(p.get(1));
                Type t = ex.containers.newList(a.at, name);
                f.env.joinElem(t, Type.STR);
                yield rt("rt_str_" + name, t, s, sep, max);
            }
            case "splitlines" -> {
                List<HExpr> p = a.named("keepends");
                Type t = ex.containers.newList(a.at, name);
                f.env.joinElem(t, Type.STR);
                yield rt("rt_str_splitlines", t, s, p.get(0) == null ? new HExpr.Const(false, Type.BOOL) : ex.truthy(p.get(0)));
            }
            case "join" -> {
                a.arity(1, 1);
                yield join(s, a.get(0));
            }
            case "removeprefix", "removesuffix" -> { a.arity(1, 1); yield rt("rt_str_" + name, Type.STR, s, a.str(0)); }
            case "strip", "lstrip", "rstrip" -> {
                a.arity(0, 1);
                yield rt("rt_str_" + name, Type.STR, s, box(a.opt(0, NONE)));
            }
            case "replace" -> {
                a.arity(2, 3);
                yield rt("rt_str_replace", Type.STR, s, a.str(0), a.str(1), a.pos.size() == 3 ? a.integer(a.get(2)) : intConst(-1));
            }
            case "find", "rfind", "index", "rindex", "count" -> {
                a.arity(1, 3);
                yield rt("rt_str_" + name + "_in", Type.INT, s, a.str(0), box(a.opt(1, NONE)), box(a.opt(2, NONE)));
            }
            case "startswith", "endswith" -> {
                a.arity(1, 3);
                HExpr p = a.get(0);
                // With bounds, CPython's tailmatch decides (an empty affix past the end is False).
                if (a.pos.size() > 1) yield rt("rt_str_" + name + "_in", Type.BOOL, s, box(p), box(a.get(1)), box(a.opt(2, NONE)));
                if (p.type() instanceof Type.Tuple) yield rt("rt_str_" + name + "_tuple", Type.BOOL, s, p);
                yield rt("rt_str_" + name, Type.BOOL, s, a.str(0));
            }
            case "upper", "lower", "title", "capitalize", "swapcase" -> {
                a.arity(0, 0);
                yield rt("rt_str_" + name, Type.STR, s);
            }
            case "isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal", "isnumeric", "isascii", "istitle" -> {
                a.arity(0, 0);
                yield rt("rt_str_" + name, Type.BOOL, s);
            }
            case "zfill" -> {
                a.arity(1, 1);
                yield rt("rt_str_zfill", Type.STR, s, a.integer(a.get(0)));
            }
            case "ljust", "rjust", "center" -> {
                a.arity(1, 2);
                yield rt("rt_str_" + name, Type.STR, s, a.integer(a.get(0)), a.pos.size() == 2 ? a.str(1) : new HExpr.Const(" ", Type.STR));
            }
            case "partition", "rpartition" -> {
                a.arity(1, 1);
                yield rt("rt_str_" + name, Type.tuple(List.of(Type.STR, Type.STR, Type.STR)), s, a.str(0));
            }
            case "format" -> {
                var items = new ArrayList<HExpr>();
                for (HExpr x : a.pos) items.add(box(x));
                HExpr tuple = new HExpr.MakeTuple(items, Type.tuple(items.stream().map(x -> Type.OBJ).toList()));
                HExpr kw;
                if (a.kws.isEmpty()) kw = Containers.emptyDict(ex.containers.newDict(a.at, "format"));
                else {
                    Type dt = ex.containers.newDict(a.at, "format");
                    HVar d = f.temp(dt);
                    var stmts = new ArrayList<HStmt>();
                    stmts.add(new HStmt.Assign(d, Containers.emptyDict(dt)));
                    for (var e : a.kws.entrySet()) stmts.add(ex.containers.put(new HExpr.Load(d), new HExpr.Const(e.getKey(), Type.STR), e.getValue()));
                    kw = new HExpr.Block(stmts, new HExpr.Load(d));
                }
                yield rt("rt_str_format_method", Type.STR, s, tuple, kw);
            }
            default -> noAttribute(Type.STR, name, a.at);
        };
    }

    /** {@code sep.join(items)}: a list goes to the runtime as it is; other iterables are collected first. */
    HExpr join(HExpr sep, HExpr items) {
        if (items.type() instanceof Type.ListT) return rt("rt_str_join_list", Type.STR, sep, items);
        if (items.type() instanceof Type.Tuple) return rt("rt_str_join", Type.STR, sep, items);
        HExpr list = rt("rt_obj_to_list", new Type.ListT(java.util.Set.of()), box(items));
        return rt("rt_str_join_list", Type.STR, sep, list);
    }

    // ---- list ----

    private HExpr list(HExpr l, String name, Args a) {
        Type t = l.type();
        Type elem = f.env.elem(t);
        return switch (name) {
            case "append" -> {
                a.arity(1, 1);
                yield new HExpr.Block(List.of(ex.containers.append(l, a.get(0))), NONE);
            }
            case "extend" -> {
                a.arity(1, 1);
                HExpr other = a.get(0);
                f.env.joinElem(t, ex.sources.elemOf(other.type()));
                if (other.type() instanceof Type.ListT) yield rt("rt_list_extend", Type.NONE, l, other);
                yield rt("rt_list_extend_iter", Type.NONE, l, f.conv(other, Type.OBJ));
            }
            case "insert" -> {
                a.arity(2, 2);
                f.env.joinElem(t, a.get(1).type());
                yield rt("rt_list_insert", Type.NONE, l, a.integer(a.get(0)), box(a.get(1)));
            }
            case "pop" -> {
                a.arity(0, 1);
                yield f.conv(rt("rt_list_pop", Type.OBJ, l, a.pos.isEmpty() ? intConst(-1) : a.integer(a.get(0))), elem);
            }
            case "remove" -> { a.arity(1, 1); yield rt("rt_list_remove", Type.NONE, l, box(a.get(0))); }
            case "index" -> {
                a.arity(1, 3);
                if (a.pos.size() == 1) yield rt("rt_list_index", Type.INT, l, box(a.get(0)));
                yield indexFrom(l, a);
            }
            case "count" -> { a.arity(1, 1); yield rt("rt_list_count", Type.INT, l, box(a.get(0))); }
            case "reverse" -> { a.arity(0, 0); yield rt("rt_list_reverse", Type.NONE, l); }
            case "clear" -> { a.arity(0, 0); yield rt("rt_list_clear", Type.NONE, l); }
            case "copy" -> { a.arity(0, 0); yield rt("rt_list_copy", t, l); }
            default -> noAttribute(t, name, a.at);
        };
    }

    /**
     * {@code l.index(x, start[, stop])}: the index within the slice {@code l[start:stop]} plus the
     * slice's clamped start, which is what CPython computes (same message when x is missing).
     */
    private HExpr indexFrom(HExpr l, Args a) {
        var stmts = new ArrayList<HStmt>();
        HVar lv = f.temp(l.type());
        stmts.add(new HStmt.Assign(lv, l));
        HVar x = f.temp(a.get(0).type());
        stmts.add(new HStmt.Assign(x, a.get(0)));
        HVar start = f.temp(Type.INT);
        stmts.add(new HStmt.Assign(start, a.integer(a.get(1))));
        HExpr stop = a.pos.size() == 3 ? box(a.integer(a.get(2))) : box(NONE);
        HExpr slice = rt("rt_list_slice", l.type(), new HExpr.Load(lv), box(new HExpr.Load(start)), stop, box(NONE));
        HVar found = f.temp(Type.INT);
        stmts.add(new HStmt.Assign(found, rt("rt_list_index", Type.INT, slice, box(new HExpr.Load(x)))));
        HExpr zero = intConst(0);
        var lt = dev.waspy.frontend.hir.CmpKind.LT;
        stmts.add(new HStmt.If(new HExpr.Compare(lt, new HExpr.Load(start), zero), List.of(
                new HStmt.Assign(start, new HExpr.Binary(dev.waspy.frontend.hir.BinOp.ADD, new HExpr.Load(start),
                        Containers.len(new HExpr.Load(lv)), Type.INT)),
                new HStmt.If(new HExpr.Compare(lt, new HExpr.Load(start), zero), List.of(new HStmt.Assign(start, zero)), List.of())),
                List.of()));
        return new HExpr.Block(stmts, new HExpr.Binary(dev.waspy.frontend.hir.BinOp.ADD, new HExpr.Load(found), new HExpr.Load(start), Type.INT));
    }

    /** {@code list.sort(key=..., reverse=...)}: keys are computed first, in order, then sorted stably. */
    private HExpr sort(HExpr l, Expr.Call c) {
        if (!c.args().isEmpty()) throw f.error(c.pos(), "sort() takes no positional arguments");
        Expr key = null;
        HExpr reverse = new HExpr.Const(false, Type.BOOL);
        for (Keyword k : c.keywords()) {
            switch (k.arg()) {
                case "key" -> key = Containers.isNone(k.value()) ? null : k.value();
                case "reverse" -> reverse = ex.truthy(ex.lower(k.value()));
                default -> throw f.error(k.pos(), "sort() got an unexpected keyword argument '" + k.arg() + "'");
            }
        }
        HVar lv = f.temp(l.type());
        var stmts = new ArrayList<HStmt>();
        stmts.add(new HStmt.Assign(lv, l));
        sortInPlace(new HExpr.Load(lv), key, reverse, c.pos(), stmts);
        return new HExpr.Block(stmts, NONE);
    }

    /** Sorts the list held in {@code l} (a load), by {@code key} (a function value) if given. */
    void sortInPlace(HExpr l, Expr key, HExpr reverse, Pos pos, List<HStmt> out) {
        if (key == null) {
            out.add(new HStmt.Eval(rt("rt_list_sort", Type.NONE, l, reverse)));
            return;
        }
        HVar rev = f.temp(Type.BOOL);
        out.add(new HStmt.Assign(rev, reverse));
        Type kt = ex.containers.newList(pos, "sortkeys");
        HVar keys = f.temp(kt);
        out.add(new HStmt.Assign(keys, Containers.emptyList(kt)));
        ex.sources.fromCursor(ex.sources.ofValue(l, pos)).forEach(out,
                item -> List.of(ex.containers.append(new HExpr.Load(keys), ex.callables.apply(key, List.of(item), pos))), null);
        out.add(new HStmt.Eval(rt("rt_list_sort_keyed", Type.NONE, l, new HExpr.Load(keys), new HExpr.Load(rev))));
    }

    // ---- dict ----

    private HExpr dict(HExpr d, String name, Args a) {
        Type t = d.type();
        Type vt = f.env.value(t);
        return switch (name) {
            case "get" -> {
                a.arity(1, 2);
                HExpr dflt = a.opt(1, NONE);
                Type rt = Type.join(vt, dflt.type());
                yield f.conv(rt("rt_dict_get_default", Type.OBJ, d, box(a.get(0)), box(dflt)), rt);
            }
            case "pop" -> {
                a.arity(1, 2);
                if (a.pos.size() == 1) yield f.conv(rt("rt_dict_pop", Type.OBJ, d, box(a.get(0))), vt);
                yield f.conv(rt("rt_dict_pop_default", Type.OBJ, d, box(a.get(0)), box(a.get(1))), Type.join(vt, a.get(1).type()));
            }
            case "setdefault" -> {
                a.arity(1, 2);
                HExpr dflt = a.opt(1, NONE);
                f.env.joinElem(t, a.get(0).type());
                f.env.joinValue(t, dflt.type());
                yield f.conv(rt("rt_dict_setdefault", Type.OBJ, d, box(a.get(0)), box(dflt)), f.env.value(t));
            }
            case "update" -> {
                a.arity(1, 1);
                HExpr other = a.get(0);
                if (other.type() instanceof Type.DictT) {
                    f.env.joinElem(t, f.env.elem(other.type()));
                    f.env.joinValue(t, f.env.value(other.type()));
                    yield rt("rt_dict_update", Type.NONE, d, box(other));
                }
                f.env.joinElem(t, Type.OBJ);
                f.env.joinValue(t, Type.OBJ);
                yield rt("rt_dict_update", Type.NONE, d, f.conv(other, Type.OBJ));
            }
            case "copy" -> { a.arity(0, 0); yield rt("rt_dict_copy", t, d); }
            case "clear" -> { a.arity(0, 0); yield rt("rt_dict_clear", Type.NONE, d); }
            case "popitem" -> {
                a.arity(0, 0);
                yield rt("rt_dict_popitem", Type.tuple(List.of(f.env.elem(t), vt)), d);
            }
            case "keys", "values", "items" -> { a.arity(0, 0); yield rt("rt_dict_" + name + "_view", Type.OBJ, d); }
            default -> noAttribute(t, name, a.at);
        };
    }

    // ---- set ----

    private HExpr set(HExpr s, String name, Args a) {
        Type t = s.type();
        return switch (name) {
            case "add" -> { a.arity(1, 1); yield new HExpr.Block(List.of(ex.containers.add(s, a.get(0))), NONE); }
            case "remove", "discard" -> { a.arity(1, 1); yield rt("rt_set_" + name, Type.NONE, s, box(a.get(0))); }
            case "pop" -> { a.arity(0, 0); yield f.conv(rt("rt_set_pop", Type.OBJ, s), f.env.elem(t)); }
            case "clear" -> { a.arity(0, 0); yield rt("rt_set_clear", Type.NONE, s); }
            case "copy" -> { a.arity(0, 0); yield rt("rt_set_copy", t, s); }
            case "union", "intersection", "difference" -> setAlgebra(s, name, a);
            case "symmetric_difference" -> {
                a.arity(1, 1);
                HExpr o = a.get(0);
                if (o.type() instanceof Type.SetT) yield rt("rt_set_symmetric_difference", Type.join(t, o.type()), s, o);
                Type r = resultSet(t, List.of(o), a.at);
                yield rt("rt_set_symmetric_difference_obj", r, s, box(o));
            }
            case "issubset", "issuperset", "isdisjoint" -> {
                a.arity(1, 1);
                yield rt("rt_set_" + name, Type.BOOL, s, asSet(a.get(0), a.at));
            }
            case "update" -> {
                a.arity(1, 1);
                f.env.joinElem(t, ex.sources.elemOf(a.get(0).type()));
                yield rt("rt_set_update", Type.NONE, s, box(a.get(0)));
            }
            case "intersection_update", "difference_update" -> {
                // Several arguments are applied one after the other, as CPython does.
                if (a.pos.isEmpty()) { a.arity(0, 0); yield NONE; }
                if (!a.kws.isEmpty()) a.arity(1, 1);
                var steps = new ArrayList<HStmt>();
                for (HExpr o : a.pos) {
                    if (name.startsWith("intersection")) f.env.joinElem(t, ex.sources.elemOf(o.type()));
                    steps.add(new HStmt.Eval(o.type() instanceof Type.SetT ? rt("rt_set_" + name, Type.NONE, s, o)
                            : rt("rt_set_" + name + "_obj", Type.NONE, s, box(o))));
                }
                yield new HExpr.Block(steps, NONE);
            }
            case "symmetric_difference_update" -> {
                a.arity(1, 1);
                HExpr o = a.get(0);
                f.env.joinElem(t, ex.sources.elemOf(o.type()));
                if (o.type() instanceof Type.SetT) yield rt("rt_set_symmetric_difference_update", Type.NONE, s, o);
                yield rt("rt_set_symmetric_difference_update_obj", Type.NONE, s, box(o));
            }
            default -> noAttribute(t, name, a.at);
        };
    }

    /**
     * s.union(...), s.intersection(...), s.difference(...) with any number of iterables, each
     * step by CPython's algorithm for that kind of argument (so the result iterates in CPython's
     * order): a copy of s updated by each, intersections chained, a difference then removals.
     */
    private HExpr setAlgebra(HExpr s, String name, Args a) {
        if (!a.kws.isEmpty()) a.arity(1, 1);
        Type t = s.type();
        List<HExpr> others = a.pos;
        if (others.size() == 1 && others.get(0).type() instanceof Type.SetT o) {
            return rt("rt_set_" + name, Type.join(t, o), s, others.get(0));
        }
        if (others.isEmpty()) return rt("rt_set_copy", t, s);
        Type r = resultSet(t, name.equals("difference") ? List.of() : others, a.at);
        HVar self = f.temp(t);
        HVar acc = f.temp(r);
        var steps = new ArrayList<HStmt>();
        steps.add(new HStmt.Assign(self, s));
        HExpr sv = new HExpr.Load(self);
        switch (name) {
            case "union" -> {
                steps.add(new HStmt.Assign(acc, rt("rt_set_copy", r, sv)));
                for (HExpr o : others) steps.add(new HStmt.Eval(rt("rt_set_union_step", Type.NONE, new HExpr.Load(acc), sv, box(o))));
            }
            case "intersection" -> {
                steps.add(new HStmt.Assign(acc, rt("rt_set_intersection_obj", r, sv, box(others.get(0)))));
                for (HExpr o : others.subList(1, others.size())) {
                    steps.add(new HStmt.Assign(acc, rt("rt_set_intersection_obj", r, new HExpr.Load(acc), box(o))));
                }
            }
            default -> {
                steps.add(new HStmt.Assign(acc, rt("rt_set_difference_obj", r, sv, box(others.get(0)))));
                for (HExpr o : others.subList(1, others.size())) {
                    steps.add(new HStmt.Eval(rt("rt_set_difference_update_obj", Type.NONE, new HExpr.Load(acc), box(o))));
                }
            }
        }
        return new HExpr.Block(steps, new HExpr.Load(acc));
    }

    /** A new set (its own site) holding the elements of s and of the iterables `from`. */
    private Type resultSet(Type s, List<HExpr> from, Pos pos) {
        Type r = ex.containers.newSet(pos, "setop");
        f.env.joinElem(r, f.env.elem(s));
        for (HExpr o : from) {
            f.env.joinElem(r, ex.sources.elemOf(o.type()));
            if (o.type() instanceof Type.Obj) f.env.joinElem(r, Type.OBJ);
        }
        return r;
    }

    /** A set operand: a set as it is, any other iterable collected into a new set. */
    HExpr asSet(HExpr o, Pos pos) {
        if (o.type() instanceof Type.SetT) return o;
        Type st = ex.containers.newSet(pos, "asset");
        f.env.joinElem(st, ex.sources.elemOf(o.type()));
        if (o.type() instanceof Type.Obj) f.env.joinElem(st, Type.OBJ);
        return rt("rt_obj_to_set", st, box(o));
    }

    // ---- tuple ----

    private HExpr tuple(HExpr t, String name, Args a) {
        return switch (name) {
            case "count" -> { a.arity(1, 1); yield rt("rt_tuple_count", Type.INT, t, box(a.get(0))); }
            case "index" -> { a.arity(1, 1); yield rt("rt_tuple_index", Type.INT, t, box(a.get(0))); }
            default -> noAttribute(t.type(), name, a.at);
        };
    }
}
