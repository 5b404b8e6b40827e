package dev.waspy.frontend.hir;

import java.util.List;

/** A statement of the typed IR. */
public sealed interface HStmt {
    /** {@code var = value}, value of the variable's type. */
    record Assign(HVar var, HExpr value) implements HStmt {}

    /** An expression evaluated for its effect. */
    record Eval(HExpr expr) implements HStmt {}

    /** cond is a bool. */
    record If(HExpr cond, List<HStmt> then, List<HStmt> orelse) implements HStmt {}

    /** {@code orelse} runs when the loop ends without {@code break}. */
    record While(HExpr cond, List<HStmt> body, List<HStmt> orelse) implements HStmt {}

    /**
     * {@code for target in range(start, stop, step)}: the ints start, stop and step are evaluated
     * once into the hidden {@code counter}, {@code stop}, {@code step} variables; a zero step raises
     * ValueError; each iteration assigns the counter to {@code target} (which the body may
     * reassign without effect on the loop).
     */
    record ForRange(HVar target, HVar counter, HVar stopVar, HVar stepVar, HExpr start, HExpr stop, HExpr step,
                    List<HStmt> body, List<HStmt> orelse) implements HStmt {}

    record Break() implements HStmt {}

    record Continue() implements HStmt {}

    /** Raises a new built-in exception of class {@code excClass} with a str message. */
    record Raise(String excClass, HExpr message) implements HStmt {}

    /** value has the function's return type. */
    record Return(HExpr value) implements HStmt {}
}
