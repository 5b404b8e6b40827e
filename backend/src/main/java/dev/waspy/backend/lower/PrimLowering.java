package dev.waspy.backend.lower;

import static dev.waspy.wasm.instr.NumericOp.*;
import static dev.waspy.wasm.model.ValType.F64;
import static dev.waspy.wasm.model.ValType.I32;
import static dev.waspy.wasm.model.ValType.I64;

import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.Temp;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.NumericOp;

import java.util.List;

/**
 * Each primitive of the middle-end's table as Wasm: inline code where the representation allows
 * (float arithmetic, bool logic, and the small-int fast paths of ABI.md, which fall back to the
 * runtime on overflow or a bigint operand), else a call of the runtime function of the same meaning.
 * A pending-exception check follows whenever the primitive or a runtime function it called may raise.
 */
final class PrimLowering {
    /** str length word of a str object (ABI.md): code points. */
    private static final int STR_LENGTH_OFFSET = 4;
    /** Element count of a list, dict or set (ABI.md): a tagged int. */
    private static final int CONTAINER_COUNT_OFFSET = 8;

    private final Emitter e;
    private boolean calledRaising;
    /** The op's runtime calls were each checked where they are (rtChecked): no check after the op. */
    private boolean checkedInArms;

    PrimLowering(Emitter e) {
        this.e = e;
    }

    void lower(Inst.PrimOp op) {
        calledRaising = false;
        checkedInArms = false;
        List<Temp> a = op.args();
        // An exhaustive switch expression: a new primitive is a compile error here until lowered.
        CodeBuilder lowered = switch (op.prim()) {
            case INT_ADD -> addSub(a, true);
            case INT_SUB -> addSub(a, false);
            case INT_MUL -> mul(a);
            case INT_FLOORDIV -> rt(Rt.RT_INT_FLOORDIV, a);
            case INT_MOD -> rt(Rt.RT_INT_MOD, a);
            case INT_TRUEDIV -> rt(Rt.RT_INT_TRUEDIV, a);
            // The exponent is known non-negative, so the boxed result is a tagged int already.
            case INT_POW -> rt(Rt.RT_INT_POW, a);
            case INT_NEG -> neg(a.getFirst());
            // ~x on a small int: tagged 2x becomes 2(-x-1) = -2x-2, which is 2x ^ -2.
            case INT_INVERT -> smallOrCall(a, Rt.RT_INT_INVERT, () -> e.get(a.getFirst()).code.i64Const(-2).op(I64_XOR));
            case INT_ABS -> rt(Rt.RT_INT_ABS, a);
            // Bitwise operations commute with the tag: (2x op 2y) == 2(x op y) for and, or, xor.
            case INT_AND -> smallOrCall(a, Rt.RT_INT_AND, () -> both(a).op(I64_AND));
            case INT_OR -> smallOrCall(a, Rt.RT_INT_OR, () -> both(a).op(I64_OR));
            case INT_XOR -> smallOrCall(a, Rt.RT_INT_XOR, () -> both(a).op(I64_XOR));
            case INT_LSHIFT -> rt(Rt.RT_INT_LSHIFT, a);
            case INT_RSHIFT -> rt(Rt.RT_INT_RSHIFT, a);
            case INT_EQ -> intEquality(a, false);
            case INT_NE -> intEquality(a, true);
            // Tagging preserves order, so small ints compare as their tagged values.
            case INT_LT -> intOrder(a, I64_LT_S, I32_LT_S);
            case INT_LE -> intOrder(a, I64_LE_S, I32_LE_S);
            case INT_GT -> intOrder(a, I64_GT_S, I32_GT_S);
            case INT_GE -> intOrder(a, I64_GE_S, I32_GE_S);
            // Canonical form: only the small 0 is zero; every bigint is non-zero.
            case INT_TRUTHY -> e.get(a.getFirst()).code.i64Const(0).op(I64_NE);
            case INT_TO_FLOAT -> intToFloat(a.getFirst());
            case INT_STR -> rt(Rt.RT_INT_TO_STR, a);
            case INT_FORMAT -> rt(Rt.RT_INT_FORMAT, a);
            case INT_ROUND_N -> {
                Rounding.intRoundN(e, e.locals.of(a.get(0)), e.locals.of(a.get(1)));
                yield e.code;
            }
            case INT_FROM_STR -> {
                e.get(a.getFirst()).code.i64Const(10L << 1);
                call(Rt.RT_INT_FROM_STR);
                yield e.code;
            }

            case FLOAT_ADD -> both(a).op(F64_ADD);
            case FLOAT_SUB -> both(a).op(F64_SUB);
            case FLOAT_MUL -> both(a).op(F64_MUL);
            case FLOAT_TRUEDIV -> floatDiv(a);
            case FLOAT_FLOORDIV -> rt(Rt.RT_FLOAT_FLOORDIV, a);
            case FLOAT_MOD -> rt(Rt.RT_FLOAT_MOD, a);
            case FLOAT_POW -> rt(Rt.RT_FLOAT_POW, a);
            case FLOAT_NEG -> e.get(a.getFirst()).code.op(F64_NEG);
            case FLOAT_ABS -> e.get(a.getFirst()).code.op(F64_ABS);
            case FLOAT_EQ -> both(a).op(F64_EQ);
            case FLOAT_NE -> both(a).op(F64_NE);
            case FLOAT_LT -> both(a).op(F64_LT);
            case FLOAT_LE -> both(a).op(F64_LE);
            case FLOAT_GT -> both(a).op(F64_GT);
            case FLOAT_GE -> both(a).op(F64_GE);
            // NaN is truthy, and NaN != 0.0 holds.
            case FLOAT_TRUTHY -> e.get(a.getFirst()).code.f64Const(0).op(F64_NE);
            case FLOAT_TO_INT -> rt(Rt.RT_FLOAT_TO_INT, a);
            case FLOAT_ROUND -> rt(Rt.RT_FLOAT_ROUND, a);
            case FLOAT_ROUND_N -> rt(Rt.RT_FLOAT_ROUND_N, a);
            case FLOAT_REPR -> rt(Rt.RT_FLOAT_REPR, a);
            case FLOAT_FORMAT -> rt(Rt.RT_FLOAT_FORMAT, a);
            case FLOAT_FROM_STR -> rt(Rt.RT_FLOAT_FROM_STR, a);

            case BOOL_NOT -> e.get(a.getFirst()).code.op(I32_EQZ);
            case BOOL_AND -> both(a).op(I32_AND);
            case BOOL_OR -> both(a).op(I32_OR);
            case BOOL_XOR, BOOL_NE -> both(a).op(I32_XOR);
            case BOOL_EQ -> both(a).op(I32_EQ);
            case BOOL_TO_INT -> e.get(a.getFirst()).code.op(I64_EXTEND_I32_U).i64Const(1).op(I64_SHL);
            case BOOL_TO_FLOAT -> e.get(a.getFirst()).code.op(F64_CONVERT_I32_U);
            case BOOL_STR -> rt(Rt.RT_BOOL_STR, a);

            case STR_CONCAT -> rt(Rt.RT_STR_CONCAT, a);
            case STR_EQ -> rt(Rt.RT_STR_EQ, a);
            case STR_NE -> {
                rt(Rt.RT_STR_EQ, a);
                e.code.op(I32_EQZ);
                yield e.code;
            }
            case STR_LT -> cmp(Rt.RT_STR_CMP, a, I32_LT_S);
            case STR_LE -> cmp(Rt.RT_STR_CMP, a, I32_LE_S);
            case STR_GT -> cmp(Rt.RT_STR_CMP, a, I32_GT_S);
            case STR_GE -> cmp(Rt.RT_STR_CMP, a, I32_GE_S);
            // The IR's operands are (needle, haystack); the runtime takes the haystack first.
            case STR_CONTAINS -> e.get(a.get(1)).get(a.get(0)).call(Rt.RT_STR_CONTAINS).code;
            case STR_TRUTHY -> e.get(a.getFirst()).code.mem(MemOp.I32_LOAD, STR_LENGTH_OFFSET).i32Const(0).op(I32_NE);
            case STR_LEN -> e.get(a.getFirst()).code.mem(MemOp.I32_LOAD, STR_LENGTH_OFFSET)
                    .op(I64_EXTEND_I32_U).i64Const(1).op(I64_SHL);
            case STR_REPR -> rt(Rt.RT_STR_REPR, a);
            case STR_FORMAT -> rt(Rt.RT_STR_FORMAT, a);

            // list length, dict live count and set used count: a tagged int at offset 8 (ABI.md).
            case LIST_LEN, DICT_LEN, SET_LEN -> e.get(a.getFirst()).code.mem(MemOp.I64_LOAD, CONTAINER_COUNT_OFFSET);
            case LIST_TRUTHY, DICT_TRUTHY, SET_TRUTHY -> e.get(a.getFirst()).code
                    .mem(MemOp.I64_LOAD, CONTAINER_COUNT_OFFSET).i64Const(0).op(I64_NE);

            case OBJ_ADD -> rt(Rt.RT_OBJ_ADD, a);
            case OBJ_SUB -> rt(Rt.RT_OBJ_SUB, a);
            case OBJ_MUL -> rt(Rt.RT_OBJ_MUL, a);
            case OBJ_TRUEDIV -> rt(Rt.RT_OBJ_TRUEDIV, a);
            case OBJ_FLOORDIV -> rt(Rt.RT_OBJ_FLOORDIV, a);
            case OBJ_MOD -> rt(Rt.RT_OBJ_MOD, a);
            case OBJ_POW -> rt(Rt.RT_OBJ_POW, a);
            // The runtime returns the tuple boxed (ptr | 1); the IR wants the tuple pointer.
            case OBJ_DIVMOD -> rt(Rt.RT_OBJ_DIVMOD, a).op(I32_WRAP_I64).i32Const(-2).op(I32_AND);
            case OBJ_POWMOD -> rt(Rt.RT_OBJ_POWMOD, a);
            case OBJ_AND -> rt(Rt.RT_OBJ_AND, a);
            case OBJ_OR -> rt(Rt.RT_OBJ_OR, a);
            case OBJ_XOR -> rt(Rt.RT_OBJ_XOR, a);
            case OBJ_LSHIFT -> rt(Rt.RT_OBJ_LSHIFT, a);
            case OBJ_RSHIFT -> rt(Rt.RT_OBJ_RSHIFT, a);
            case OBJ_NEG -> rt(Rt.RT_OBJ_NEG, a);
            case OBJ_POS -> rt(Rt.RT_OBJ_POS, a);
            case OBJ_INVERT -> rt(Rt.RT_OBJ_INVERT, a);
            case OBJ_ABS -> rt(Rt.RT_OBJ_ABS, a);
            case OBJ_EQ -> rt(Rt.RT_OBJ_EQ, a);
            // For the built-in types != is exactly the negation of == (nan included).
            case OBJ_NE -> {
                rt(Rt.RT_OBJ_EQ, a);
                e.code.op(I32_EQZ);
                yield e.code;
            }
            case OBJ_LT -> rt(Rt.RT_OBJ_LT, a);
            case OBJ_LE -> rt(Rt.RT_OBJ_LE, a);
            case OBJ_GT -> rt(Rt.RT_OBJ_GT, a);
            case OBJ_GE -> rt(Rt.RT_OBJ_GE, a);
            case OBJ_IS -> both(a).op(I64_EQ);
            case OBJ_IS_NONE -> {
                rt(Rt.RT_OBJ_TYPE, a);
                e.code.i32Const(Boxing.T_NONE).op(I32_EQ);
                yield e.code;
            }
            case OBJ_CONTAINS -> {
                e.get(a.get(1)).get(a.get(0));
                yield call(Rt.RT_OBJ_CONTAINS);
            }
            case OBJ_TRUTHY -> rt(Rt.RT_OBJ_TRUTHY, a);
            case OBJ_REPR -> rt(Rt.RT_OBJ_REPR, a);
            case OBJ_STR -> rt(Rt.RT_OBJ_STR, a);
            case OBJ_FORMAT -> rt(Rt.RT_OBJ_FORMAT, a);
            case OBJ_TO_INT -> rt(Rt.RT_OBJ_TO_INT, a);
            case OBJ_TO_FLOAT -> rt(Rt.RT_OBJ_TO_FLOAT, a);
            case OBJ_ROUND -> {
                Rounding.objRound(e, e.locals.of(a.get(0)), null);
                yield e.code;
            }
            case OBJ_ROUND_N -> {
                Rounding.objRound(e, e.locals.of(a.get(0)), e.locals.of(a.get(1)));
                yield e.code;
            }

            case PRINT_WRITE -> rt(Rt.RT_WRITE_STR, a);
        };
        e.set(op.dst());
        if ((op.prim().mayRaise() && !checkedInArms) || calledRaising) {
            e.checkPending();
        }
    }

    /**
     * The slow path of an inline fast path: the runtime call, then at once (inside the arm, {@code
     * depth} labels below the block's top level) the pending-exception check it needs. Only a call
     * can raise, so the fast path that made no call is not followed by a check: an int {@code +}
     * on small ints is the add and its overflow test, without a load of the exception flag.
     */
    private CodeBuilder rtChecked(Rt fn, List<Temp> args, int depth) {
        args.forEach(e::get);
        e.call(fn);
        if (fn.fn().needsExceptionCheck()) {
            e.pendingException();
            e.code.ifThen(BlockType.EMPTY, then -> e.toHandler(depth + 1));
        }
        checkedInArms = true;
        return e.code;
    }

    private CodeBuilder call(Rt fn) {
        e.call(fn);
        // Allocation raises MemoryError at the limit and the result is then garbage: even an
        // operation the IR calls pure is checked after a runtime call that may allocate.
        calledRaising |= fn.fn().needsExceptionCheck();
        return e.code;
    }

    private CodeBuilder rt(Rt fn, List<Temp> args) {
        args.forEach(e::get);
        return call(fn);
    }

    private CodeBuilder both(List<Temp> a) {
        e.get(a.get(0)).get(a.get(1));
        return e.code;
    }

    /** Pushes 1 when both tagged ints are small: the low bit of (a | b) is clear. */
    private void bothSmall(List<Temp> a) {
        both(a).op(I64_OR).op(I32_WRAP_I64).i32Const(1).op(I32_AND).op(I32_EQZ);
    }

    private CodeBuilder smallOrCall(List<Temp> a, Rt slow, Runnable fast) {
        if (a.size() == 1) {
            e.get(a.getFirst()).code.op(I32_WRAP_I64).i32Const(1).op(I32_AND).op(I32_EQZ);
        } else {
            bothSmall(a);
        }
        e.code.ifElse(BlockType.of(I64), f -> fast.run(), s -> rtChecked(slow, a, 1));
        return e.code;
    }

    /**
     * a + b (a - b) on two small ints is the i64 sum (difference) of the tagged values, unless it
     * overflows: for a sum, when the result's sign differs from both operands' signs,
     * {@code ((a ^ r) & (b ^ r)) < 0}; for a difference, {@code ((a ^ b) & (a ^ r)) < 0}.
     */
    private CodeBuilder addSub(List<Temp> a, boolean add) {
        Rt slow = add ? Rt.RT_INT_ADD : Rt.RT_INT_SUB;
        int r = e.scratch(I64, 1);
        int x = e.locals.of(a.get(0));
        int y = e.locals.of(a.get(1));
        bothSmall(a);
        e.code.ifElse(BlockType.of(I64), fast -> {
            fast.localGet(x).localGet(y).op(add ? I64_ADD : I64_SUB).localSet(r);
            if (add) {
                fast.localGet(x).localGet(r).op(I64_XOR).localGet(y).localGet(r).op(I64_XOR);
            } else {
                fast.localGet(x).localGet(y).op(I64_XOR).localGet(x).localGet(r).op(I64_XOR);
            }
            fast.op(I64_AND).i64Const(0).op(I64_LT_S);
            fast.ifElse(BlockType.of(I64), overflow -> rtChecked(slow, a, 2), ok -> ok.localGet(r));
        }, slowPath -> rtChecked(slow, a, 1));
        return e.code;
    }

    /**
     * Small ints whose tagged values fit in 32 bits hold values below 2^30 in magnitude, so the
     * product {@code (a >> 1) * b} (tagged already) cannot overflow.
     */
    private CodeBuilder mul(List<Temp> a) {
        int x = e.locals.of(a.get(0));
        int y = e.locals.of(a.get(1));
        bothSmall(a);
        e.code.localGet(x).localGet(x).op(I64_EXTEND32_S).op(I64_EQ).op(I32_AND);
        e.code.localGet(y).localGet(y).op(I64_EXTEND32_S).op(I64_EQ).op(I32_AND);
        e.code.ifElse(BlockType.of(I64),
                fast -> fast.localGet(x).i64Const(1).op(I64_SHR_S).localGet(y).op(I64_MUL),
                slow -> rtChecked(Rt.RT_INT_MUL, a, 1));
        return e.code;
    }

    /** -x is 0 - tagged x for every small int except the most negative, whose negation is big. */
    private CodeBuilder neg(Temp t) {
        int x = e.locals.of(t);
        e.code.localGet(x).i64Const(1).op(I64_AND).op(I64_EQZ);
        e.code.localGet(x).i64Const(Long.MIN_VALUE).op(I64_NE).op(I32_AND);
        e.code.ifElse(BlockType.of(I64),
                fast -> fast.i64Const(0).localGet(x).op(I64_SUB),
                slow -> rtChecked(Rt.RT_INT_NEG, List.of(t), 1));
        return e.code;
    }

    /** Canonical form: a small and a big int are never equal; two smalls are equal iff their bits are. */
    private CodeBuilder intEquality(List<Temp> a, boolean negate) {
        bothSmall(a);
        e.code.ifElse(BlockType.of(I32),
                fast -> both(a).op(negate ? I64_NE : I64_EQ),
                slow -> {
                    rt(Rt.RT_INT_EQ, a);
                    if (negate) {
                        slow.op(I32_EQZ);
                    }
                });
        return e.code;
    }

    private CodeBuilder intOrder(List<Temp> a, NumericOp smallOp, NumericOp vsZero) {
        bothSmall(a);
        e.code.ifElse(BlockType.of(I32),
                fast -> both(a).op(smallOp),
                slow -> cmp(Rt.RT_INT_CMP, a, vsZero));
        return e.code;
    }

    private CodeBuilder cmp(Rt three, List<Temp> a, NumericOp vsZero) {
        rt(three, a);
        e.code.i32Const(0).op(vsZero);
        return e.code;
    }

    /** Exact for small ints: |x| < 2^62 converts with one correct rounding, as CPython's int.__float__. */
    private CodeBuilder intToFloat(Temp t) {
        int x = e.locals.of(t);
        e.code.localGet(x).i64Const(1).op(I64_AND).op(I64_EQZ);
        e.code.ifElse(BlockType.of(F64),
                fast -> fast.localGet(x).i64Const(1).op(I64_SHR_S).op(F64_CONVERT_I64_S),
                slow -> rt(Rt.RT_INT_TO_FLOAT, List.of(t)));
        return e.code;
    }

    /** Division inline; the runtime only for a zero divisor, where it raises ZeroDivisionError. */
    private CodeBuilder floatDiv(List<Temp> a) {
        e.get(a.get(1)).code.f64Const(0).op(F64_EQ);
        e.code.ifElse(BlockType.of(F64),
                zero -> rt(Rt.RT_FLOAT_DIV, a),
                ok -> both(a).op(F64_DIV));
        return e.code;
    }

}
