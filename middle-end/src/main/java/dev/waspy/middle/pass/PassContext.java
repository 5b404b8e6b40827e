package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.AnalysisCache;
import dev.waspy.middle.ir.IrProgram;
import java.util.Map;
import java.util.TreeMap;

/**
 * What passes may see besides their function: the program, the analysis cache, and counters they
 * bump for reports ({@code const-fold.folded: 12}). One context per compilation, never global state, so
 * compilations may run in parallel.
 */
public final class PassContext {
    private final IrProgram program;
    private final boolean verifyEachPass;
    private final Map<String, Integer> counters = new TreeMap<>();
    private final PassObserver observer;
    private final AnalysisCache analyses;

    public PassContext(IrProgram program, boolean verifyEachPass) {
        this(program, verifyEachPass, PassObserver.NONE);
    }

    public PassContext(IrProgram program, boolean verifyEachPass, PassObserver observer) {
        this.program = program;
        this.verifyEachPass = verifyEachPass;
        this.observer = observer;
        this.analyses = new AnalysisCache(program);
    }

    public PassObserver observer() { return observer; }

    public IrProgram program() { return program; }

    /** Dominators, loops, liveness, the call graph: computed on demand, kept while valid. */
    public AnalysisCache analyses() { return analyses; }

    /** Whether the pipeline runs the verifier after every pass (tests always ask). */
    public boolean verifyEachPass() { return verifyEachPass; }

    public void count(String counter, int n) { counters.merge(counter, n, Integer::sum); }

    public Map<String, Integer> counters() { return counters; }
}
