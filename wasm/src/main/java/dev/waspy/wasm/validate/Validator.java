package dev.waspy.wasm.validate;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementMode;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.text.Mnemonics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Implements the validation rules of the WebAssembly 2.0 spec. {@link #validate} never throws:
 * it returns every module-level error and, per function, the first error in its body (later ones
 * would only echo it). An empty list means the module is valid.
 */
public final class Validator {
    private final Module module;
    private final List<ValidationError> errors = new ArrayList<>();
    private final Set<Integer> declaredRefs = new HashSet<>();

    private Validator(Module module) {
        this.module = module;
    }

    public static List<ValidationError> validate(Module module) {
        Validator v = new Validator(module);
        v.run();
        return v.errors;
    }

    private void error(String message) {
        errors.add(ValidationError.module(message));
    }

    private void run() {
        collectDeclaredRefs();
        imports();
        for (int i = 0; i < module.tables().size(); i++) {
            tableType(module.tables().get(i), "table " + (module.importCount(ExternKind.TABLE) + i));
        }
        for (int i = 0; i < module.memories().size(); i++) {
            memoryType(module.memories().get(i), "memory " + (module.importCount(ExternKind.MEMORY) + i));
        }
        if (module.memoryCount() > 1) {
            error("multiple memories: " + module.memoryCount() + " (Wasm 2.0 allows one)");
        }
        globals();
        elements();
        data();
        start();
        exports();
        functions();
    }

    /** C.refs: functions referenced outside function bodies, the only ones ref.func may name. */
    private void collectDeclaredRefs() {
        for (Global g : module.globals()) {
            refsIn(g.init());
        }
        for (ElementSegment e : module.elements()) {
            switch (e.items()) {
                case ElementItems.FuncIndices f -> declaredRefs.addAll(f.indices());
                case ElementItems.Expressions x -> x.exprs().forEach(this::refsIn);
            }
        }
        for (Export e : module.exports()) {
            if (e.kind() == ExternKind.FUNC) {
                declaredRefs.add(e.index());
            }
        }
    }

    private void refsIn(ConstExpr expr) {
        for (Instruction i : expr.instructions()) {
            if (i instanceof Reference.RefFunc f) {
                declaredRefs.add(f.function());
            }
        }
    }

    private void imports() {
        int tables = 0;
        int memories = 0;
        for (Import imp : module.imports()) {
            String what = "import \"" + imp.module() + "\" \"" + imp.name() + "\"";
            switch (imp.desc()) {
                case ImportDesc.Func f -> {
                    if (f.typeIndex() < 0 || f.typeIndex() >= module.types().size()) {
                        error(what + ": unknown type " + f.typeIndex());
                    }
                }
                case ImportDesc.Table t -> tableType(t.type(), what + " (table " + tables++ + ")");
                case ImportDesc.Memory m -> memoryType(m.type(), what + " (memory " + memories++ + ")");
                case ImportDesc.Global g -> {
                }
            }
        }
    }

    private void limits(Limits l, long bound, String what, String unit) {
        String most = unit + " must be at most " + bound + (unit.startsWith("memory") ? " pages (4GiB)" : "");
        if (l.min() > bound) {
            error(what + ": " + most + ", minimum is " + l.min());
        }
        if (l.hasMax()) {
            if (l.max() > bound) {
                error(what + ": " + most + ", maximum is " + l.max());
            }
            if (l.min() > l.max()) {
                error(what + ": size minimum must not be greater than maximum (" + l.min() + " > " + l.max() + ")");
            }
        }
    }

    private void tableType(TableType t, String what) {
        limits(t.limits(), 0xFFFF_FFFFL, what, "table size");
    }

    private void memoryType(MemoryType m, String what) {
        limits(m.limits(), MemoryType.MAX_PAGES, what, "memory size");
    }

    private void globals() {
        int imported = module.importCount(ExternKind.GLOBAL);
        for (int i = 0; i < module.globals().size(); i++) {
            Global g = module.globals().get(i);
            constExpr(g.init(), g.type().type(), "global " + (imported + i) + " initializer");
        }
    }

    private void elements() {
        for (int i = 0; i < module.elements().size(); i++) {
            ElementSegment e = module.elements().get(i);
            String what = "elem segment " + i;
            if (!e.type().isReference()) {
                error(what + ": type mismatch: element type must be a reference type, found " + e.type());
            }
            switch (e.items()) {
                case ElementItems.FuncIndices f -> {
                    for (int index : f.indices()) {
                        if (index < 0 || index >= module.functionCount()) {
                            error(what + ": unknown function " + index);
                        }
                    }
                }
                case ElementItems.Expressions x -> {
                    for (ConstExpr item : x.exprs()) {
                        constExpr(item, e.type(), what + " item");
                    }
                }
            }
            if (e.mode() instanceof ElementMode.Active a) {
                TableType table = module.tableType(a.tableIndex());
                if (table == null) {
                    error(what + ": unknown table " + a.tableIndex());
                } else if (table.elemType() != e.type()) {
                    error(what + ": type mismatch: segment of " + e.type() + " for a table of " + table.elemType());
                }
                constExpr(a.offset(), ValType.I32, what + " offset");
            }
        }
    }

    private void data() {
        if (module.dataCount() != null && module.dataCount() != module.data().size()) {
            error("data count " + module.dataCount() + " does not match " + module.data().size() + " data segments");
        }
        for (int i = 0; i < module.data().size(); i++) {
            DataSegment d = module.data().get(i);
            if (d.mode() instanceof DataMode.Active a) {
                if (module.memoryType(a.memoryIndex()) == null) {
                    error("data segment " + i + ": unknown memory " + a.memoryIndex());
                }
                constExpr(a.offset(), ValType.I32, "data segment " + i + " offset");
            }
        }
    }

    private void start() {
        Integer start = module.start();
        if (start == null) {
            return;
        }
        FuncType t = start >= 0 && start < module.functionCount() ? module.functionType(start) : null;
        if (t == null) {
            error("start function: unknown function " + start);
        } else if (!t.params().isEmpty() || !t.results().isEmpty()) {
            error("start function: type mismatch: expected [] -> [], found " + t);
        }
    }

    private void exports() {
        Set<String> names = new HashSet<>();
        for (Export e : module.exports()) {
            if (!names.add(e.name())) {
                error("duplicate export name \"" + e.name() + "\"");
            }
            int count = switch (e.kind()) {
                case FUNC -> module.functionCount();
                case TABLE -> module.tableCount();
                case MEMORY -> module.memoryCount();
                case GLOBAL -> module.globalCount();
            };
            if (e.index() < 0 || e.index() >= count) {
                String kind = e.kind() == ExternKind.FUNC ? "function" : e.kind().text();
                error("export \"" + e.name() + "\": unknown " + kind + " " + e.index());
            }
        }
    }

    /**
     * Constant expressions: constants, ref.null, ref.func and global.get of an imported immutable
     * global, producing exactly one value of {@code expected}.
     */
    private void constExpr(ConstExpr expr, ValType expected, String what) {
        int importedGlobals = module.importCount(ExternKind.GLOBAL);
        List<ValType> stack = new ArrayList<>();
        List<Instruction> code = expr.instructions();
        for (int i = 0; i < code.size(); i++) {
            Instruction instr = code.get(i);
            ValType pushed = switch (instr) {
                case Numeric.I32Const c -> ValType.I32;
                case Numeric.I64Const c -> ValType.I64;
                case Numeric.F32Const c -> ValType.F32;
                case Numeric.F64Const c -> ValType.F64;
                case Reference.RefNull n -> n.type();
                case Reference.RefFunc f -> {
                    if (f.function() < 0 || f.function() >= module.functionCount()) {
                        error(what + ": unknown function " + f.function());
                        yield null;
                    }
                    yield ValType.FUNCREF;
                }
                case Variable.GlobalGet g -> {
                    GlobalType type = g.index() >= 0 && g.index() < importedGlobals ? module.globalType(g.index()) : null;
                    if (type == null) {
                        error(what + ": unknown global " + g.index() + " (only imported globals are allowed)");
                        yield null;
                    }
                    if (type.mutable()) {
                        error(what + ": constant expression required, global " + g.index() + " is mutable");
                        yield null;
                    }
                    yield type.type();
                }
                case Control.End e -> null;
                default -> {
                    error(what + ": constant expression required, found " + Mnemonics.of(instr));
                    yield null;
                }
            };
            if (instr instanceof Control.End) {
                if (i != code.size() - 1) {
                    error(what + ": constant expression required (end before the last instruction)");
                }
                break;
            }
            if (pushed == null) {
                return;
            }
            stack.add(pushed);
        }
        if (stack.size() != 1 || stack.get(0) != expected) {
            error(what + ": type mismatch: expected [" + expected + "], found " + stack);
        }
    }

    private void functions() {
        int imported = module.importCount(ExternKind.FUNC);
        for (int i = 0; i < module.functions().size(); i++) {
            int index = imported + i;
            Function f = module.functions().get(i);
            String name = module.functionName(index);
            if (f.typeIndex() < 0 || f.typeIndex() >= module.types().size()) {
                errors.add(new ValidationError(index, name, -1, null, "unknown type " + f.typeIndex()));
                continue;
            }
            FuncType type = module.types().get(f.typeIndex());
            List<ValType> locals = new ArrayList<>(type.params());
            locals.addAll(f.locals());
            try {
                new CodeValidator(module, locals, declaredRefs).check(f.body(), type.results());
            } catch (CodeValidator.Invalid e) {
                int at = e.instruction;
                String opcode = at >= 0 && at < f.body().size() ? Mnemonics.of(f.body().get(at)) : null;
                errors.add(new ValidationError(index, name, at, opcode, e.getMessage()));
            }
        }
    }
}
