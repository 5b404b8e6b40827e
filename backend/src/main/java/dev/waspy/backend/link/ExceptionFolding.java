package dev.waspy.backend.link;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * The program with every pending-exception check folded away, on the assumption (which
 * {@link WholeProgram} must then prove) that the exception slot stays 0:
 *
 * <pre>
 *   global.get $rt_exc_addr  i32.load            ==&gt;  i32.const 0
 *   i32.const 0  if  A  end                      ==&gt;  (nothing)
 *   i32.const 0  if  A  else  B  end             ==&gt;  block  B  end
 *   i32.const 0  br_if L                         ==&gt;  (nothing)
 * </pre>
 *
 * Code that handles exceptions (the uncaught report, handlers) then disappears, and with it the
 * runtime functions only it called.
 */
final class ExceptionFolding {
    private ExceptionFolding() {
    }

    /** The program's global index of its {@code waspy_rt.rt_exc_addr} import, or -1. */
    static int slotGlobal(Module program) {
        int g = 0;
        for (Import imp : program.imports()) {
            if (imp.desc() instanceof ImportDesc.Global) {
                if (imp.module().equals(Linker.RUNTIME_MODULE) && imp.name().equals("rt_exc_addr")) {
                    return g;
                }
                g++;
            }
        }
        return -1;
    }

    /**
     * A copy of the program with the checks folded, or null when the program uses the slot's
     * address other than to load the flag (then it might store into it, and nothing is claimed).
     */
    static Module fold(Module program) {
        int slot = slotGlobal(program);
        if (slot < 0) {
            return null;
        }
        List<Function> folded = new ArrayList<>();
        for (Function f : program.functions()) {
            List<Instruction> body = loadsToZero(f.body(), slot);
            if (body == null) {
                return null;
            }
            folded.add(new Function(f.typeIndex(), f.locals(), deadBranches(body)));
        }
        Module m = Modules.copy(program);
        m.functions().clear();
        m.functions().addAll(folded);
        return m;
    }

    private static List<Instruction> loadsToZero(List<Instruction> body, int slot) {
        List<Instruction> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Instruction x = body.get(i);
            if (x instanceof Variable.GlobalGet(int g) && g == slot) {
                if (i + 1 < body.size() && body.get(i + 1) instanceof MemoryAccess.Load(MemOp op, var arg)
                        && op == MemOp.I32_LOAD && arg.offset() == 0) {
                    out.add(new Numeric.I32Const(0));
                    i++;
                    continue;
                }
                return null;
            }
            out.add(x);
        }
        return out;
    }

    /** Removes branches that a constant 0 never takes (see the class comment). */
    private static List<Instruction> deadBranches(List<Instruction> body) {
        List<Instruction> out = new ArrayList<>(body.size());
        int i = 0;
        while (i < body.size()) {
            Instruction x = body.get(i);
            Instruction next = i + 1 < body.size() ? body.get(i + 1) : null;
            if (x instanceof Numeric.I32Const(int v) && v == 0) {
                if (next instanceof Control.BrIf) {
                    i += 2;
                    continue;
                }
                if (next instanceof Control.If(BlockType type) && type instanceof BlockType.Empty) {
                    int elseAt = -1;
                    int depth = 0;
                    int j = i + 2;
                    for (; j < body.size(); j++) {
                        Instruction y = body.get(j);
                        if (y instanceof Control.Block || y instanceof Control.Loop || y instanceof Control.If) {
                            depth++;
                        } else if (y instanceof Control.End) {
                            if (depth == 0) {
                                break;
                            }
                            depth--;
                        } else if (y instanceof Control.Else && depth == 0) {
                            elseAt = j;
                        }
                    }
                    if (elseAt >= 0) {
                        out.add(new Control.Block(type));
                        out.addAll(deadBranches(body.subList(elseAt + 1, j)));
                        out.add(new Control.End());
                    }
                    i = j + 1;
                    continue;
                }
            }
            out.add(x);
            i++;
        }
        return out;
    }
}
