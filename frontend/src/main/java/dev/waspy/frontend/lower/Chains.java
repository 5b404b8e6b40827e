package dev.waspy.frontend.lower;

import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.hir.UnOp;
import dev.waspy.frontend.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Long {@code and}/{@code or} chains and long chained comparisons, lowered flat. Nested
 * conditionals (ExprLowerer's form for short chains) make a chain of n operands n levels deep in
 * every later tree, CFG and Wasm block structure; here each step is one guarded statement after
 * the other, so depth stays constant whatever the length:
 * <pre>
 *   a and b and c          slot = a; go = bool(a)
 *                          if go: slot = b; go = bool(b)
 *                          if go: slot = c
 *                          -&gt; slot
 * </pre>
 * Each operand is evaluated at most once and only when every step before it let evaluation go on,
 * exactly as the nested form does.
 */
final class Chains {
    /** Chains up to this many operands keep the nested form (no flag to test; the common case). */
    static final int FLAT_FROM = 8;

    private final FunctionLowerer f;
    private final ExprLowerer ex;

    Chains(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    /** {@code v0 and v1 and ...} (or {@code or}): the first operand that decides, of the join of their types. */
    HExpr boolOp(boolean isAnd, List<HExpr> values) {
        Type t = Type.BOTTOM;
        for (HExpr v : values) t = Type.join(t, v.type());
        HVar slot = f.temp(t);
        HVar go = f.temp(Type.BOOL);
        var stmts = new ArrayList<HStmt>();
        List<HStmt> step = stmts;
        for (int i = 0; i < values.size(); i++) {
            HExpr v = values.get(i);
            if (i > 0) {
                var inner = new ArrayList<HStmt>();
                stmts.add(new HStmt.If(new HExpr.Load(go), inner, List.of()));
                step = inner;
            }
            if (i == values.size() - 1) {
                step.add(new HStmt.Assign(slot, f.conv(v, t)));
                break;
            }
            HVar tmp = f.temp(v.type());
            step.add(new HStmt.Assign(tmp, v));
            step.add(new HStmt.Assign(slot, f.conv(new HExpr.Load(tmp), t)));
            HExpr truth = ex.truthy(new HExpr.Load(tmp));
            step.add(new HStmt.Assign(go, isAnd ? truth : new HExpr.Unary(UnOp.NOT, truth, Type.BOOL)));
        }
        return new HExpr.Block(stmts, new HExpr.Load(slot));
    }

    /**
     * {@code o0 op0 o1 op1 o2 ...}: each comparison's result decides whether the next operand is
     * evaluated; {@code compare(i, left, right)} is the i-th comparison, a bool.
     */
    HExpr compareChain(List<HExpr> operands, BiFunction<Integer, HExpr[], HExpr> compare) {
        HVar result = f.temp(Type.BOOL);
        var stmts = new ArrayList<HStmt>();
        // The operand carried to the next step lives in one variable per type, not one per
        // operand: a variable per operand read in the next step's block would make thousands of
        // variables live across blocks, and the analyses over them quadratic.
        var carry = new java.util.HashMap<Type, HVar>();
        HVar left = carry.computeIfAbsent(operands.get(0).type(), f::temp);
        stmts.add(new HStmt.Assign(left, operands.get(0)));
        List<HStmt> step = stmts;
        for (int i = 1; i < operands.size(); i++) {
            if (i > 1) {
                var inner = new ArrayList<HStmt>();
                stmts.add(new HStmt.If(new HExpr.Load(result), inner, List.of()));
                step = inner;
            }
            Type t = operands.get(i).type();
            HVar right = f.temp(t);
            step.add(new HStmt.Assign(right, operands.get(i)));
            step.add(new HStmt.Assign(result, compare.apply(i - 1, new HExpr[] {new HExpr.Load(left), new HExpr.Load(right)})));
            if (i < operands.size() - 1) {
                left = carry.computeIfAbsent(t, f::temp);
                step.add(new HStmt.Assign(left, new HExpr.Load(right)));
            }
        }
        return new HExpr.Block(stmts, new HExpr.Load(result));
    }
}
