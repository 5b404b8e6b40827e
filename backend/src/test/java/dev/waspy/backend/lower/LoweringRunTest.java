package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.locals.InterferenceColouring;
import dev.waspy.backend.locals.OneLocalPerValue;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.text.WatPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand-built IR lowered and run against {@link MiniRuntime}: the fast paths must agree with the
 * runtime's arbitrary-precision answers, phis must copy in parallel, exceptions must propagate.
 */
class LoweringRunTest {
    /** Builds one function's IR with little ceremony. */
    static final class FnBuilder {
        final IrFunction f;
        Block at;

        FnBuilder(String name, List<Var.Local> params, IrType ret) {
            f = new IrFunction(name, params, ret);
            at = f.newBlock();
        }

        Temp konst(Constant c) {
            Temp t = f.newTemp(c.type());
            at.add(new Inst.Const(t, c));
            return t;
        }

        Temp i(long v) {
            return konst(Constant.of(v));
        }

        Temp s(String v) {
            return konst(new Constant.StrC(v));
        }

        Temp prim(Prim p, Temp... args) {
            Temp t = f.newTemp(p.result());
            at.add(new Inst.PrimOp(t, p, List.of(args)));
            return t;
        }

        void print(Temp str) {
            prim(Prim.PRINT_WRITE, str);
            prim(Prim.PRINT_WRITE, s("\n"));
        }

        void printInt(Temp i) {
            print(prim(Prim.INT_STR, i));
        }

        void returnNone() {
            f.setTerminator(at, new Terminator.Return(konst(new Constant.NoneC())));
        }
    }

    /** How a run ended: stdout, the last line of stderr (the exception), the exit status. */
    record Outcome(String out, String lastErrLine, int status) {}

    /** Where lowered programs run: the Java stand-in, or runtime.wasm in a second instance. */
    enum Runner {
        MINI, REAL, REAL_COLOURED;

        Outcome run(IrProgram p) {
            if (this == MINI) {
                MiniRuntime rt = new MiniRuntime();
                var m = lower(p, MiniRuntime.RUNTIME_END, new OneLocalPerValue());
                String out = guarded(() -> rt.run(WasmWriter.write(m)), m);
                return new Outcome(out, rt.uncaught == null ? "" : rt.uncaught, rt.exitCode);
            }
            RealRuntime rt = new RealRuntime();
            var m = lower(p, rt.heapBase(), this == REAL_COLOURED ? new InterferenceColouring() : new OneLocalPerValue());
            guarded(() -> {
                rt.run(WasmWriter.write(m));
                return "";
            }, m);
            String[] err = rt.err().split("\n");
            return new Outcome(rt.out(), err[err.length - 1], rt.exitCode);
        }

        private static dev.waspy.wasm.model.Module lower(IrProgram p, int dataBase,
                                                         dev.waspy.backend.locals.LocalAllocator locals) {
            return ProgramLowering.lower(p, new StaticData(dataBase), locals,
                    MiniRuntime.RUNTIME_END, 64 * 1024, 1024, true).module();
        }

        private static String guarded(java.util.function.Supplier<String> run, dev.waspy.wasm.model.Module m) {
            try {
                return run.get();
            } catch (RuntimeException e) {
                throw new AssertionError(e + "\n" + WatPrinter.print(m), e);
            }
        }
    }

    private static IrProgram program(IrFunction... fns) {
        IrProgram p = new IrProgram("test.py");
        for (IrFunction fn : fns) {
            p.addFunction(fn);
        }
        return p;
    }

    /** The message line CPython prints last for an uncaught exception, as each runner reports it. */
    private static String uncaught(Runner r, ExcClass c, String message) {
        return r == Runner.MINI ? "class " + c.id() + ": " + message : c.name() + ": " + message;
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void printOnePlusTwo(Runner runner) {
        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        m.printInt(m.prim(Prim.INT_ADD, m.i(1), m.i(2)));
        m.returnNone();
        assertEquals(new Outcome("3\n", "", 0), runner.run(program(m.f)));
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void smallIntOverflowFallsBackToTheRuntime(Runner runner) {
        long max = (1L << 62) - 1;
        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        m.printInt(m.prim(Prim.INT_ADD, m.i(max), m.i(1)));
        m.printInt(m.prim(Prim.INT_SUB, m.i(-max - 1), m.i(1)));
        m.printInt(m.prim(Prim.INT_MUL, m.i(1L << 40), m.i(1L << 40)));
        m.printInt(m.prim(Prim.INT_MUL, m.i(-123456), m.i(654321)));
        m.printInt(m.prim(Prim.INT_NEG, m.i(-max - 1)));
        m.printInt(m.prim(Prim.INT_NEG, m.i(5)));
        m.printInt(m.konst(new Constant.IntC(BigInteger.TWO.pow(70).negate())));
        m.print(m.prim(Prim.BOOL_STR, m.prim(Prim.INT_LT, m.i(-3), m.i(2))));
        m.returnNone();
        // Expected values are Python's: 2**62, -2**62-1, 2**80, -123456*654321, 2**62, -5, -2**70, True.
        assertEquals(String.join("\n", "4611686018427387904", "-4611686018427387905",
                "1208925819614629174706176", "-80779853376", "4611686018427387904", "-5",
                "-1180591620717411303424", "True", ""), runner.run(program(m.f)).out());
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void loopWithPhisThatSwap(Runner runner) {
        // a, b = 0, 1; for _ in range(10): a, b = b, a + b; print(a)  -- in SSA form with phis
        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        IrFunction f = m.f;
        Block entry = m.at;
        Temp a0 = m.i(0);
        Temp b0 = m.i(1);
        Temp n0 = m.i(0);
        Block head = f.newBlock();
        Block body = f.newBlock();
        Block exit = f.newBlock();
        f.setTerminator(entry, new Terminator.Jump(head));
        Temp a = f.newTemp(IrType.INT);
        Temp b = f.newTemp(IrType.INT);
        Temp n = f.newTemp(IrType.INT);
        m.at = body;
        Temp sum = m.prim(Prim.INT_ADD, a, b);
        Temp n1 = m.prim(Prim.INT_ADD, n, m.i(1));
        f.setTerminator(body, new Terminator.Jump(head));
        head.add(new Inst.Phi(a, List.of(new Inst.PhiArg(entry, a0), new Inst.PhiArg(body, b))));
        head.add(new Inst.Phi(b, List.of(new Inst.PhiArg(entry, b0), new Inst.PhiArg(body, sum))));
        head.add(new Inst.Phi(n, List.of(new Inst.PhiArg(entry, n0), new Inst.PhiArg(body, n1))));
        m.at = head;
        Temp more = m.prim(Prim.INT_LT, n, m.i(10));
        f.setTerminator(head, new Terminator.Branch(more, body, exit));
        m.at = exit;
        m.printInt(a);
        m.returnNone();
        assertEquals("55\n", runner.run(program(f)).out());
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void exceptionsPropagateThroughCallsToUncaught(Runner runner) {
        Var.Local x = new Var.Local("x", IrType.INT);
        FnBuilder div = new FnBuilder("div", List.of(x), IrType.INT);
        Temp xv = div.f.newTemp(IrType.INT);
        div.at.add(new Inst.Load(xv, x));
        Temp q = div.prim(Prim.INT_FLOORDIV, div.i(10), xv);
        div.f.setTerminator(div.at, new Terminator.Return(q));

        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        Temp r = m.f.newTemp(IrType.INT);
        m.at.add(new Inst.Call(r, "div", List.of(m.i(5))));
        m.printInt(r);
        Temp r2 = m.f.newTemp(IrType.INT);
        m.at.add(new Inst.Call(r2, "div", List.of(m.i(0))));
        m.printInt(r2);
        m.returnNone();
        assertEquals(new Outcome("2\n", uncaught(runner, ExcClass.ZeroDivisionError,
                "integer division or modulo by zero"), 1), runner.run(program(m.f, div.f)));
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void aRaiseInABlockWithAHandlerGoesToTheHandler(Runner runner) {
        // b1's floor division raises; its handler b3 runs instead of the rest of b1. Nothing takes
        // the exception yet (the IR has no such operation), so the check after b3's first write
        // propagates it: the output ends with "caught", without its newline.
        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        IrFunction f = m.f;
        Block b0 = m.at;
        Block b1 = f.newBlock();
        Block b2 = f.newBlock();
        Block b3 = f.newBlock();
        m.print(m.s("a"));
        f.setTerminator(b0, new Terminator.Jump(b1));
        m.at = b1;
        f.setHandler(b1, b3);
        m.printInt(m.prim(Prim.INT_FLOORDIV, m.i(1), m.i(0)));
        f.setTerminator(b1, new Terminator.Jump(b2));
        m.at = b3;
        m.print(m.s("caught"));
        f.setTerminator(b3, new Terminator.Jump(b2));
        m.at = b2;
        m.print(m.s("after"));
        m.returnNone();
        assertEquals(new Outcome("a\ncaught", uncaught(runner, ExcClass.ZeroDivisionError,
                "integer division or modulo by zero"), 1), runner.run(program(f)));
    }

    /**
     * An int op's slow path checks for a pending exception inside its arm, and from there goes to
     * the block's handler. b1 raises ValueError into b2, where it stays pending (nothing takes an
     * exception yet); in b2 the small-int sum calls nothing and so checks nothing, and the op that
     * needs the runtime then sees the exception and goes to b2's handler b3. {@code 2**62 - 1 + 1}
     * calls from the overflow arm (two labels deep), {@code 2**40 * 2**40} from the slow arm (one).
     */
    @ParameterizedTest
    @EnumSource(Runner.class)
    void anIntOpsSlowPathGoesFromItsArmToTheHandler(Runner runner) {
        long max = (1L << 62) - 1;
        for (boolean overflowArm : new boolean[] {true, false}) {
            FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
            IrFunction f = m.f;
            Block b1 = f.newBlock();
            Block b2 = f.newBlock();
            Block b3 = f.newBlock();
            f.setTerminator(m.at, new Terminator.Jump(b1));
            m.at = b1;
            f.setHandler(b1, b2);
            f.setTerminator(b1, new Terminator.Raise("ValueError", m.s("boom")));
            m.at = b2;
            f.setHandler(b2, b3);
            m.prim(Prim.INT_ADD, m.i(1), m.i(2));
            m.prim(Prim.PRINT_WRITE, m.s("small"));
            if (overflowArm) {
                m.prim(Prim.INT_ADD, m.i(max), m.i(1));
            } else {
                m.prim(Prim.INT_MUL, m.i(1L << 40), m.i(1L << 40));
            }
            m.prim(Prim.PRINT_WRITE, m.s(" not handled"));
            m.returnNone();
            m.at = b3;
            m.prim(Prim.PRINT_WRITE, m.s(" handled"));
            m.returnNone();
            assertEquals(new Outcome("small handled", uncaught(runner, ExcClass.ValueError, "boom"), 1),
                    runner.run(program(f)), overflowArm ? "overflow arm" : "slow arm");
        }
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void aRaiseTerminatorGoesToTheHandlerWithItsPhiCopies(Runner runner) {
        // b1: raise ValueError, handled by b2 whose phi takes 7 from b1 and 5 from b0's normal edge.
        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        IrFunction f = m.f;
        Block b0 = m.at;
        Block b1 = f.newBlock();
        Block b2 = f.newBlock();
        Temp five = m.i(5);
        Temp flag = m.konst(new Constant.BoolC(true));
        f.setTerminator(b0, new Terminator.Branch(flag, b1, b2));
        m.at = b1;
        Temp seven = m.i(7);
        f.setHandler(b1, b2);
        f.setTerminator(b1, new Terminator.Raise("ValueError", m.s("boom")));
        Temp v = f.newTemp(IrType.INT);
        b2.add(new Inst.Phi(v, List.of(new Inst.PhiArg(b0, five), new Inst.PhiArg(b1, seven))));
        m.at = b2;
        // Written before any check can propagate the (still pending) exception: static strings and
        // the write, which allocates nothing, so no check comes between.
        Block yes = f.newBlock();
        Block no = f.newBlock();
        f.setTerminator(b2, new Terminator.Branch(m.prim(Prim.INT_EQ, v, m.i(7)), yes, no));
        m.at = yes;
        m.prim(Prim.PRINT_WRITE, m.s("True"));
        m.returnNone();
        m.at = no;
        m.prim(Prim.PRINT_WRITE, m.s("False"));
        m.returnNone();
        assertEquals(new Outcome("True", uncaught(runner, ExcClass.ValueError, "boom"), 1), runner.run(program(f)));
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void globalsAndRaiseTerminator(Runner runner) {
        Var.Global g = new Var.Global("counter", IrType.INT);
        FnBuilder m = new FnBuilder(IrProgram.MODULE, List.of(), IrType.NONE);
        m.at.add(new Inst.Store(g, m.i(41)));
        Temp v = m.f.newTemp(IrType.INT);
        m.at.add(new Inst.Load(v, g));
        m.printInt(m.prim(Prim.INT_ADD, v, m.i(1)));
        m.f.setTerminator(m.at, new Terminator.Raise("ValueError", m.s("bad value")));
        IrProgram p = new IrProgram("t.py");
        p.addGlobal(g);
        p.addFunction(m.f);
        assertEquals(new Outcome("42\n", uncaught(runner, ExcClass.ValueError, "bad value"), 1), runner.run(p));
    }
}
