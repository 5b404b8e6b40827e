package dev.waspy.frontend.hir;

import dev.waspy.frontend.types.Type;
import java.util.List;

/**
 * A typed expression. Operands of every operation already have the operation's operand type:
 * conversions are explicit ({@link Box}, {@link Unbox}, {@link Convert}, {@link Truthy}), so later
 * stages never convert implicitly. Calls list their arguments in parameter order, defaults filled in.
 */
public sealed interface HExpr {
    Type type();

    /** A literal: BigInteger (int), Double (float), Boolean, String, or null for None. */
    record Const(Object value, Type type) implements HExpr {}

    record Load(HVar var) implements HExpr {
        public Type type() { return var.type(); }
    }

    /** {@code left op right}, both operands of one type: int, float, str (+ only), bool (&|^ only) or object. */
    record Binary(BinOp op, HExpr left, HExpr right, Type type) implements HExpr {}

    /** {@code op operand} on int, float or object ({@code NOT} takes a bool). */
    record Unary(UnOp op, HExpr operand, Type type) implements HExpr {}

    /** One comparison of two operands of one type; the result is a bool. Chains are desugared with {@link Let}. */
    record Compare(CmpKind op, HExpr left, HExpr right) implements HExpr {
        public Type type() { return Type.BOOL; }
    }

    /** Python's truth value of any operand, as a bool. */
    record Truthy(HExpr operand) implements HExpr {
        public Type type() { return Type.BOOL; }
    }

    /**
     * {@code left and right} / {@code left or right}, yielding an operand: {@code left} is stored in
     * {@code tmp}; {@code test} is its truth value; the result is {@code leftResult} (tmp, converted
     * to the result type) when the test decides, else {@code right} (converted).
     */
    record Logical(boolean isAnd, HVar tmp, HExpr left, HExpr test, HExpr leftResult, HExpr right, Type type)
            implements HExpr {}

    /** {@code ifTrue if cond else ifFalse}; cond is a bool, both arms have the result type. */
    record IfExp(HExpr cond, HExpr ifTrue, HExpr ifFalse, Type type) implements HExpr {}

    /** Evaluates {@code init} into {@code var}, then yields {@code body}. */
    record Let(HVar var, HExpr init, HExpr body) implements HExpr {
        public Type type() { return body.type(); }
    }

    /** A direct call of a module-level function; arguments in parameter order, of the parameter types. */
    record Call(String function, List<HExpr> args, Type type) implements HExpr {
        public Call { args = List.copyOf(args); }
    }

    /** A built-in operation; see {@link BuiltinOp} for the operand types each takes. */
    record Builtin(BuiltinOp op, List<HExpr> args, Type type) implements HExpr {
        public Builtin { args = List.copyOf(args); }
    }

    /** A typed value to object. */
    record Box(HExpr operand) implements HExpr {
        public Type type() { return Type.OBJ; }
    }

    /** An object to a precise type (TypeError at run time if it is not one). */
    record Unbox(HExpr operand, Type type) implements HExpr {}

    /** A numeric conversion that keeps the value: bool to int, bool to float, int to float. */
    record Convert(HExpr operand, Type type) implements HExpr {}

    record MakeTuple(List<HExpr> items, Type type) implements HExpr {
        public MakeTuple { items = List.copyOf(items); }
    }

    record TupleGet(HExpr tuple, int index, Type type) implements HExpr {}

    /**
     * A call of the runtime function {@code function} (a name of waspy.h): arguments and result
     * already have the types of its C prototype under ABI.md's mapping (a void function has type
     * None). The code generator checks for a pending exception after it.
     */
    record RtCall(String function, List<HExpr> args, Type type) implements HExpr {
        public RtCall { args = List.copyOf(args); }
    }

    /** Runs {@code stmts} (loops of a comprehension, say), then yields {@code result}. */
    record Block(List<HStmt> stmts, HExpr result) implements HExpr {
        public Block { stmts = List.copyOf(stmts); }
        public Type type() { return result.type(); }
    }

    /** Concatenation of str parts (f-strings). */
    record Concat(List<HExpr> parts) implements HExpr {
        public Concat { parts = List.copyOf(parts); }
        public Type type() { return Type.STR; }
    }
}
