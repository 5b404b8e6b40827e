package dev.waspy.frontend.lower;

import dev.waspy.frontend.hir.BinOp;
import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.CmpKind;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.hir.UnOp;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.types.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Types and lowers expressions by Python's rules: bool arithmetic is int arithmetic; int with
 * float is float; {@code int / int} is float; {@code int ** int} is int only for a non-negative
 * constant exponent (else it may be a float: object); anything involving an object, or mixing
 * types whose exact comparison needs care (int with float), goes through the boxed operations.
 */
final class ExprLowerer {
    private final FunctionLowerer f;
    final CallLowerer calls;
    final Sources sources;
    final Callables callables;
    final Methods methods;
    final Containers containers;
    final Consumers consumers;
    final SysStreams sys;
    private final Chains chains;

    ExprLowerer(FunctionLowerer f) {
        this.f = f;
        this.calls = new CallLowerer(f, this);
        this.sources = new Sources(f, this);
        this.callables = new Callables(f, this);
        this.methods = new Methods(f, this);
        this.containers = new Containers(f, this);
        this.consumers = new Consumers(f, this);
        this.sys = new SysStreams(f, this);
        this.chains = new Chains(f, this);
    }

    HExpr lower(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> name(n);
            case Expr.BinOp b -> binary(b.op(), lower(b.left()), lower(b.right()), b.right(), b.pos());
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> boolOp(b.op() == dev.waspy.frontend.syntax.ast.BoolOp.And, b.values(), 0);
            case Expr.IfExp i -> {
                HExpr cond = truthy(lower(i.test()));
                HExpr a = lower(i.body());
                HExpr b = lower(i.orelse());
                Type t = Type.join(a.type(), b.type());
                yield new HExpr.IfExp(cond, f.conv(a, t), f.conv(b, t), t);
            }
            case Expr.Compare c -> compareChain(c);
            case Expr.Call c -> calls.call(c);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue v -> formatted(v);
            case Expr.Tuple t -> {
                if (t.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                    // (*xs, y): the items gathered as by a list display, then frozen into a tuple.
                    HExpr list = containers.list(new Expr.List(t.elts(), null, t.pos()));
                    yield new HExpr.Box(FunctionLowerer.rt("rt_tuple_from_list", Type.tuple(List.of()), list));
                }
                var items = new ArrayList<HExpr>();
                for (Expr x : t.elts()) items.add(lower(x));
                yield f.makeTuple(items);
            }
            case Expr.List l -> containers.list(l);
            case Expr.Dict d -> containers.dict(d);
            case Expr.Set st -> containers.set(st);
            case Expr.ListComp lc -> containers.listComp(lc);
            case Expr.SetComp sc -> containers.setComp(sc);
            case Expr.DictComp dc -> containers.dictComp(dc);
            case Expr.Subscript sub -> containers.subscript(sub);
            case Expr.GeneratorExp g -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, g.pos(),
                    "a generator expression other than as the argument of a consuming builtin (sum, any, list, ...)");
            case Expr.Lambda l -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, l.pos(),
                    "a lambda other than as a key= or map/filter function");
            case Expr.Attribute a when sys.sysAttribute(a) != null -> sys.attribute(a);
            case Expr.Attribute a -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, a.pos(), "attribute access other than a method call");
            default -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, e.pos(), "this expression");
        };
    }

    private HExpr constant(Expr.Constant c) {
        Object v = c.value();
        BigInteger i = Literals.asInt(v);
        if (i != null) return new HExpr.Const(i, Type.INT);
        return switch (v) {
            case Double d -> new HExpr.Const(d, Type.FLOAT);
            case Boolean b -> new HExpr.Const(b, Type.BOOL);
            case String s -> new HExpr.Const(s, Type.STR);
            case PyNone n -> new HExpr.Const(null, Type.NONE);
            default -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, c.pos(), "this constant");
        };
    }

    private HExpr name(Expr.Name n) {
        HVar inner = f.innerVar(n.id());
        if (inner != null) return new HExpr.Load(inner);
        Symbol s = f.scopes.resolve(f.fs, n.id());
        if (s != Symbol.LOCAL && s != Symbol.GLOBAL) {
            throw dev.waspy.frontend.scope.Errors.unsupported(f.file, n.pos(), "using '" + n.id() + "' as a value");
        }
        return new HExpr.Load(f.var(n.id(), n.pos()));
    }

    /** A placeholder while inference has not reached a type yet; never survives to the final HIR. */
    static HExpr unknown() { return new HExpr.Const(null, Type.BOTTOM); }

    private HExpr typeError(Pos pos, String msg) {
        if (f.infer) return unknown();
        throw f.error(pos, msg);
    }

    static boolean isUnknown(HExpr e) { return e.type().hasBottom(); }

    // ---- truth values ----

    HExpr truthy(HExpr e) {
        if (e.type() instanceof Type.Bool) return e;
        return new HExpr.Truthy(e);
    }

    // ---- arithmetic ----

    private static BinOp binOp(Operator op) {
        return switch (op) {
            case Add -> BinOp.ADD;
            case Sub -> BinOp.SUB;
            case Mult -> BinOp.MUL;
            case Div -> BinOp.DIV;
            case FloorDiv -> BinOp.FLOORDIV;
            case Mod -> BinOp.MOD;
            case Pow -> BinOp.POW;
            case LShift -> BinOp.LSHIFT;
            case RShift -> BinOp.RSHIFT;
            case BitAnd -> BinOp.AND;
            case BitOr -> BinOp.OR;
            case BitXor -> BinOp.XOR;
            case MatMult -> throw new IllegalArgumentException("@");
        };
    }

    /** {@code l op r}; {@code rightSyntax} lets {@code **} see a constant exponent. */
    HExpr binary(Operator operator, HExpr l, HExpr r, Expr rightSyntax, Pos pos) {
        BinOp op = binOp(operator);
        if (isUnknown(l) || isUnknown(r)) return f.infer ? unknown() : typeError(pos, "internal: unknown operand type");
        Type lt = l.type();
        Type rt = r.type();
        if (lt instanceof Type.Obj || rt instanceof Type.Obj) return boxed(op, l, r);
        boolean bitwise = op == BinOp.AND || op == BinOp.OR || op == BinOp.XOR;
        if (lt instanceof Type.Bool && rt instanceof Type.Bool && bitwise) {
            return new HExpr.Binary(op, l, r, Type.BOOL);
        }
        if (lt.isIntLike() && rt.isIntLike()) {
            HExpr a = f.conv(l, Type.INT);
            HExpr b = f.conv(r, Type.INT);
            if (op == BinOp.DIV) return new HExpr.Binary(op, a, b, Type.FLOAT);
            if (op == BinOp.POW && !nonNegativeIntConstant(rightSyntax)) return boxed(op, a, b);
            return new HExpr.Binary(op, a, b, Type.INT);
        }
        if (lt.isNumeric() && rt.isNumeric()) {
            if (bitwise || op == BinOp.LSHIFT || op == BinOp.RSHIFT) return unsupportedOperands(op, lt, rt, pos);
            return new HExpr.Binary(op, f.conv(l, Type.FLOAT), f.conv(r, Type.FLOAT), Type.FLOAT);
        }
        if (lt instanceof Type.Str && rt instanceof Type.Str && op == BinOp.ADD) {
            return new HExpr.Binary(op, l, r, Type.STR);
        }
        if ((lt instanceof Type.Str || rt instanceof Type.Str) && (op == BinOp.MUL || op == BinOp.MOD)) {
            if (op == BinOp.MUL && (lt.isIntLike() || rt.isIntLike())) {
                HExpr folded = repeatConstant(l, r);
                if (folded != null) return folded;
                HExpr s = lt instanceof Type.Str ? l : r;
                HExpr n = s == l ? r : l;
                return s == l ? FunctionLowerer.rt("rt_str_repeat", Type.STR, s, f.conv(n, Type.INT))
                        : seqFirst(n, s, (cnt, str) -> FunctionLowerer.rt("rt_str_repeat", Type.STR, str, f.conv(cnt, Type.INT)));
            }
            if (op == BinOp.MOD && lt instanceof Type.Str) {
                return FunctionLowerer.rt("rt_str_mod", Type.STR, l, FunctionLowerer.box(r));
            }
        }
        HExpr seq = sequenceOp(op, l, r);
        if (seq != null) return seq;
        return unsupportedOperands(op, lt, rt, pos);
    }

    /** Evaluates {@code a} then {@code b} into temporaries and combines them (operands in source order). */
    private HExpr seqFirst(HExpr a, HExpr b, java.util.function.BinaryOperator<HExpr> combine) {
        HVar ta = f.temp(a.type());
        HVar tb = f.temp(b.type());
        return new HExpr.Let(ta, a, new HExpr.Let(tb, b, combine.apply(new HExpr.Load(ta), new HExpr.Load(tb))));
    }

    /** + and * on lists and tuples, | & - ^ on sets; null for any other combination. */
    private HExpr sequenceOp(BinOp op, HExpr l, HExpr r) {
        Type lt = l.type();
        Type rt = r.type();
        if (lt instanceof Type.ListT && rt instanceof Type.ListT && op == BinOp.ADD) {
            return FunctionLowerer.rt("rt_list_concat", Type.join(lt, rt), l, r);
        }
        if (op == BinOp.MUL && lt instanceof Type.ListT && rt.isIntLike()) return FunctionLowerer.rt("rt_list_repeat", lt, l, f.conv(r, Type.INT));
        if (op == BinOp.MUL && rt instanceof Type.ListT && lt.isIntLike()) {
            return seqFirst(l, r, (n, list) -> FunctionLowerer.rt("rt_list_repeat", rt, list, f.conv(n, Type.INT)));
        }
        if (lt instanceof Type.Tuple a && rt instanceof Type.Tuple b && op == BinOp.ADD) {
            HVar ta = f.temp(lt);
            HVar tb = f.temp(rt);
            var items = new ArrayList<HExpr>();
            for (int i = 0; i < a.items().size(); i++) items.add(new HExpr.TupleGet(new HExpr.Load(ta), i, a.items().get(i)));
            for (int i = 0; i < b.items().size(); i++) items.add(new HExpr.TupleGet(new HExpr.Load(tb), i, b.items().get(i)));
            Type t = Type.tuple(items.stream().map(HExpr::type).toList());
            HExpr made = t instanceof Type.Tuple ? new HExpr.MakeTuple(items, t)
                    : new HExpr.Box(FunctionLowerer.rt("rt_tuple_concat", Type.tuple(List.of()), new HExpr.Load(ta), new HExpr.Load(tb)));
            return new HExpr.Let(ta, l, new HExpr.Let(tb, r, made));
        }
        if (op == BinOp.MUL && (lt instanceof Type.Tuple || rt instanceof Type.Tuple) && (lt.isIntLike() || rt.isIntLike())) {
            HExpr t = lt instanceof Type.Tuple ? l : r;
            HExpr n = t == l ? r : l;
            if (n instanceof HExpr.Const c && c.value() instanceof java.math.BigInteger k && k.signum() >= 0 && k.intValue() <= 16
                    && k.bitLength() < 8) {
                HVar tv = f.temp(t.type());
                var items = new ArrayList<HExpr>();
                var its = ((Type.Tuple) t.type()).items();
                for (int rep = 0; rep < k.intValue(); rep++) {
                    for (int i = 0; i < its.size(); i++) items.add(new HExpr.TupleGet(new HExpr.Load(tv), i, its.get(i)));
                }
                Type tt = Type.tuple(items.stream().map(HExpr::type).toList());
                if (tt instanceof Type.Tuple) return new HExpr.Let(tv, t, new HExpr.MakeTuple(items, tt));
            }
            return new HExpr.Binary(op, FunctionLowerer.box(l), FunctionLowerer.box(r), Type.OBJ);
        }
        if (lt instanceof Type.SetT && rt instanceof Type.SetT) {
            String fn = switch (op) {
                case OR -> "rt_set_union";
                case AND -> "rt_set_intersection";
                case SUB -> "rt_set_difference";
                case XOR -> "rt_set_symmetric_difference";
                default -> null;
            };
            if (fn != null) return FunctionLowerer.rt(fn, Type.join(lt, rt), l, r);
        }
        if (lt instanceof Type.DictT && rt instanceof Type.DictT && op == BinOp.OR) {
            return FunctionLowerer.rt("rt_dict_or", Type.join(lt, rt), l, r);
        }
        return null;
    }

    /** {@code "-" * 20}: both operands constant, computed here (a rule line is the common case). */
    private static HExpr repeatConstant(HExpr l, HExpr r) {
        HExpr str = l.type() instanceof Type.Str ? l : r;
        HExpr count = str == l ? r : l;
        if (!(str instanceof HExpr.Const s) || !(count instanceof HExpr.Const c)) return null;
        BigInteger n = c.value() instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) c.value();
        String text = (String) s.value();
        if (n.signum() <= 0 || text.isEmpty()) return new HExpr.Const("", Type.STR);
        if (n.bitLength() > 20 || (long) text.length() * n.intValue() > 100_000) return null;
        return new HExpr.Const(text.repeat(n.intValue()), Type.STR);
    }

    private HExpr unsupportedOperands(BinOp op, Type lt, Type rt, Pos pos) {
        return typeError(pos, "unsupported operand type(s) for " + op.symbol + ": '" + lt.pyName() + "' and '" + rt.pyName() + "'");
    }

    private HExpr boxed(BinOp op, HExpr l, HExpr r) {
        return new HExpr.Binary(op, f.conv(l, Type.OBJ), f.conv(r, Type.OBJ), Type.OBJ);
    }

    private static boolean nonNegativeIntConstant(Expr e) {
        if (e instanceof Expr.Constant c) {
            BigInteger v = Literals.asInt(c.value());
            return (v != null && v.signum() >= 0) || c.value() instanceof Boolean;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.UAdd) {
            return nonNegativeIntConstant(u.operand());
        }
        return false;
    }

    private HExpr unary(Expr.UnaryOp u) {
        HExpr e = lower(u.operand());
        if (isUnknown(e)) return u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.Not ? new HExpr.Const(null, Type.BOOL) : unknown();
        Type t = e.type();
        return switch (u.op()) {
            case Not -> new HExpr.Unary(UnOp.NOT, truthy(e), Type.BOOL);
            case USub, UAdd -> {
                UnOp op = u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.USub ? UnOp.NEG : UnOp.POS;
                // A negative literal is a constant (-5 parses as the negation of 5).
                if (op == UnOp.NEG && e instanceof HExpr.Const c && c.value() instanceof BigInteger v) {
                    yield new HExpr.Const(v.negate(), Type.INT);
                }
                if (op == UnOp.NEG && e instanceof HExpr.Const c && c.value() instanceof Double v) {
                    yield new HExpr.Const(-v, Type.FLOAT);
                }
                if (t.isIntLike()) {
                    HExpr i = f.conv(e, Type.INT);
                    yield op == UnOp.POS ? i : new HExpr.Unary(op, i, Type.INT);
                }
                if (t instanceof Type.Float) yield op == UnOp.POS ? e : new HExpr.Unary(op, e, Type.FLOAT);
                if (t instanceof Type.Obj) yield new HExpr.Unary(op, e, Type.OBJ);
                yield typeError(u.pos(), "bad operand type for unary " + op.symbol + ": '" + t.pyName() + "'");
            }
            case Invert -> {
                if (t.isIntLike()) yield new HExpr.Unary(UnOp.INVERT, f.conv(e, Type.INT), Type.INT);
                if (t instanceof Type.Obj) yield new HExpr.Unary(UnOp.INVERT, e, Type.OBJ);
                yield typeError(u.pos(), "bad operand type for unary ~: '" + t.pyName() + "'");
            }
        };
    }

    /** {@code a and b and c} is {@code a and (b and c)}; the result is an operand, of the join of their types. */
    private HExpr boolOp(boolean isAnd, List<Expr> values, int from) {
        if (from == 0 && values.size() > Chains.FLAT_FROM) {
            var lowered = new ArrayList<HExpr>();
            for (Expr v : values) lowered.add(lower(v));
            return chains.boolOp(isAnd, lowered);
        }
        HExpr left = lower(values.get(from));
        if (from == values.size() - 1) return left;
        HExpr right = boolOp(isAnd, values, from + 1);
        Type t = Type.join(left.type(), right.type());
        HVar tmp = f.temp(left.type());
        HExpr load = new HExpr.Load(tmp);
        return new HExpr.Logical(isAnd, tmp, left, truthy(load), f.conv(load, t), f.conv(right, t), t);
    }

    // ---- comparisons ----

    /**
     * {@code a < b < c} is {@code a < b and b < c} with b evaluated once; every operand is first
     * stored in a temporary so evaluation order stays left to right.
     */
    private HExpr compareChain(Expr.Compare c) {
        if (c.ops().size() == 1 && (c.ops().get(0) == CmpOp.In || c.ops().get(0) == CmpOp.NotIn)
                && c.comparators().get(0) instanceof Expr.Call call && call.func() instanceof Expr.Attribute a
                && call.args().isEmpty() && call.keywords().isEmpty() && (a.attr().equals("keys") || a.attr().equals("values"))) {
            HExpr item = lower(c.left());
            HExpr d = lower(a.value());
            if (d.type() instanceof Type.DictT) {
                HVar it = f.temp(item.type());
                HExpr found = a.attr().equals("keys")
                        ? FunctionLowerer.rt("rt_dict_contains", Type.BOOL, d, FunctionLowerer.box(new HExpr.Load(it)))
                        : FunctionLowerer.rt("rt_list_contains", Type.BOOL, FunctionLowerer.rt("rt_dict_values", new Type.ListT(java.util.Set.of()), d),
                                FunctionLowerer.box(new HExpr.Load(it)));
                HExpr in = new HExpr.Let(it, item, found);
                return c.ops().get(0) == CmpOp.NotIn ? new HExpr.Unary(UnOp.NOT, in, Type.BOOL) : in;
            }
        }
        HExpr left = lower(c.left());
        if (c.ops().size() == 1) return compare(c.ops().get(0), left, lower(c.comparators().get(0)), c.pos());
        if (c.ops().size() >= Chains.FLAT_FROM) {
            var operands = new ArrayList<HExpr>(List.of(left));
            for (Expr o : c.comparators()) operands.add(lower(o));
            return chains.compareChain(operands, (i, lr) -> compare(c.ops().get(i), lr[0], lr[1], c.pos()));
        }
        HVar t0 = f.temp(left.type());
        return new HExpr.Let(t0, left, chain(c, new HExpr.Load(t0), 0));
    }

    private HExpr chain(Expr.Compare c, HExpr left, int i) {
        HExpr right = lower(c.comparators().get(i));
        if (i == c.ops().size() - 1) return compare(c.ops().get(i), left, right, c.pos());
        HVar t = f.temp(right.type());
        HExpr load = new HExpr.Load(t);
        HExpr first = compare(c.ops().get(i), left, load, c.pos());
        return new HExpr.Let(t, right, new HExpr.IfExp(first, chain(c, load, i + 1), new HExpr.Const(false, Type.BOOL), Type.BOOL));
    }

    HExpr compare(CmpOp op, HExpr l, HExpr r, Pos pos) {
        if (isUnknown(l) || isUnknown(r)) return f.infer ? new HExpr.Const(null, Type.BOOL) : typeError(pos, "internal: unknown comparison operand");
        Type lt = l.type();
        Type rt = r.type();
        return switch (op) {
            case Is, IsNot -> is(op == CmpOp.IsNot, l, r, pos);
            case In, NotIn -> {
                HExpr in;
                if (lt instanceof Type.Str && rt instanceof Type.Str) in = new HExpr.Compare(CmpKind.IN, l, r);
                else if (rt.isContainer()) {
                    String fn = rt instanceof Type.ListT ? "rt_list_contains" : rt instanceof Type.DictT ? "rt_dict_contains" : "rt_set_contains";
                    // CPython evaluates the item first, then the container.
                    HVar item = f.temp(lt);
                    in = new HExpr.Let(item, l, FunctionLowerer.rt(fn, Type.BOOL, r, FunctionLowerer.box(new HExpr.Load(item))));
                } else if (rt instanceof Type.Obj || rt instanceof Type.Tuple || rt instanceof Type.Str) {
                    in = new HExpr.Compare(CmpKind.IN, FunctionLowerer.box(l), FunctionLowerer.box(r));
                } else yield typeError(pos, "argument of type '" + rt.pyName() + "' is not iterable");
                yield op == CmpOp.NotIn ? new HExpr.Unary(UnOp.NOT, in, Type.BOOL) : in;
            }
            default -> {
                CmpKind k = switch (op) {
                    case Eq -> CmpKind.EQ;
                    case NotEq -> CmpKind.NE;
                    case Lt -> CmpKind.LT;
                    case LtE -> CmpKind.LE;
                    case Gt -> CmpKind.GT;
                    case GtE -> CmpKind.GE;
                    default -> throw new IllegalStateException();
                };
                if (lt.equals(rt) && (lt instanceof Type.Int || lt instanceof Type.Float || lt instanceof Type.Str
                        || (lt instanceof Type.Bool && (k == CmpKind.EQ || k == CmpKind.NE)))) {
                    yield new HExpr.Compare(k, l, r);
                }
                if (lt.isIntLike() && rt.isIntLike()) yield new HExpr.Compare(k, f.conv(l, Type.INT), f.conv(r, Type.INT));
                // int against float must compare exactly (2**53 + 1 != 2.0**53): the boxed comparison does.
                yield new HExpr.Compare(k, FunctionLowerer.box(l), FunctionLowerer.box(r));
            }
        };
    }

    private HExpr is(boolean negate, HExpr l, HExpr r, Pos pos) {
        boolean lNone = l.type() instanceof Type.NoneType;
        boolean rNone = r.type() instanceof Type.NoneType;
        HExpr result;
        if (lNone && rNone) {
            result = both(l, r, new HExpr.Const(true, Type.BOOL));
        } else if (lNone || rNone) {
            HExpr other = lNone ? r : l;
            if (other.type() instanceof Type.Obj) {
                if (lNone) {
                    result = seq(l, new HExpr.Builtin(BuiltinOp.IS_NONE, List.of(r), Type.BOOL));
                } else {
                    HVar t = f.temp(l.type());
                    result = new HExpr.Let(t, l, seq(r, new HExpr.Builtin(BuiltinOp.IS_NONE, List.of(new HExpr.Load(t)), Type.BOOL)));
                }
            } else {
                result = both(l, r, new HExpr.Const(false, Type.BOOL));
            }
        } else if (l.type().isContainer() || r.type().isContainer()) {
            // A list, dict or set is a heap object: identity is the pointer. (Between ints or strs
            // CPython's answer depends on its caches, so those stay refused.)
            result = new HExpr.Compare(CmpKind.IS, FunctionLowerer.box(l), FunctionLowerer.box(r));
        } else {
            throw dev.waspy.frontend.scope.Errors.unsupported(f.file, pos, "'is' comparisons other than with None");
        }
        return negate ? new HExpr.Unary(UnOp.NOT, result, Type.BOOL) : result;
    }

    /**
     * Evaluates {@code a} then {@code b} for their effects and yields {@code result}, or yields
     * {@code b} when result is null (a is then only evaluated). Constants are dropped.
     */
    private HExpr both(HExpr a, HExpr b, HExpr result) {
        HExpr tail = result == null ? b : seq(b, result);
        return seq(a, tail);
    }

    private HExpr seq(HExpr first, HExpr then) {
        if (first instanceof HExpr.Const || first instanceof HExpr.Load) return then;
        return new HExpr.Let(f.temp(first.type()), first, then);
    }

    // ---- f-strings ----

    private HExpr joinedStr(Expr.JoinedStr j) {
        var parts = new ArrayList<HExpr>();
        for (Expr v : j.values()) {
            HExpr p = lower(v);
            parts.add(p);
        }
        if (parts.size() == 1 && parts.get(0).type() instanceof Type.Str) return parts.get(0);
        if (parts.isEmpty()) return new HExpr.Const("", Type.STR);
        return new HExpr.Concat(parts);
    }

    private HExpr formatted(Expr.FormattedValue v) {
        HExpr value = lower(v.value());
        if (isUnknown(value)) return new HExpr.Const("", Type.STR);
        if (v.conversion() == 'r') value = calls.repr(value);
        else if (v.conversion() == 's') value = calls.str(value);
        if (v.formatSpec() == null) return calls.str(value);
        HExpr spec = lower(v.formatSpec());
        Type t = value.type();
        if (t instanceof Type.Int || t instanceof Type.Float || t instanceof Type.Str || t instanceof Type.Obj) {
            return new HExpr.Builtin(BuiltinOp.FORMAT, List.of(value, spec), Type.STR);
        }
        // bool, None and tuples format through the object protocol (format(True, "") is "True", format(True, "d") is "1").
        return new HExpr.Builtin(BuiltinOp.FORMAT, List.of(FunctionLowerer.box(value), spec), Type.STR);
    }
}
