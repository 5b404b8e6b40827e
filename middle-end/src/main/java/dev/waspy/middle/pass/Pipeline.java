package dev.waspy.middle.pass;

import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.verify.Verifier;
import java.util.List;

/** Runs passes over every function in order, verifying after each one when asked. */
public final class Pipeline {
    /**
     * The default order. dead-blocks first: the builder leaves blocks after return/break
     * unreachable, and no later pass should spend time on them. const-fold then folds constant
     * operations and branches on constants; the branches it resolves leave new dead blocks, so
     * dead-blocks runs again. dead-code goes last: folding leaves the constants it consumed unused.
     */
    public static final List<String> DEFAULT = List.of("dead-blocks", "const-fold", "dead-blocks", "dead-code");

    /**
     * DEFAULT with mem2reg after the first dead-blocks (its dominance frontiers assume every block
     * is reachable), so the later passes see values instead of slots: const-fold then propagates
     * constants through former variables, and dead-code also removes unused phis. Every corpus
     * program gives CPython's output with it, in the reference interpreter and through the code
     * generator and runtime; it is meant to become DEFAULT.
     */
    public static final List<String> SSA = List.of("dead-blocks", "mem2reg", "const-fold", "dead-blocks", "dead-code");

    /** No optimization beyond what CFG construction always does: the IR as built, in slots. */
    public static final List<String> NONE = List.of();

    private Pipeline() {}

    public static void run(List<String> passNames, PassContext ctx) {
        for (String name : passNames) {
            Pass pass = Passes.byName(name);
            long t0 = System.nanoTime();
            for (IrFunction f : ctx.program().functions()) runOne(pass, f, ctx);
            ctx.observer().after(name, ctx, System.nanoTime() - t0);
        }
    }

    private static void runOne(Pass pass, IrFunction f, PassContext ctx) {
        String before = ctx.verifyEachPass() ? IrPrinter.print(f) : null;
        try {
            pass.run(f, ctx);
        } catch (RuntimeException e) {
            throw new PassFailure("during " + pass.name() + " while compiling " + f.name() + ": " + e
                    + (before == null ? "" : "\nIR before:\n" + before), e);
        }
        if (!ctx.verifyEachPass()) return;
        List<String> errors = Verifier.verify(ctx.program(), f);
        if (!errors.isEmpty()) {
            throw new PassFailure("the IR of " + f.name() + " is invalid after " + pass.name() + ":\n  "
                    + String.join("\n  ", errors) + "\nIR before:\n" + before + "IR after:\n" + IrPrinter.print(f), null);
        }
    }
}
