package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Preserved;

/**
 * A transformation of the IR, registered in {@link Passes} under a kebab-case name with a
 * one-line description: a {@link FunctionPass} sees one function at a time, a {@link ModulePass}
 * the whole program (inference, inlining). Each reports whether it changed anything and says
 * which analyses stay valid when it does.
 */
public sealed interface Pass permits FunctionPass, ModulePass {
    /** The kebab-case name used on the command line and in dumps. */
    String name();

    /** One line for {@code --help}. */
    String description();

    /**
     * The analyses still valid after this pass changed a function (a pass that reports no change
     * invalidates nothing). Saying too much is a miscompile waiting to happen: when in doubt, NONE.
     */
    Preserved preserves();
}
