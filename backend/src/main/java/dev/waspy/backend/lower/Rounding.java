package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import static dev.waspy.wasm.instr.NumericOp.I32_AND;
import static dev.waspy.wasm.instr.NumericOp.I32_EQ;
import static dev.waspy.wasm.instr.NumericOp.I32_EQZ;
import static dev.waspy.wasm.instr.NumericOp.I32_GE_S;
import static dev.waspy.wasm.instr.NumericOp.I32_GT_S;
import static dev.waspy.wasm.instr.NumericOp.I32_OR;
import static dev.waspy.wasm.instr.NumericOp.I64_NE;
import static dev.waspy.wasm.model.ValType.F64;
import static dev.waspy.wasm.model.ValType.I32;
import static dev.waspy.wasm.model.ValType.I64;

import dev.waspy.wasm.instr.BlockType;

/**
 * round() where the runtime has no single function for it, composed from runtime int and float
 * operations with CPython's semantics (round half to even, ints rounded to a power of ten).
 */
final class Rounding {
    private Rounding() {}

    /**
     * round(x, n) for tagged ints in locals: x itself when n >= 0, else the multiple of
     * m = 10**-n nearest to x, ties to the even quotient: with q, r = divmod(x, m), q grows by
     * one when 2r > m, or when 2r == m and q is odd (CPython's long_round).
     */
    static void intRoundN(Emitter e, int x, int n) {
        int m = e.scratch(I64, 2);
        int q = e.scratch(I64, 3);
        int c = e.scratch(I32, 1);
        int t = e.scratch(I32, 2);
        e.code.localGet(n).i64Const(0);
        e.call(Rt.RT_INT_CMP);
        e.code.i32Const(0).op(I32_GE_S);
        e.code.ifElse(BlockType.of(I64), keep -> keep.localGet(x), round -> {
            round.i64Const(10L << 1).localGet(n);
            e.call(Rt.RT_INT_NEG);
            e.call(Rt.RT_INT_POW);
            round.localSet(m);
            round.localGet(x).localGet(m);
            e.call(Rt.RT_INT_DIVMOD);
            round.localSet(t);
            round.localGet(t).i32Const(0);
            e.call(Rt.RT_TUPLE_GET);
            round.localSet(q);
            round.localGet(t).i32Const(1);
            e.call(Rt.RT_TUPLE_GET);
            int r = e.scratch(I64, 4);
            round.localTee(r).localGet(r);
            e.call(Rt.RT_INT_ADD);
            round.localGet(m);
            e.call(Rt.RT_INT_CMP);
            round.localTee(c).i32Const(0).op(I32_GT_S);
            round.localGet(c).op(I32_EQZ);
            round.localGet(q).i64Const(1L << 1);
            e.call(Rt.RT_INT_AND);
            round.i64Const(0).op(I64_NE).op(I32_AND).op(I32_OR);
            round.ifThen(BlockType.EMPTY, up -> {
                up.localGet(q).i64Const(1L << 1);
                e.call(Rt.RT_INT_ADD);
                up.localSet(q);
            });
            round.localGet(q).localGet(m);
            e.call(Rt.RT_INT_MUL);
        });
    }

    /**
     * round(x) and round(x, n) on boxed values: a float rounds as a float (to an int without n), an
     * int or a bool as an int; n must be an int, a bool or None (round(x, None) is round(x)).
     */
    static void objRound(Emitter e, int x, Integer n) {
        int tx = e.scratch(I32, 3);
        int ni = e.scratch(I64, 5);
        int xi = e.scratch(I64, 6);
        e.code.localGet(x);
        e.call(Rt.RT_OBJ_TYPE);
        e.code.localSet(tx);
        boolean withDigits = n != null;
        if (withDigits) {
            // None as the digit count means round(x): remember it as "no digits" in the flag local.
            e.code.localGet(n);
            e.call(Rt.RT_OBJ_TYPE);
            e.code.localTee(e.scratch(I32, 4)).i32Const(Boxing.T_INT).op(I32_EQ);
            e.code.localGet(e.scratch(I32, 4)).i32Const(Boxing.T_BOOL).op(I32_EQ).op(I32_OR);
            e.code.ifThen(BlockType.EMPTY, ok -> {
                ok.localGet(n);
                e.call(Rt.RT_OBJ_TO_INT);
                ok.localSet(ni);
            });
            e.code.localGet(e.scratch(I32, 4)).i32Const(Boxing.T_NONE).op(I32_EQ);
            e.code.localGet(e.scratch(I32, 4)).i32Const(Boxing.T_INT).op(I32_EQ).op(I32_OR);
            e.code.localGet(e.scratch(I32, 4)).i32Const(Boxing.T_BOOL).op(I32_EQ).op(I32_OR).op(I32_EQZ);
            e.code.ifThen(BlockType.EMPTY, bad -> raiseNotAnInteger(e, e.scratch(I32, 4)));
        }
        e.code.localGet(tx).i32Const(Boxing.T_FLOAT).op(I32_EQ);
        e.code.ifElse(BlockType.of(I64), isFloat -> {
            // Blocks cannot see the operand stack outside them: the float goes through a local.
            int f = e.scratch(F64, 0);
            isFloat.localGet(x);
            e.call(Rt.RT_UNBOX_FLOAT);
            isFloat.localSet(f);
            if (withDigits) {
                isFloat.localGet(e.scratch(I32, 4)).i32Const(Boxing.T_NONE).op(I32_EQ);
                isFloat.ifElse(BlockType.of(I64), none -> {
                    none.localGet(f);
                    e.call(Rt.RT_FLOAT_ROUND);
                }, digits -> {
                    digits.localGet(f).localGet(ni);
                    e.call(Rt.RT_FLOAT_ROUND_N);
                    e.call(Rt.RT_BOX_FLOAT);
                });
            } else {
                isFloat.localGet(f);
                e.call(Rt.RT_FLOAT_ROUND);
            }
        }, other -> {
            other.localGet(tx).i32Const(Boxing.T_INT).op(I32_EQ);
            other.localGet(tx).i32Const(Boxing.T_BOOL).op(I32_EQ).op(I32_OR);
            other.ifElse(BlockType.of(I64), integral -> {
                integral.localGet(x);
                e.call(Rt.RT_OBJ_TO_INT);
                integral.localSet(xi);
                if (withDigits) {
                    integral.localGet(e.scratch(I32, 4)).i32Const(Boxing.T_NONE).op(I32_EQ);
                    integral.ifElse(BlockType.of(I64), none -> none.localGet(xi), digits -> intRoundN(e, xi, ni));
                } else {
                    integral.localGet(xi);
                }
            }, bad -> {
                raiseNoRound(e, tx);
                bad.i64Const(0);
            });
        });
    }

    private static void raiseNoRound(Emitter e, int typeLocal) {
        // CPython: "type str doesn't define __round__ method"; the runtime types without __round__.
        String[][] names = {{"1", "NoneType"}, {"5", "str"}, {"6", "tuple"}};
        for (String[] nm : names) {
            e.code.localGet(typeLocal).i32Const(Integer.parseInt(nm[0])).op(I32_EQ);
            e.code.ifThen(BlockType.EMPTY, t -> {
                t.i32Const(ExcClass.TypeError.id()).i32Const(e.str("type " + nm[1] + " doesn't define __round__ method"));
                e.call(Rt.RT_RAISE);
            });
        }
        e.pendingException();
        e.code.op(I32_EQZ);
        e.code.ifThen(BlockType.EMPTY, t -> {
            t.i32Const(ExcClass.TypeError.id()).i32Const(e.str("this type doesn't define __round__ method"));
            e.call(Rt.RT_RAISE);
        });
    }

    /** CPython's message for a digit count that is not an integer, for the types the runtime has. */
    private static void raiseNotAnInteger(Emitter e, int typeLocal) {
        String[][] names = {{"4", "float"}, {"5", "str"}, {"6", "tuple"}};
        for (String[] nm : names) {
            e.code.localGet(typeLocal).i32Const(Integer.parseInt(nm[0])).op(I32_EQ);
            e.code.ifThen(BlockType.EMPTY, t -> {
                t.i32Const(ExcClass.TypeError.id())
                        .i32Const(e.str("'" + nm[1] + "' object cannot be interpreted as an integer"));
                e.call(Rt.RT_RAISE);
            });
        }
    }
}
