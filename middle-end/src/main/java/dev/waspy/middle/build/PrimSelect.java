package dev.waspy.middle.build;

import dev.waspy.frontend.hir.BinOp;
import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.CmpKind;
import dev.waspy.frontend.hir.UnOp;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;

/**
 * Which primitive implements an HIR operation, chosen by the (already converted) operand type.
 * A combination the HIR never produces is a compiler bug, reported as such.
 */
final class PrimSelect {
    private PrimSelect() {}

    static Prim binary(BinOp op, IrType t) {
        return switch (t) {
            case IrType.Int i -> switch (op) {
                case ADD -> Prim.INT_ADD;
                case SUB -> Prim.INT_SUB;
                case MUL -> Prim.INT_MUL;
                case DIV -> Prim.INT_TRUEDIV;
                case FLOORDIV -> Prim.INT_FLOORDIV;
                case MOD -> Prim.INT_MOD;
                case POW -> Prim.INT_POW;
                case LSHIFT -> Prim.INT_LSHIFT;
                case RSHIFT -> Prim.INT_RSHIFT;
                case AND -> Prim.INT_AND;
                case OR -> Prim.INT_OR;
                case XOR -> Prim.INT_XOR;
            };
            case IrType.Float f -> switch (op) {
                case ADD -> Prim.FLOAT_ADD;
                case SUB -> Prim.FLOAT_SUB;
                case MUL -> Prim.FLOAT_MUL;
                case DIV -> Prim.FLOAT_TRUEDIV;
                case FLOORDIV -> Prim.FLOAT_FLOORDIV;
                case MOD -> Prim.FLOAT_MOD;
                case POW -> Prim.FLOAT_POW;
                default -> bug("float " + op);
            };
            case IrType.Bool b -> switch (op) {
                case AND -> Prim.BOOL_AND;
                case OR -> Prim.BOOL_OR;
                case XOR -> Prim.BOOL_XOR;
                default -> bug("bool " + op);
            };
            case IrType.Str s -> op == BinOp.ADD ? Prim.STR_CONCAT : bug("str " + op);
            case IrType.Obj o -> switch (op) {
                case ADD -> Prim.OBJ_ADD;
                case SUB -> Prim.OBJ_SUB;
                case MUL -> Prim.OBJ_MUL;
                case DIV -> Prim.OBJ_TRUEDIV;
                case FLOORDIV -> Prim.OBJ_FLOORDIV;
                case MOD -> Prim.OBJ_MOD;
                case POW -> Prim.OBJ_POW;
                case LSHIFT -> Prim.OBJ_LSHIFT;
                case RSHIFT -> Prim.OBJ_RSHIFT;
                case AND -> Prim.OBJ_AND;
                case OR -> Prim.OBJ_OR;
                case XOR -> Prim.OBJ_XOR;
            };
            default -> bug(t.show() + " " + op);
        };
    }

    static Prim unary(UnOp op, IrType t) {
        return switch (op) {
            case NEG -> t instanceof IrType.Int ? Prim.INT_NEG : t instanceof IrType.Float ? Prim.FLOAT_NEG
                    : t instanceof IrType.Obj ? Prim.OBJ_NEG : bug("neg " + t.show());
            case POS -> t instanceof IrType.Obj ? Prim.OBJ_POS : bug("pos " + t.show());
            case INVERT -> t instanceof IrType.Int ? Prim.INT_INVERT : t instanceof IrType.Obj ? Prim.OBJ_INVERT : bug("invert " + t.show());
            case NOT -> t instanceof IrType.Bool ? Prim.BOOL_NOT : bug("not " + t.show());
        };
    }

    static Prim compare(CmpKind k, IrType t) {
        return switch (t) {
            case IrType.Int i -> switch (k) {
                case EQ -> Prim.INT_EQ; case NE -> Prim.INT_NE; case LT -> Prim.INT_LT;
                case LE -> Prim.INT_LE; case GT -> Prim.INT_GT; case GE -> Prim.INT_GE;
                case IN, IS -> bug("int " + k);
            };
            case IrType.Float f -> switch (k) {
                case EQ -> Prim.FLOAT_EQ; case NE -> Prim.FLOAT_NE; case LT -> Prim.FLOAT_LT;
                case LE -> Prim.FLOAT_LE; case GT -> Prim.FLOAT_GT; case GE -> Prim.FLOAT_GE;
                case IN, IS -> bug("float " + k);
            };
            case IrType.Str s -> switch (k) {
                case EQ -> Prim.STR_EQ; case NE -> Prim.STR_NE; case LT -> Prim.STR_LT;
                case LE -> Prim.STR_LE; case GT -> Prim.STR_GT; case GE -> Prim.STR_GE;
                case IN -> Prim.STR_CONTAINS;
                case IS -> bug("str is");
            };
            case IrType.Bool b -> switch (k) {
                case EQ -> Prim.BOOL_EQ; case NE -> Prim.BOOL_NE;
                default -> bug("bool " + k);
            };
            case IrType.Obj o -> switch (k) {
                case EQ -> Prim.OBJ_EQ; case NE -> Prim.OBJ_NE; case LT -> Prim.OBJ_LT;
                case LE -> Prim.OBJ_LE; case GT -> Prim.OBJ_GT; case GE -> Prim.OBJ_GE;
                case IN -> Prim.OBJ_CONTAINS;
                case IS -> Prim.OBJ_IS;
            };
            default -> bug("compare " + t.show());
        };
    }

    static Prim truthy(IrType t) {
        return switch (t) {
            case IrType.Int i -> Prim.INT_TRUTHY;
            case IrType.Float f -> Prim.FLOAT_TRUTHY;
            case IrType.Str s -> Prim.STR_TRUTHY;
            case IrType.Obj o -> Prim.OBJ_TRUTHY;
            default -> bug("truthy " + t.show());
        };
    }

    /** A builtin by its first operand's type. */
    static Prim builtin(BuiltinOp op, IrType t) {
        return switch (op) {
            case STR -> switch (t) {
                case IrType.Int i -> Prim.INT_STR;
                case IrType.Float f -> Prim.FLOAT_REPR;
                case IrType.Bool b -> Prim.BOOL_STR;
                case IrType.Obj o -> Prim.OBJ_STR;
                default -> bug("str " + t.show());
            };
            case REPR -> t instanceof IrType.Str ? Prim.STR_REPR : t instanceof IrType.Obj ? Prim.OBJ_REPR : bug("repr " + t.show());
            case FORMAT -> switch (t) {
                case IrType.Int i -> Prim.INT_FORMAT;
                case IrType.Float f -> Prim.FLOAT_FORMAT;
                case IrType.Str s -> Prim.STR_FORMAT;
                case IrType.Obj o -> Prim.OBJ_FORMAT;
                default -> bug("format " + t.show());
            };
            case ABS -> t instanceof IrType.Int ? Prim.INT_ABS : t instanceof IrType.Float ? Prim.FLOAT_ABS
                    : t instanceof IrType.Obj ? Prim.OBJ_ABS : bug("abs " + t.show());
            case INT -> t instanceof IrType.Float ? Prim.FLOAT_TO_INT : t instanceof IrType.Str ? Prim.INT_FROM_STR
                    : t instanceof IrType.Obj ? Prim.OBJ_TO_INT : bug("int " + t.show());
            case FLOAT -> t instanceof IrType.Str ? Prim.FLOAT_FROM_STR : t instanceof IrType.Obj ? Prim.OBJ_TO_FLOAT : bug("float " + t.show());
            case ROUND -> t instanceof IrType.Float ? Prim.FLOAT_ROUND : t instanceof IrType.Obj ? Prim.OBJ_ROUND : bug("round " + t.show());
            case ROUND_N -> t instanceof IrType.Int ? Prim.INT_ROUND_N : t instanceof IrType.Float ? Prim.FLOAT_ROUND_N
                    : t instanceof IrType.Obj ? Prim.OBJ_ROUND_N : bug("round " + t.show());
            case POWMOD -> t instanceof IrType.Int ? Prim.INT_POWMOD : t instanceof IrType.Obj ? Prim.OBJ_POWMOD : bug("pow " + t.show());
            case DIVMOD -> t instanceof IrType.Int ? Prim.INT_DIVMOD : t instanceof IrType.Float ? Prim.FLOAT_DIVMOD
                    : t instanceof IrType.Obj ? Prim.OBJ_DIVMOD : bug("divmod " + t.show());
            case LEN -> switch (t) {
                case IrType.Str s -> Prim.STR_LEN;
                case IrType.ListT l -> Prim.LIST_LEN;
                case IrType.DictT d -> Prim.DICT_LEN;
                case IrType.SetT x -> Prim.SET_LEN;
                default -> bug("len " + t.show());
            };
            case IS_NONE -> Prim.OBJ_IS_NONE;
            case LIST_ITEM -> Prim.LIST_GET_AT;
            case EXIT -> Prim.SYS_EXIT;
            case WRITE -> Prim.PRINT_WRITE;
        };
    }

    static Prim convert(IrType from, IrType to) {
        if (from instanceof IrType.Bool && to instanceof IrType.Int) return Prim.BOOL_TO_INT;
        if (from instanceof IrType.Bool && to instanceof IrType.Float) return Prim.BOOL_TO_FLOAT;
        if (from instanceof IrType.Int && to instanceof IrType.Float) return Prim.INT_TO_FLOAT;
        return bug("convert " + from.show() + " to " + to.show());
    }

    private static Prim bug(String what) {
        throw new IllegalStateException("no primitive for " + what);
    }
}
