package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import dev.waspy.middle.ir.Prim;

/** Python's operators as the generic primitives that implement them on objects. */
final class Operators {
    private Operators() {}

    static Prim binary(Operator op) {
        return switch (op) {
            case Add -> Prim.OBJ_ADD;
            case Sub -> Prim.OBJ_SUB;
            case Mult -> Prim.OBJ_MUL;
            case Div -> Prim.OBJ_TRUEDIV;
            case FloorDiv -> Prim.OBJ_FLOORDIV;
            case Mod -> Prim.OBJ_MOD;
            case Pow -> Prim.OBJ_POW;
            case LShift -> Prim.OBJ_LSHIFT;
            case RShift -> Prim.OBJ_RSHIFT;
            case BitAnd -> Prim.OBJ_AND;
            case BitOr -> Prim.OBJ_OR;
            case BitXor -> Prim.OBJ_XOR;
            case MatMult -> throw new IllegalStateException("Refusals let through @");
        };
    }

    /** Unary operators but {@code not}, which is a truth test. */
    static Prim unary(UnaryOp op) {
        return switch (op) {
            case USub -> Prim.OBJ_NEG;
            case UAdd -> Prim.OBJ_POS;
            case Invert -> Prim.OBJ_INVERT;
            case Not -> throw new IllegalStateException("not is a truth test");
        };
    }

    /**
     * The comparison giving a bool; {@code is not} and {@code not in} are the negation of
     * {@code is} and {@code in} ({@link #negated}). Operands of {@code in} are (needle, haystack).
     */
    static Prim compare(CmpOp op) {
        return switch (op) {
            case Eq -> Prim.OBJ_EQ;
            case NotEq -> Prim.OBJ_NE;
            case Lt -> Prim.OBJ_LT;
            case LtE -> Prim.OBJ_LE;
            case Gt -> Prim.OBJ_GT;
            case GtE -> Prim.OBJ_GE;
            case Is, IsNot -> Prim.OBJ_IS;
            case In, NotIn -> Prim.OBJ_CONTAINS;
        };
    }

    static boolean negated(CmpOp op) { return op == CmpOp.IsNot || op == CmpOp.NotIn; }
}
