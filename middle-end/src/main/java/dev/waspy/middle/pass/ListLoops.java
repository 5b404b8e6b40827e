package dev.waspy.middle.pass;

import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.rt.RuntimeFunctions;
import java.util.List;
import java.util.Map;

/**
 * Iterates a list with an index, as CPython's list iterator does (the length is read at every
 * step, so items appended during the loop are visited), instead of an iterator object, when
 * nothing but the loop sees the iterator ({@link IteratorLoops}):
 * <pre>
 * %b: object = box %l                        (%l: list)
 * %it: object = rt rt_obj_iter(%b)           store next, 0
 * %m: bool = rt rt_iter_step(%it)      =>    %i = load next; %m = int.lt %i, list.len %l
 *                                             store next, int.add %i, 1; store current, %i
 * %x: object = rt rt_iter_value(%it)         %x = rt rt_list_get(%l, load current)
 * </pre>
 * Runs after specialize, which makes the generic path's objects proven to be lists values of IR
 * type list (before it, only list displays are); mem2reg, after it, gives the new variables their
 * phis.
 */
public final class ListLoops extends IteratorLoops<Temp> {
    @Override public String name() { return "list-loops"; }

    @Override public String description() { return "iterate a proven list by index, not with an iterator object"; }

    @Override
    Temp source(Inst.RtCall iter, Map<Temp, Inst> defs, Map<Temp, List<Inst>> users) {
        return defs.get(iter.args().get(0)) instanceof Inst.Box box && box.src().type() instanceof IrType.ListT ? box.src() : null;
    }

    @Override
    void start(IrFunction f, Temp list, Position p, List<Inst> out) {
        Temp zero = f.newTemp(IrType.INT);
        out.add(new Inst.Const(zero, Constant.of(0)));
        out.add(new Inst.Store(p.next(), zero));
    }

    @Override
    void step(IrFunction f, Temp list, Position p, Temp more, List<Inst> out) {
        Temp cur = f.newTemp(IrType.INT);
        Temp len = f.newTemp(IrType.INT);
        Temp one = f.newTemp(IrType.INT);
        Temp after = f.newTemp(IrType.INT);
        out.add(new Inst.Load(cur, p.next()));
        out.add(new Inst.PrimOp(len, Prim.LIST_LEN, List.of(list)));
        out.add(new Inst.PrimOp(more, Prim.INT_LT, List.of(cur, len)));
        out.add(new Inst.Const(one, Constant.of(1)));
        out.add(new Inst.PrimOp(after, Prim.INT_ADD, List.of(cur, one)));
        out.add(new Inst.Store(p.next(), after));
        out.add(new Inst.Store(p.current(), cur));
    }

    @Override
    void item(IrFunction f, Temp list, Position p, Temp item, List<Inst> out) {
        Temp j = f.newTemp(IrType.INT);
        out.add(new Inst.Load(j, p.current()));
        out.add(new Inst.RtCall(item, RuntimeFunctions.get("rt_list_get"), List.of(list, j)));
    }
}
