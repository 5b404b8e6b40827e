package dev.waspy.middle.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Edge;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeFunctions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each invariant the verifier guards, broken once on purpose: the error names function, block and instruction. */
class VerifierTest {
    private final IrFunction f = new IrFunction("f", List.of(new Var.Local("x", IrType.INT)), IrType.INT);

    private Temp constInt(Block b, long v) {
        Temp t = f.newTemp(IrType.INT);
        b.add(new Inst.Const(t, Constant.of(v)));
        return t;
    }

    private List<String> errors() { return Verifier.verify(null, f); }

    private void assertOneError(String... fragments) {
        var errs = errors();
        assertEquals(1, errs.size(), errs.toString());
        for (String frag : fragments) assertTrue(errs.get(0).contains(frag), errs.get(0) + " lacks " + frag);
    }

    @Test
    void aWellFormedFunctionHasNoErrors() {
        Block b0 = f.newBlock();
        Temp x = f.newTemp(IrType.INT);
        b0.add(new Inst.Load(x, f.params().get(0)));
        Temp one = constInt(b0, 1);
        Temp sum = f.newTemp(IrType.INT);
        b0.add(new Inst.PrimOp(sum, Prim.INT_ADD, List.of(x, one)));
        f.setTerminator(b0, new Terminator.Return(sum));
        assertEquals(List.of(), errors());
    }

    @Test
    void missingTerminator() {
        f.newBlock();
        assertOneError("function f, block b0", "no terminator");
    }

    @Test
    void operandTypeMismatch() {
        Block b0 = f.newBlock();
        Temp fl = f.newTemp(IrType.FLOAT);
        b0.add(new Inst.Const(fl, new Constant.FloatC(1.5)));
        Temp r = f.newTemp(IrType.INT);
        b0.add(new Inst.PrimOp(r, Prim.INT_ADD, List.of(fl, fl)));
        f.setTerminator(b0, new Terminator.Return(r));
        var errs = errors();
        assertEquals(2, errs.size(), errs.toString());
        assertTrue(errs.get(0).contains("`%1: int = int.add %0, %0`: operand 1 should be int, is float"), errs.get(0));
    }

    @Test
    void definitionMustDominateUse() {
        Block b0 = f.newBlock();
        Block left = f.newBlock();
        Block right = f.newBlock();
        Block join = f.newBlock();
        Temp c = f.newTemp(IrType.BOOL);
        b0.add(new Inst.Const(c, new Constant.BoolC(true)));
        f.setTerminator(b0, new Terminator.Branch(c, left, right));
        Temp onlyLeft = constInt(left, 1);
        f.setTerminator(left, new Terminator.Jump(join));
        f.setTerminator(right, new Terminator.Jump(join));
        f.setTerminator(join, new Terminator.Return(onlyLeft));
        assertOneError("block b3", "definition of %1 (in b1) does not dominate this use");
    }

    @Test
    void phiNeedsOneArgumentPerPredecessor() {
        Block b0 = f.newBlock();
        Block b1 = f.newBlock();
        Block b2 = f.newBlock();
        Temp c = f.newTemp(IrType.BOOL);
        b0.add(new Inst.Const(c, new Constant.BoolC(true)));
        Temp v = constInt(b0, 7);
        f.setTerminator(b0, new Terminator.Branch(c, b1, b2));
        f.setTerminator(b1, new Terminator.Jump(b2));
        Temp p = f.newTemp(IrType.INT);
        b2.add(new Inst.Phi(p, List.of(new Inst.PhiArg(b1, v))));
        f.setTerminator(b2, new Terminator.Return(p));
        assertOneError("block b2", "phi has 1 arguments for 2 predecessors");
    }

    @Test
    void cfgEdgesMustMatchTerminators() {
        Block b0 = f.newBlock();
        Block b1 = f.newBlock();
        Temp v = constInt(b0, 1);
        f.setTerminator(b0, new Terminator.Return(v));
        f.setTerminator(b1, new Terminator.Return(v));
        f.cfg().addEdge(b0, b1, new Edge(Edge.Kind.JUMP));
        var errs = errors();
        assertTrue(errs.stream().anyMatch(e -> e.contains("block b0") && e.contains("do not match the terminator")), errs.toString());
    }

    @Test
    void boxingAnObjectIsAnError() {
        Block b0 = f.newBlock();
        Temp x = constInt(b0, 1);
        Temp boxed = f.newTemp(IrType.OBJ);
        b0.add(new Inst.Box(boxed, x));
        Temp twice = f.newTemp(IrType.OBJ);
        b0.add(new Inst.Box(twice, boxed));
        Temp back = f.newTemp(IrType.INT);
        b0.add(new Inst.Unbox(back, twice));
        f.setTerminator(b0, new Terminator.Return(back));
        assertOneError("`%2: object = box %1`", "already an object");
    }

    @Test
    void tempsAreDefinedOnce() {
        Block b0 = f.newBlock();
        Temp x = constInt(b0, 1);
        b0.add(new Inst.Const(x, Constant.of(2)));
        f.setTerminator(b0, new Terminator.Return(x));
        assertOneError("%0 is defined more than once");
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        Block b0 = f.newBlock();
        f.newBlock();
        Temp s = f.newTemp(IrType.STR);
        b0.add(new Inst.Const(s, new Constant.StrC("a")));
        f.setTerminator(b0, new Terminator.Return(s));
        assertEquals(2, errors().size(), errors().toString());
    }

    @Test
    void runtimeCallArgumentsAndResultFollowTheDescriptor() {
        Block b0 = f.newBlock();
        Temp n = constInt(b0, 3);
        Temp len = f.newTemp(IrType.INT);
        b0.add(new Inst.RtCall(len, RuntimeFunctions.get("rt_str_len"), List.of(n)));
        Temp s = f.newTemp(IrType.STR);
        b0.add(new Inst.RtCall(s, RuntimeFunctions.get("rt_str_upper"), List.of()));
        Temp flag = f.newTemp(IrType.BOOL);
        b0.add(new Inst.RtCall(flag, RuntimeFunctions.get("rt_int_to_str"), List.of(n)));
        f.setTerminator(b0, new Terminator.Return(len));
        var errs = errors();
        assertEquals(3, errs.size(), errs.toString());
        assertTrue(errs.get(0).contains("argument 1 of rt_str_len: expected str, found int"), errs.get(0));
        assertTrue(errs.get(1).contains("rt_str_upper takes 1 arguments, has 0"), errs.get(1));
        assertTrue(errs.get(2).contains("result of rt_int_to_str: expected str, found bool"), errs.get(2));
    }
}
