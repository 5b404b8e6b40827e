package dev.waspy.middle.pass;

import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Turns the iteration of a {@code range} that nothing else sees into a counter (the scalar
 * replacement of a range iterator, {@link IteratorLoops}): where a range object is made only to
 * be iterated, and its iterator is only stepped and read, the object and the iterator go, and a
 * variable counts from the start by the step. mem2reg then makes the counter an SSA value, and
 * inference types it {@code int}, so the loop body sees an {@code int} item instead of an
 * {@code object}.
 * <pre>
 * %r: object = rt rt_range_new(%a, %b, %s)     store next, %a
 * %it: object = rt rt_obj_iter(%r)
 * ...                                     =>   %c: int = load next
 * %m: bool = rt rt_iter_step(%it)               %m: bool = int.lt %c, %b      (int.gt for a negative step)
 *                                               store next, int.add %c, %s; store current, %c
 * %x: object = rt rt_iter_value(%it)            %x0: int = load current;  %x: object = box %x0
 * </pre>
 * Only ranges whose step is a constant other than zero qualify: {@code rt_range_new} raises
 * ValueError for a zero step, and the sign picks the comparison. The counter may pass the stop by
 * a step before the loop ends; like CPython's own range iterator, it is never read then. Ranges
 * of any size are exact: {@code int} is arbitrary precision.
 *
 * <p>Runs before mem2reg (the generic path's first pass): the range's arguments are values
 * already, and the counter is a variable.
 */
public final class RangeLoops extends IteratorLoops<RangeLoops.Range> {
    @Override public String name() { return "range-loops"; }

    @Override public String description() { return "iterate a range that nothing else sees with a counter, not an iterator object"; }

    /** The range call an iteration replaces, and whether its constant step is positive. */
    record Range(Inst.RtCall call, boolean up) {}

    @Override
    Range source(Inst.RtCall iter, Map<Temp, Inst> defs, Map<Temp, List<Inst>> users) {
        if (!(defs.get(iter.args().get(0)) instanceof Inst.RtCall range) || !rt(range, "rt_range_new")) return null;
        if (users.getOrDefault(range.dst(), List.of()).size() != 1) return null;
        BigInteger step = defs.get(range.args().get(2)) instanceof Inst.Const c && c.value() instanceof Constant.IntC i ? i.value() : null;
        return step == null || step.signum() == 0 ? null : new Range(range, step.signum() > 0);
    }

    @Override
    Inst dropped(Range source) { return source.call(); }

    @Override
    void start(IrFunction f, Range r, Position p, List<Inst> out) {
        out.add(new Inst.Store(p.next(), r.call().args().get(0)));
    }

    @Override
    void step(IrFunction f, Range r, Position p, Temp more, List<Inst> out) {
        Temp cur = f.newTemp(IrType.INT);
        Temp after = f.newTemp(IrType.INT);
        out.add(new Inst.Load(cur, p.next()));
        out.add(new Inst.PrimOp(more, r.up() ? Prim.INT_LT : Prim.INT_GT, List.of(cur, r.call().args().get(1))));
        out.add(new Inst.PrimOp(after, Prim.INT_ADD, List.of(cur, r.call().args().get(2))));
        out.add(new Inst.Store(p.next(), after));
        out.add(new Inst.Store(p.current(), cur));
    }

    @Override
    void item(IrFunction f, Range r, Position p, Temp item, List<Inst> out) {
        Temp v = f.newTemp(IrType.INT);
        out.add(new Inst.Load(v, p.current()));
        out.add(new Inst.Box(item, v));
    }
}
