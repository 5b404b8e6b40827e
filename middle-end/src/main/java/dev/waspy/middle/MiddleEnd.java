package dev.waspy.middle;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.middle.build.BindChecks;
import dev.waspy.middle.build.generic.AnnotationWarnings;
import dev.waspy.middle.build.generic.GenericBuilder;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.pass.DeadBlocks;
import dev.waspy.middle.pass.PassContext;
import dev.waspy.middle.pass.PassManager;
import dev.waspy.middle.pass.PassObserver;
import dev.waspy.middle.pass.Pipeline;
import dev.waspy.middle.verify.Verifier;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entry point the backend calls: source to verified CFG IR. CPython's compile-time checks and
 * the symbol table, the generic IR builder ({@link GenericBuilder}: every value an object), the
 * unbound-variable checks, then the pass pipeline, where inference and specialize type it. User
 * errors are {@link dev.waspy.frontend.diag.CompileError}s; anything else thrown is a compiler bug.
 */
public final class MiddleEnd {
    /**
     * {@code passes}: the pipeline to run ({@link Pipeline#forLevel} for an optimization level
     * minus disabled passes); {@code verifyEachPass}: run the verifier after every pass;
     * {@code observer}: sees the IR after construction and after each pass (dumps, timings);
     * {@code warnings}: receives the positioned warnings (values that disagree with their
     * annotations, {@link AnnotationWarnings}).
     */
    public record Options(List<String> passes, boolean verifyEachPass, PassObserver observer,
                          Consumer<CompileError> warnings) {
        public Options { passes = List.copyOf(passes); }

        public Options(List<String> passes, boolean verifyEachPass) { this(passes, verifyEachPass, PassObserver.NONE); }
        public Options(List<String> passes, boolean verifyEachPass, PassObserver observer) {
            this(passes, verifyEachPass, observer, w -> { });
        }

        /**
         * The pipeline of {@code -O<level>} without {@code disabled}; a pipeline that cannot run (a
         * required pass disabled, an order the table forbids) is a {@link Pipeline.InvalidPipeline}.
         */
        public static Options forLevel(int level, java.util.Collection<String> disabled, boolean verifyEachPass) {
            return new Options(Pipeline.forLevel(level, disabled), verifyEachPass);
        }

        public static Options defaults() { return new Options(Pipeline.DEFAULT, false); }
        public static Options forTests() { return new Options(Pipeline.DEFAULT, true); }

        public Options withObserver(PassObserver o) { return new Options(passes, verifyEachPass, o, warnings); }
        public Options withWarnings(Consumer<CompileError> w) { return new Options(passes, verifyEachPass, observer, w); }
    }

    private MiddleEnd() {}

    /** Parses and compiles with the default options. */
    public static IrProgram compile(SourceFile file) {
        return compile(file, Parser.parse(file), Options.defaults());
    }

    public static IrProgram compile(SourceFile file, Mod.Module module) {
        return compile(file, module, Options.defaults());
    }

    public static IrProgram compile(SourceFile file, Mod.Module module, Options options) {
        long t0 = System.nanoTime();
        GenericBuilder.Built built = GenericBuilder.buildWithScopes(file, module);
        IrProgram ir = finishBuild(built.ir(), options.verifyEachPass());
        var ctx = new PassContext(ir, options.verifyEachPass(), options.observer());
        options.observer().after("build", ctx, System.nanoTime() - t0);
        PassManager.run(options.passes(), ctx);
        check(ir, "the pass pipeline");
        AnnotationWarnings.check(file, built.scopes(), module.body(), ir, options.warnings());
        return ir;
    }

    /** The IR right after construction, unbound-variable checks and removal of unreachable blocks, before any pass. */
    public static IrProgram build(SourceFile file, Mod.Module module, boolean verify) {
        return finishBuild(GenericBuilder.build(file, module), verify);
    }

    /** Unbound-variable checks and removal of unreachable blocks on freshly built IR. */
    private static IrProgram finishBuild(IrProgram ir, boolean verify) {
        if (verify) check(ir, "CFG construction");
        BindChecks.run(ir);
        // Code after return/break/continue is left unreachable by construction: never let it reach a backend.
        var ctx = new PassContext(ir, false);
        var dead = new DeadBlocks();
        for (var f : ir.functions()) dead.run(f, ctx);
        check(ir, "unbound-variable checks");
        return ir;
    }

    private static void check(IrProgram ir, String stage) {
        List<String> errors = Verifier.verify(ir);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid IR after " + stage + ":\n  " + String.join("\n  ", errors));
        }
    }
}
