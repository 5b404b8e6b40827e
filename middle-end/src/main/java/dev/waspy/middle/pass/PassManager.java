package dev.waspy.middle.pass;

import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.verify.Verifier;
import java.util.List;

/**
 * Runs a pipeline: each pass in order, a function pass over every function, a module pass once.
 * After a pass changed a function, the analyses it does not preserve are dropped from the cache;
 * with {@link PassContext#verifyEachPass()} the verifier runs after every pass; the observer sees
 * the program after each pass with the time it took.
 */
public final class PassManager {
    private PassManager() {}

    /** Runs the registered passes named, in order. */
    public static void run(List<String> passNames, PassContext ctx) {
        runPasses(passNames.stream().map(Passes::byName).toList(), ctx);
    }

    /** Runs pass instances, in order (tests run passes that are not registered). */
    public static void runPasses(List<? extends Pass> passes, PassContext ctx) {
        for (Pass pass : passes) {
            String name = pass.name();
            long t0 = System.nanoTime();
            switch (pass) {
                case FunctionPass fp -> {
                    for (IrFunction f : ctx.program().functions()) runOne(fp, f, ctx);
                }
                case ModulePass mp -> runModule(mp, ctx);
            }
            ctx.observer().after(name, ctx, System.nanoTime() - t0);
        }
    }

    private static void runOne(FunctionPass pass, IrFunction f, PassContext ctx) {
        String before = ctx.verifyEachPass() ? IrPrinter.print(f) : null;
        boolean changed;
        try {
            changed = pass.run(f, ctx);
        } catch (RuntimeException e) {
            throw new PassFailure("during " + pass.name() + " while compiling " + f.name() + ": " + e
                    + (before == null ? "" : "\nIR before:\n" + before), e);
        }
        if (changed) ctx.analyses().changed(f, pass.preserves());
        if (!ctx.verifyEachPass()) return;
        List<String> errors = Verifier.verify(ctx.program(), f);
        if (!errors.isEmpty()) {
            throw new PassFailure("the IR of " + f.name() + " is invalid after " + pass.name() + ":\n  "
                    + String.join("\n  ", errors) + "\nIR before:\n" + before + "IR after:\n" + IrPrinter.print(f), null);
        }
    }

    private static void runModule(ModulePass pass, PassContext ctx) {
        boolean changed;
        try {
            changed = pass.run(ctx.program(), ctx);
        } catch (RuntimeException e) {
            throw new PassFailure("during " + pass.name() + ": " + e, e);
        }
        if (changed) ctx.analyses().changedAll(pass.preserves());
        if (!ctx.verifyEachPass()) return;
        List<String> errors = Verifier.verify(ctx.program());
        if (!errors.isEmpty()) {
            throw new PassFailure("the IR is invalid after " + pass.name() + ":\n  " + String.join("\n  ", errors)
                    + "\nIR after:\n" + IrPrinter.print(ctx.program()), null);
        }
    }
}
