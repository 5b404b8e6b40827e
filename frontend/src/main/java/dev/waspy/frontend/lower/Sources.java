package dev.waspy.frontend.lower;

import dev.waspy.frontend.syntax.FrozenConstants;

import static dev.waspy.frontend.lower.FunctionLowerer.box;
import static dev.waspy.frontend.lower.FunctionLowerer.intConst;
import static dev.waspy.frontend.lower.FunctionLowerer.rt;

import dev.waspy.frontend.hir.BinOp;
import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.CmpKind;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.types.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Iteration, for every construct that loops: for statements, comprehensions and the builtins that
 * consume an iterable. Python's iterator protocol is resolved statically where the iterable's type
 * is known (an index loop over a list or str, a counter for range, a lockstep loop for zip and
 * enumerate), and falls back on the runtime's generic iterator ({@code rt_obj_iter}) for dicts,
 * sets and values of unknown type. Lazy builtins (range, enumerate, zip, reversed, map, filter) and
 * generator expressions are never materialized: they exist only as loops of their consumer.
 */
final class Sources {
    /** Pull-style iteration: lockstep consumers (zip, enumerate) and for statements need it. */
    interface Cursor {
        /** Statements before the loop. */
        void init(List<HStmt> out);

        /** The loop condition, evaluated once per iteration; may advance an iterator. */
        HExpr more();

        /**
         * At the top of the loop body (called after {@link #more}): the current item as an expression that is cheap and free of
         * effects to evaluate (loads, or a tuple of loads); statements that compute it go to {@code out}.
         */
        HExpr next(List<HStmt> out);
    }

    /** Push-style iteration: anything that can run a body once per item. */
    interface Source {
        /**
         * Appends a loop running {@code body} once per item. The body evaluates its item exactly
         * once. When {@code exit} is not null, every loop tests that bool variable before each item
         * and stops when it is true (a consumer's early exit out of nested loops).
         */
        void forEach(List<HStmt> out, Function<HExpr, List<HStmt>> body, HVar exit);

        /** A cursor over the same items, or null when only {@link #forEach} works. */
        Cursor cursor();
    }

    private final FunctionLowerer f;
    private final ExprLowerer ex;

    Sources(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    // ---- what an expression iterates over ----

    /** The iteration {@code e} stands for. */
    Source of(Expr e) {
        if ("stdin".equals(ex.sys.sysAttribute(e))) return fromCursor(ex.sys.stdinLines());
        if (e instanceof Expr.GeneratorExp g) return comprehension(g.generators(), (list, body) -> body.apply(ex.lower(g.elt())));
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && isBuiltin(n.id())) {
            Source s = lazyBuiltin(c, n.id());
            if (s != null) return s;
        }
        if (isDictView(e)) {
            var c = (Expr.Call) e;
            var a = (Expr.Attribute) c.func();
            HExpr d = ex.lower(a.value());
            if (d.type() instanceof Type.DictT) return fromCursor(dictView(d, a.attr()));
            return fromCursor(ofValue(ex.methods.call(d, a, c), e.pos()));
        }
        return fromCursor(ofValue(ex.lower(e), e.pos()));
    }

    /**
     * The iteration of a for loop's or a comprehension's iterable: CPython folds a display of
     * constants there into a frozenset constant (fold_iter), whose order can differ from a set's.
     */
    Source ofLoopIterable(Expr e) {
        if (e instanceof Expr.Set s && FrozenConstants.isConstantSet(s)) {
            return fromCursor(ofValue(ex.containers.frozenConstant(s, ex.containers.newSet(s.pos(), "frozenset")), e.pos()));
        }
        return of(e);
    }

    /** Whether {@code e} is a call {@code x.keys()}, {@code x.values()} or {@code x.items()}. */
    static boolean isDictView(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && c.args().isEmpty() && c.keywords().isEmpty()
                && (a.attr().equals("keys") || a.attr().equals("values") || a.attr().equals("items"));
    }

    /** A cursor over {@code e}, or a compile error where only a generator expression would do. */
    Cursor cursorOf(Expr e) { return cursorOf(of(e), e); }

    /** The cursor of a for loop over {@code e} (see {@link #ofLoopIterable}). */
    Cursor loopCursorOf(Expr e) { return cursorOf(ofLoopIterable(e), e); }

    private Cursor cursorOf(Source s, Expr e) {
        Cursor c = s.cursor();
        if (c == null) throw Errors.unsupported(f.file, e.pos(), "a generator expression here (only as the argument of a consuming builtin)");
        return c;
    }

    boolean isBuiltin(String name) {
        return f.innerVar(name) == null && f.scopes.resolve(f.fs, name) == Symbol.BUILTIN;
    }

    /** Whether {@code e} only exists as a loop: a generator expression, a call of a lazy builtin, sys.stdin. */
    boolean isLazy(Expr e) {
        return e instanceof Expr.GeneratorExp || "stdin".equals(ex.sys.sysAttribute(e)) || (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && isBuiltin(n.id())
                && switch (n.id()) {
                    case "range", "enumerate", "zip", "reversed", "map", "filter" -> true;
                    default -> false;
                });
    }

    private Source lazyBuiltin(Expr.Call c, String name) {
        if (!List.of("range", "enumerate", "zip", "reversed", "map", "filter").contains(name)) return null;
        for (Expr a : c.args()) if (a instanceof Expr.Starred st) throw Errors.unsupported(f.file, st.pos(), "*args in calls");
        int n = c.args().size();
        return switch (name) {
            case "range" -> {
                if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), "range() takes no keyword arguments");
                if (n < 1 || n > 3) throw f.error(c.pos(), "range expected " + (n < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + n));
                var args = new ArrayList<HExpr>();
                for (Expr a : c.args()) args.add(rangeArg(a));
                HExpr start = n == 1 ? intConst(0) : args.get(0);
                HExpr stop = n == 1 ? args.get(0) : args.get(1);
                HExpr step = n == 3 ? args.get(2) : intConst(1);
                yield fromCursor(new RangeCursor(start, stop, step));
            }
            case "enumerate" -> {
                HExpr start = intConst(0);
                Expr it = n >= 1 ? c.args().get(0) : null;
                if (n == 2) start = f.conv(ex.lower(c.args().get(1)), Type.INT);
                for (var k : c.keywords()) {
                    if (k.arg().equals("start") && n == 1) start = f.conv(ex.lower(k.value()), Type.INT);
                    else if (k.arg().equals("iterable") && n == 0) it = k.value();
                    else throw f.error(k.pos(), "'" + k.arg() + "' is an invalid keyword argument for enumerate()");
                }
                if (it == null || n > 2) throw f.error(c.pos(), "enumerate() takes at most 2 arguments (" + n + " given)");
                yield fromCursor(new EnumerateCursor(cursorOf(it), start));
            }
            case "zip" -> {
                if (!c.keywords().isEmpty()) throw Errors.unsupported(f.file, c.keywords().get(0).pos(), "keyword arguments of zip()");
                var cs = new ArrayList<Cursor>();
                for (Expr a : c.args()) cs.add(cursorOf(a));
                yield fromCursor(new ZipCursor(cs));
            }
            case "reversed" -> {
                noKeywords(c, name);
                if (n != 1) throw f.error(c.pos(), "reversed expected 1 argument, got " + n);
                yield fromCursor(reversed(c.args().get(0)));
            }
            case "map" -> {
                noKeywords(c, name);
                if (n < 2) throw f.error(c.pos(), "map() must have at least two arguments.");
                if (n > 2) throw Errors.unsupported(f.file, c.pos(), "map() over several iterables");
                Expr fn = c.args().get(0);
                yield fromCursor(new MapCursor(cursorOf(c.args().get(1)), item -> ex.callables.apply(fn, List.of(item), c.pos())));
            }
            case "filter" -> {
                noKeywords(c, name);
                if (n != 2) throw f.error(c.pos(), "filter expected 2 arguments, got " + n);
                Expr fn = c.args().get(0);
                Function<HExpr, HExpr> pred = fn instanceof Expr.Constant k && k.value() instanceof dev.waspy.frontend.syntax.ast.PyNone
                        ? ex::truthy : item -> ex.truthy(ex.callables.apply(fn, List.of(item), c.pos()));
                yield fromCursor(new FilterCursor(cursorOf(c.args().get(1)), pred));
            }
            default -> null;
        };
    }

    private void noKeywords(Expr.Call c, String name) {
        if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), name + "() takes no keyword arguments");
    }

    HExpr rangeArg(Expr a) {
        HExpr e = ex.lower(a);
        Type t = e.type();
        if (t.isIntLike() || t instanceof Type.Obj || t instanceof Type.Bottom) return f.conv(e, Type.INT);
        if (f.infer) return new HExpr.Const(null, Type.BOTTOM);
        throw f.error(a.pos(), "'" + t.pyName() + "' object cannot be interpreted as an integer");
    }

    /** A cursor over a computed value. */
    Cursor ofValue(HExpr v, Pos pos) {
        Type t = v.type();
        return switch (t) {
            case Type.Str s -> new IndexCursor(v, false);
            case Type.ListT l -> new IndexCursor(v, false);
            case Type.Tuple tu -> new IndexCursor(v, false);
            case Type.DictT d -> new IterCursor(v, f.env.elem(t));
            case Type.SetT s -> new IterCursor(v, f.env.elem(t));
            case Type.Obj o -> new IterCursor(v, Type.OBJ);
            case Type.Bottom b -> new NothingCursor(v);
            default -> {
                if (f.infer) yield new NothingCursor(v);
                throw f.error(pos, "'" + t.pyName() + "' object is not iterable");
            }
        };
    }

    /** The element type a cursor over a value of type {@code t} yields (bottom when unknown). */
    Type elemOf(Type t) {
        return switch (t) {
            case Type.Str s -> Type.STR;
            case Type.ListT l -> f.env.elem(t);
            case Type.SetT s -> f.env.elem(t);
            case Type.DictT d -> f.env.elem(t);
            // The empty tuple has no items; its never-used loop variable is an object.
            case Type.Tuple tu -> tu.items().isEmpty() ? Type.OBJ : tu.items().stream().reduce(Type.BOTTOM, Type::join);
            case Type.Obj o -> Type.OBJ;
            default -> Type.BOTTOM;
        };
    }

    private Cursor dictView(HExpr d, String view) {
        Type dt = d.type();
        HVar dv = f.temp(dt);
        Cursor keys = new IterCursor(new HExpr.Load(dv), f.env.elem(dt));
        return new Cursor() {
            public void init(List<HStmt> out) {
                out.add(new HStmt.Assign(dv, d));
                keys.init(out);
            }

            public HExpr more() { return keys.more(); }

            public HExpr next(List<HStmt> out) {
                HExpr k = keys.next(out);
                if (view.equals("keys")) return k;
                Type vt = f.env.value(dt);
                HVar v = f.temp(vt);
                out.add(new HStmt.Assign(v, f.conv(rt("rt_dict_get", Type.OBJ, new HExpr.Load(dv), box(k)), vt)));
                if (view.equals("values")) return new HExpr.Load(v);
                return f.makeTuple(List.of(k, new HExpr.Load(v)));
            }
        };
    }

    private Cursor reversed(Expr arg) {
        if (arg instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range") && isBuiltin("range")
                && c.keywords().isEmpty() && c.args().size() >= 1 && c.args().size() <= 3) {
            int k = c.args().size();
            BigInteger step = k == 3 ? constInt(c.args().get(2)) : BigInteger.ONE;
            if (step == null || step.signum() == 0) throw Errors.unsupported(f.file, arg.pos(), "reversed() of a range whose step is not a non-zero constant");
            HVar start = f.temp(Type.INT);
            HVar stop = f.temp(Type.INT);
            HExpr startE = k == 1 ? intConst(0) : rangeArg(c.args().get(0));
            HExpr stopE = k == 1 ? rangeArg(c.args().get(0)) : rangeArg(c.args().get(1));
            HVar count = f.temp(Type.INT);
            HVar last = f.temp(Type.INT);
            HExpr stepE = new HExpr.Const(step, Type.INT);
            // n = max(0, (stop - start + step - 1) // step) for step > 0, mirrored for step < 0;
            // the items are start + (n-1)*step down to start, i.e. range(last, start - step, -step).
            HExpr diff = step.signum() > 0 ? bin(BinOp.SUB, new HExpr.Load(stop), new HExpr.Load(start))
                    : bin(BinOp.SUB, new HExpr.Load(start), new HExpr.Load(stop));
            BigInteger mag = step.abs();
            HExpr countE = bin(BinOp.FLOORDIV, bin(BinOp.ADD, diff, new HExpr.Const(mag.subtract(BigInteger.ONE), Type.INT)),
                    new HExpr.Const(mag, Type.INT));
            Cursor inner = new RangeCursor(new HExpr.Load(last), bin(BinOp.SUB, new HExpr.Load(start), stepE),
                    new HExpr.Const(step.negate(), Type.INT));
            return new Cursor() {
                public void init(List<HStmt> out) {
                    out.add(new HStmt.Assign(start, startE));
                    out.add(new HStmt.Assign(stop, stopE));
                    out.add(new HStmt.Assign(count, countE));
                    out.add(new HStmt.If(new HExpr.Compare(CmpKind.LT, new HExpr.Load(count), intConst(0)),
                            List.of(new HStmt.Assign(count, intConst(0))), List.of()));
                    out.add(new HStmt.Assign(last, bin(BinOp.ADD, new HExpr.Load(start),
                            bin(BinOp.MUL, bin(BinOp.SUB, new HExpr.Load(count), intConst(1)), stepE))));
                    inner.init(out);
                }

                public HExpr more() { return inner.more(); }

                public HExpr next(List<HStmt> out) { return inner.next(out); }
            };
        }
        HExpr v = ex.lower(arg);
        Type t = v.type();
        if (t instanceof Type.Str || t instanceof Type.ListT || t instanceof Type.Tuple) return new IndexCursor(v, true);
        if (t instanceof Type.Bottom) return new NothingCursor(v);
        // Dicts (and their views), and values known only at run time: the runtime's reverse iterators.
        // Inference must see the same cursor as the final round, or the items' types only appear
        // after the fixpoint.
        if (t instanceof Type.DictT) return new IterCursor(rt("rt_obj_reversed", Type.OBJ, box(v)), f.env.elem(t));
        if (t instanceof Type.Obj) return new IterCursor(rt("rt_obj_reversed", Type.OBJ, v), Type.OBJ);
        if (f.infer) return new NothingCursor(v);
        throw f.error(arg.pos(), "'" + t.pyName() + "' object is not reversible");
    }

    private static BigInteger constInt(Expr e) {
        if (e instanceof Expr.Constant c) return Literals.asInt(c.value());
        if (e instanceof Expr.UnaryOp u && u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.USub) {
            BigInteger v = constInt(u.operand());
            return v == null ? null : v.negate();
        }
        return null;
    }

    private static HExpr bin(BinOp op, HExpr a, HExpr b) { return new HExpr.Binary(op, a, b, Type.INT); }

    // ---- comprehensions ----

    /** The innermost body of a comprehension: given the collected items' consumer, the statements per item. */
    interface Innermost {
        List<HStmt> apply(List<HStmt> unused, Function<HExpr, List<HStmt>> body);
    }

    /**
     * The loops of a comprehension: each clause's iterable (the first one evaluated outside the
     * comprehension's scope), its target bound to fresh variables, its conditions.
     */
    Source comprehension(List<Comprehension> gens, Innermost innermost) {
        return new Source() {
            public void forEach(List<HStmt> out, Function<HExpr, List<HStmt>> body, HVar exit) {
                Source first = ofLoopIterable(gens.get(0).iter());
                var names = new HashMap<String, HVar>();
                f.pushInner(names);
                try {
                    clause(0, first, names, out, body, exit);
                } finally {
                    f.popInner();
                }
            }

            private void clause(int i, Source src, HashMap<String, HVar> names, List<HStmt> out,
                                Function<HExpr, List<HStmt>> body, HVar exit) {
                Comprehension g = gens.get(i);
                src.forEach(out, item -> {
                    var stmts = new ArrayList<HStmt>();
                    bindTarget(g.target(), item, names, stmts);
                    var inner = new ArrayList<HStmt>();
                    if (i + 1 < gens.size()) clause(i + 1, ofLoopIterable(gens.get(i + 1).iter()), names, inner, body, exit);
                    else inner.addAll(innermost.apply(inner, body));
                    for (int k = g.ifs().size() - 1; k >= 0; k--) {
                        HExpr cond = ex.truthy(ex.lower(g.ifs().get(k)));
                        inner = new ArrayList<>(List.of(new HStmt.If(cond, inner, List.of())));
                    }
                    stmts.addAll(inner);
                    return stmts;
                }, exit);
            }

            public Cursor cursor() { return null; }
        };
    }

    /** Binds a comprehension target to fresh variables typed by the item. */
    private void bindTarget(Expr target, HExpr item, HashMap<String, HVar> names, List<HStmt> out) {
        if (target instanceof Expr.Name n) {
            HVar v = f.temp(item.type());
            names.put(n.id(), v);
            out.add(new HStmt.Assign(v, item));
            return;
        }
        List<Expr> elts = target instanceof Expr.Tuple t ? t.elts() : ((Expr.List) target).elts();
        List<HExpr> parts = f.unpack(target, elts, item, out);
        for (int i = 0; i < elts.size(); i++) bindTarget(elts.get(i), parts.get(i), names, out);
    }

    // ---- cursors ----

    Source fromCursor(Cursor c) {
        return new Source() {
            public void forEach(List<HStmt> out, Function<HExpr, List<HStmt>> body, HVar exit) {
                c.init(out);
                HExpr more = c.more();
                var b = new ArrayList<HStmt>();
                HExpr item = c.next(b);
                b.addAll(body.apply(item));
                HExpr cond = exit == null ? more
                        : new HExpr.IfExp(new HExpr.Load(exit), new HExpr.Const(false, Type.BOOL), more, Type.BOOL);
                out.add(new HStmt.While(cond, b, List.of()));
            }

            public Cursor cursor() { return c; }
        };
    }

    /** range(start, stop, step): a counter; a zero step raises ValueError before the first item. */
    final class RangeCursor implements Cursor {
        private final HExpr start, stop, step;
        private final HVar i = f.temp(Type.INT), end = f.temp(Type.INT), st = f.temp(Type.INT);
        private final BigInteger constStep;

        RangeCursor(HExpr start, HExpr stop, HExpr step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.constStep = step instanceof HExpr.Const c && c.value() instanceof BigInteger b ? b : null;
        }

        public void init(List<HStmt> out) {
            out.add(new HStmt.Assign(i, start));
            out.add(new HStmt.Assign(end, stop));
            out.add(new HStmt.Assign(st, step));
            if (constStep == null || constStep.signum() == 0) {
                out.add(new HStmt.If(new HExpr.Compare(CmpKind.EQ, new HExpr.Load(st), intConst(0)),
                        List.of(new HStmt.Raise("ValueError", new HExpr.Const("range() arg 3 must not be zero", Type.STR))), List.of()));
            }
        }

        public HExpr more() {
            HExpr up = new HExpr.Compare(CmpKind.LT, new HExpr.Load(i), new HExpr.Load(end));
            HExpr down = new HExpr.Compare(CmpKind.GT, new HExpr.Load(i), new HExpr.Load(end));
            if (constStep != null && constStep.signum() != 0) return constStep.signum() > 0 ? up : down;
            return new HExpr.IfExp(new HExpr.Compare(CmpKind.GT, new HExpr.Load(st), intConst(0)), up, down, Type.BOOL);
        }

        public HExpr next(List<HStmt> out) {
            HVar item = f.temp(Type.INT);
            out.add(new HStmt.Assign(item, new HExpr.Load(i)));
            out.add(new HStmt.Assign(i, bin(BinOp.ADD, new HExpr.Load(i), new HExpr.Load(st))));
            return new HExpr.Load(item);
        }
    }

    /**
     * An index loop over a str, list or tuple (backwards for reversed()). A list's length is read at
     * every step, as CPython's list iterator does, so items appended by the body are visited.
     */
    final class IndexCursor implements Cursor {
        private final HExpr value;
        private final boolean backwards;
        private final HVar seq, i = f.temp(Type.INT);
        private final Type elem;

        IndexCursor(HExpr value, boolean backwards) {
            this.value = value;
            this.backwards = backwards;
            this.seq = f.temp(value.type());
            this.elem = elemOf(value.type());
        }

        private HExpr len() {
            return switch (value.type()) {
                case Type.Tuple t -> intConst(t.items().size());
                default -> new HExpr.Builtin(BuiltinOp.LEN, List.of(new HExpr.Load(seq)), Type.INT);
            };
        }

        public void init(List<HStmt> out) {
            out.add(new HStmt.Assign(seq, value));
            out.add(new HStmt.Assign(i, backwards ? bin(BinOp.SUB, len(), intConst(1)) : intConst(0)));
        }

        public HExpr more() {
            HExpr below = new HExpr.Compare(CmpKind.LT, new HExpr.Load(i), len());
            if (!backwards) return below;
            return new HExpr.IfExp(new HExpr.Compare(CmpKind.GE, new HExpr.Load(i), intConst(0)), below,
                    new HExpr.Const(false, Type.BOOL), Type.BOOL);
        }

        public HExpr next(List<HStmt> out) {
            HVar item = f.temp(elem);
            HExpr s = new HExpr.Load(seq);
            HExpr idx = new HExpr.Load(i);
            HExpr get = switch (value.type()) {
                case Type.Str x -> rt("rt_str_getitem", Type.STR, s, idx);
                // more() has just checked the index against the current length.
                case Type.ListT x -> f.conv(new HExpr.Builtin(BuiltinOp.LIST_ITEM, List.of(s, idx), Type.OBJ), elem);
                default -> f.conv(rt("rt_tuple_getitem", Type.OBJ, s, idx), elem);
            };
            out.add(new HStmt.Assign(item, get));
            out.add(new HStmt.Assign(i, bin(backwards ? BinOp.SUB : BinOp.ADD, new HExpr.Load(i), intConst(1))));
            return new HExpr.Load(item);
        }
    }

    /** The runtime's iterator protocol: dicts (their keys), sets and values of unknown type. */
    final class IterCursor implements Cursor {
        private final HExpr value;
        private final Type elem;
        private final HVar it = f.temp(Type.OBJ);

        IterCursor(HExpr value, Type elem) {
            this.value = value;
            this.elem = elem;
        }

        public void init(List<HStmt> out) { out.add(new HStmt.Assign(it, rt("rt_obj_iter", Type.OBJ, box(value)))); }

        public HExpr more() { return rt("rt_iter_step", Type.BOOL, new HExpr.Load(it)); }

        public HExpr next(List<HStmt> out) {
            HVar item = f.temp(elem);
            out.add(new HStmt.Assign(item, f.conv(rt("rt_iter_value", Type.OBJ, new HExpr.Load(it)), elem)));
            return new HExpr.Load(item);
        }
    }

    /** While inference has not typed the iterable yet: no items (never reaches the final HIR). */
    final class NothingCursor implements Cursor {
        private final HExpr value;

        NothingCursor(HExpr value) { this.value = value; }

        public void init(List<HStmt> out) { out.add(new HStmt.Eval(value)); }

        public HExpr more() { return new HExpr.Const(false, Type.BOOL); }

        public HExpr next(List<HStmt> out) { return ExprLowerer.unknown(); }
    }

    final class EnumerateCursor implements Cursor {
        private final Cursor inner;
        private final HExpr start;
        private final HVar count = f.temp(Type.INT);

        EnumerateCursor(Cursor inner, HExpr start) {
            this.inner = inner;
            this.start = start;
        }

        public void init(List<HStmt> out) {
            out.add(new HStmt.Assign(count, start));
            inner.init(out);
        }

        public HExpr more() { return inner.more(); }

        public HExpr next(List<HStmt> out) {
            HExpr x = inner.next(out);
            HVar n = f.temp(Type.INT);
            out.add(new HStmt.Assign(n, new HExpr.Load(count)));
            out.add(new HStmt.Assign(count, bin(BinOp.ADD, new HExpr.Load(count), intConst(1))));
            return f.makeTuple(List.of(new HExpr.Load(n), x));
        }
    }

    /**
     * zip: each iterable advanced in turn and its item taken at once, before the next one advances
     * (zip(it, it) pairs consecutive items of one iterator); the first exhausted one ends the loop,
     * as in CPython.
     */
    final class ZipCursor implements Cursor {
        private final List<Cursor> parts;
        private HVar[] items;

        ZipCursor(List<Cursor> parts) { this.parts = parts; }

        public void init(List<HStmt> out) { parts.forEach(c -> c.init(out)); }

        public HExpr more() {
            HExpr no = new HExpr.Const(false, Type.BOOL);
            if (parts.isEmpty()) return no;
            if (items == null) items = new HVar[parts.size()];
            var steps = new ArrayList<HExpr>();
            var takes = new ArrayList<List<HStmt>>();
            for (int i = 0; i < parts.size(); i++) {
                steps.add(parts.get(i).more());
                var take = new ArrayList<HStmt>();
                HExpr x = parts.get(i).next(take);
                if (items[i] == null) items[i] = f.temp(x.type());
                take.add(new HStmt.Assign(items[i], f.conv(x, items[i].type())));
                takes.add(take);
            }
            HExpr cond = new HExpr.Const(true, Type.BOOL);
            for (int i = parts.size() - 1; i >= 0; i--) {
                cond = new HExpr.IfExp(steps.get(i), new HExpr.Block(takes.get(i), cond), no, Type.BOOL);
            }
            return cond;
        }

        public HExpr next(List<HStmt> out) {
            var loads = new ArrayList<HExpr>();
            if (parts.isEmpty()) return f.makeTuple(loads);
            if (items == null) throw new IllegalStateException("zip: an item taken before the loop condition");
            for (HVar v : items) loads.add(new HExpr.Load(v));
            return f.makeTuple(loads);
        }
    }

    final class MapCursor implements Cursor {
        private final Cursor inner;
        private final Function<HExpr, HExpr> fn;

        MapCursor(Cursor inner, Function<HExpr, HExpr> fn) {
            this.inner = inner;
            this.fn = fn;
        }

        public void init(List<HStmt> out) { inner.init(out); }

        public HExpr more() { return inner.more(); }

        public HExpr next(List<HStmt> out) {
            HExpr y = fn.apply(inner.next(out));
            HVar v = f.temp(y.type());
            out.add(new HStmt.Assign(v, y));
            return new HExpr.Load(v);
        }
    }

    /** filter: the loop condition itself loops until an item passes or the iterable ends. */
    final class FilterCursor implements Cursor {
        private final Cursor inner;
        private final Function<HExpr, HExpr> pred;
        private HVar current;

        FilterCursor(Cursor inner, Function<HExpr, HExpr> pred) {
            this.inner = inner;
            this.pred = pred;
        }

        public void init(List<HStmt> out) { inner.init(out); }

        public HExpr more() {
            HVar found = f.temp(Type.BOOL);
            var body = new ArrayList<HStmt>();
            HExpr x = inner.next(body);
            current = f.temp(x.type());
            body.add(new HStmt.Assign(current, x));
            body.add(new HStmt.If(pred.apply(new HExpr.Load(current)),
                    List.of(new HStmt.Assign(found, new HExpr.Const(true, Type.BOOL)), new HStmt.Break()), List.of()));
            var stmts = new ArrayList<HStmt>();
            stmts.add(new HStmt.Assign(found, new HExpr.Const(false, Type.BOOL)));
            stmts.add(new HStmt.While(inner.more(), body, List.of()));
            return new HExpr.Block(stmts, new HExpr.Load(found));
        }

        public HExpr next(List<HStmt> out) {
            if (current == null) throw new IllegalStateException("more() builds the filtering loop before next()");
            return new HExpr.Load(current);
        }
    }
}
