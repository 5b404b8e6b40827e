package dev.waspy.backend.locals;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.List;

/**
 * Every variable slot and every temp with a value gets a local of its own: trivially correct, and
 * engines allocate registers themselves, so the cost is mostly code size.
 */
public final class OneLocalPerValue implements LocalAllocator {
    @Override
    public FunctionLocals allocate(IrFunction function) {
        List<ValType> params = new ArrayList<>();
        for (Var.Local p : function.params()) {
            ValType t = FunctionLocals.valType(p.type());
            if (t != null) {
                params.add(t);
            }
        }
        FunctionLocals locals = new FunctionLocals(params);
        int index = 0;
        for (Var.Local p : function.params()) {
            if (FunctionLocals.valType(p.type()) != null) {
                locals.bind(p, index);
                locals.name(index, p.name());
                index++;
            }
        }
        for (Var.Local v : function.locals().subList(function.params().size(), function.locals().size())) {
            ValType t = FunctionLocals.valType(v.type());
            if (t != null) {
                locals.bind(v, locals.add(t, v.name()));
            }
        }
        for (Block b : function.blocks()) {
            for (Inst i : b.insts()) {
                Temp d = i.def();
                if (d != null) {
                    ValType t = FunctionLocals.valType(d.type());
                    if (t != null) {
                        locals.bind(d, locals.add(t, d.toString()));
                    }
                }
            }
        }
        return locals;
    }
}
