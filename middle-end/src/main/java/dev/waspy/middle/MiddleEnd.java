package dev.waspy.middle;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hir.HProgram;
import dev.waspy.frontend.lower.Lowering;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.middle.build.BindChecks;
import dev.waspy.middle.build.ProgramBuilder;
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
 * The entry point the backend calls: source to verified CFG IR. Frontend (scopes, inference,
 * typed IR), then CFG construction, unbound-variable checks and the pass pipeline. User errors
 * are {@link dev.waspy.frontend.diag.CompileError}s; anything else thrown is a compiler bug.
 */
public final class MiddleEnd {
    /**
     * Which IR builder runs: {@code TYPED} (the frontend's inference, then its typed IR, the
     * default) or {@code GENERIC} ({@link GenericBuilder}: from the syntax tree, every value an
     * object; see FOUNDATION.md, migration step 2).
     */
    public enum Frontend { TYPED, GENERIC }

    /**
     * {@code passes}: the pipeline to run ({@link Pipeline#forLevel} for an optimization level
     * minus disabled passes); {@code verifyEachPass}: run the verifier after every pass;
     * {@code observer}: sees the IR after construction and after each pass (dumps, timings);
     * {@code frontend}: which IR builder runs; {@code warnings}: receives the
     * positioned warnings (values that disagree with their annotations).
     */
    public record Options(List<String> passes, boolean verifyEachPass, PassObserver observer, Frontend frontend,
                          Consumer<CompileError> warnings) {
        public Options { passes = List.copyOf(passes); }

        public Options(List<String> passes, boolean verifyEachPass) { this(passes, verifyEachPass, PassObserver.NONE); }
        public Options(List<String> passes, boolean verifyEachPass, PassObserver observer) {
            this(passes, verifyEachPass, observer, Frontend.GENERIC, w -> { });
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

        public Options withObserver(PassObserver o) { return new Options(passes, verifyEachPass, o, frontend, warnings); }
        public Options withFrontend(Frontend f) { return new Options(passes, verifyEachPass, observer, f, warnings); }
        public Options withWarnings(Consumer<CompileError> w) { return new Options(passes, verifyEachPass, observer, frontend, w); }
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
        boolean generic = options.frontend() == Frontend.GENERIC;
        GenericBuilder.Built built = generic ? GenericBuilder.buildWithScopes(file, module) : null;
        IrProgram ir = generic
                ? finishBuild(built.ir(), options.verifyEachPass())
                : build(typedProgram(file, module, options.warnings()), options.verifyEachPass());
        var ctx = new PassContext(ir, options.verifyEachPass(), options.observer());
        options.observer().after("build", ctx, System.nanoTime() - t0);
        PassManager.run(generic ? options.passes() : Pipeline.forTypedPath(options.passes()), ctx);
        check(ir, "the pass pipeline");
        if (generic) AnnotationWarnings.check(file, built.scopes(), module.body(), ir, options.warnings());
        return ir;
    }

    private static HProgram typedProgram(SourceFile file, Mod.Module module, Consumer<CompileError> sink) {
        var warnings = new java.util.ArrayList<CompileError>();
        HProgram p = Lowering.lower(file, module, warnings);
        warnings.forEach(sink);
        return p;
    }

    /**
     * The IR right after CFG construction and unbound-variable checks, unreachable blocks removed,
     * before any pass of the pipeline.
     */
    public static IrProgram build(HProgram hir, boolean verify) {
        return finishBuild(ProgramBuilder.build(hir), verify);
    }

    /** Unbound-variable checks and removal of unreachable blocks on freshly built IR, of either builder. */
    public static IrProgram finishBuild(IrProgram ir, boolean verify) {
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
