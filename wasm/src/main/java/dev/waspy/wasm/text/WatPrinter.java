package dev.waspy.wasm.text;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.CustomSection;
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
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import java.util.List;
import java.util.Map;

/**
 * Prints a module in the WebAssembly text format. Function and local names come from the name
 * section; index comments ({@code (;3;)}) let a reader match the binary's indices. {@link Style#FLAT}
 * prints one instruction per line as in the binary; {@link Style#FOLDED} nests operands into
 * S-expressions ({@code (i32.add (local.get $x) (i32.const 1))}).
 */
public final class WatPrinter {
    public enum Style {
        FLAT,
        FOLDED
    }

    private final Module module;
    private final SymbolNames names;
    private final StringBuilder out = new StringBuilder();

    private WatPrinter(Module module) {
        this.module = module;
        this.names = new SymbolNames(module);
    }

    public static String print(Module module) {
        return print(module, Style.FLAT);
    }

    public static String print(Module module, Style style) {
        WatPrinter p = new WatPrinter(module);
        p.module(style);
        return p.out.toString();
    }

    /**
     * One defined function (index in the function index space), flat, with {@code notes} printed
     * under the instructions they belong to (instruction index to text): how validation errors are shown.
     */
    public static String printFunction(Module module, int functionIndex, Map<Integer, String> notes) {
        WatPrinter p = new WatPrinter(module);
        int local = functionIndex - module.importCount(ExternKind.FUNC);
        if (local < 0 || local >= module.functions().size()) {
            return ";; no defined function " + functionIndex + "\n";
        }
        p.function(functionIndex, module.functions().get(local), Style.FLAT, notes);
        return p.out.toString();
    }

    private void module(Style style) {
        out.append("(module");
        if (module.names().moduleName() != null) {
            out.append(' ').append(Literals.id(module.names().moduleName()));
        }
        out.append('\n');
        for (int i = 0; i < module.types().size(); i++) {
            line("(type (;" + i + ";) (func" + signature(module.types().get(i), null) + "))");
        }
        int funcIndex = 0;
        int tableIndex = 0;
        int memoryIndex = 0;
        int globalIndex = 0;
        for (Import imp : module.imports()) {
            String head = "(import " + Literals.string(imp.module()) + " " + Literals.string(imp.name()) + " ";
            String desc = switch (imp.desc()) {
                case ImportDesc.Func f -> "(func " + names.functionDeclaration(funcIndex++) + " (type " + f.typeIndex() + ")"
                        + signature(type(f.typeIndex()), null) + ")";
                case ImportDesc.Table t -> "(table (;" + tableIndex++ + ";) " + tableType(t.type()) + ")";
                case ImportDesc.Memory m -> "(memory (;" + memoryIndex++ + ";) " + m.type().limits() + ")";
                case ImportDesc.Global g -> "(global " + names.globalDeclaration(globalIndex++) + " " + globalType(g.type()) + ")";
            };
            line(head + desc + ")");
        }
        for (Function f : module.functions()) {
            function(funcIndex++, f, style, Map.of());
        }
        for (TableType t : module.tables()) {
            line("(table (;" + tableIndex++ + ";) " + tableType(t) + ")");
        }
        for (MemoryType m : module.memories()) {
            line("(memory (;" + memoryIndex++ + ";) " + m.limits() + ")");
        }
        for (Global g : module.globals()) {
            line("(global " + names.globalDeclaration(globalIndex++) + " " + globalType(g.type()) + " "
                    + constExpr(g.init()) + ")");
        }
        for (Export e : module.exports()) {
            String target = switch (e.kind()) {
                case FUNC -> names.function(e.index());
                case GLOBAL -> names.global(e.index());
                default -> Integer.toString(e.index());
            };
            line("(export " + Literals.string(e.name()) + " (" + e.kind().text() + " " + target + "))");
        }
        if (module.start() != null) {
            line("(start " + names.function(module.start()) + ")");
        }
        for (int i = 0; i < module.elements().size(); i++) {
            line(element(i, module.elements().get(i)));
        }
        for (int i = 0; i < module.data().size(); i++) {
            DataSegment d = module.data().get(i);
            String mode = switch (d.mode()) {
                case DataMode.Active a -> (a.memoryIndex() == 0 ? "" : "(memory " + a.memoryIndex() + ") ")
                        + constExpr(a.offset()) + " ";
                case DataMode.Passive p -> "";
            };
            line("(data (;" + i + ";) " + mode + Literals.string(d.bytes()) + ")");
        }
        for (CustomSection c : module.customSections()) {
            line(";; custom section " + Literals.string(c.name()) + ", " + c.contents().length + " bytes");
        }
        out.append(")\n");
    }

    private FuncType type(int index) {
        return index >= 0 && index < module.types().size() ? module.types().get(index) : null;
    }

    private void function(int index, Function f, Style style, Map<Integer, String> notes) {
        FuncType type = type(f.typeIndex());
        StringBuilder head = new StringBuilder("(func " + names.functionDeclaration(index) + " (type " + f.typeIndex() + ")");
        head.append(signature(type, index));
        int params = type == null ? 0 : type.params().size();
        boolean openGroup = false;
        for (int i = 0; i < f.locals().size(); i++) {
            String name = names.local(index, params + i);
            if (name != null) {
                head.append(openGroup ? ")" : "").append(" (local ").append(name).append(' ').append(f.locals().get(i)).append(')');
                openGroup = false;
            } else {
                // Unnamed locals share one (local ...) group, as wasm2wat prints them.
                head.append(openGroup ? " " : " (local ").append(f.locals().get(i));
                openGroup = true;
            }
        }
        head.append(openGroup ? ")" : "");
        line(head.toString());
        BodyPrinter body = new BodyPrinter(module, names, index, out);
        if (style == Style.FOLDED) {
            body.folded(f.body());
        } else {
            body.flat(f.body(), notes);
        }
        out.append("  )\n");
    }

    /** " (param ...) (result ...)"; parameters get their names when {@code function} is given. */
    private String signature(FuncType type, Integer function) {
        if (type == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < type.params().size(); i++) {
            String name = function == null ? null : names.local(function, i);
            sb.append(" (param ").append(name == null ? "" : name + " ").append(type.params().get(i)).append(')');
        }
        if (!type.results().isEmpty()) {
            sb.append(" (result");
            for (ValType t : type.results()) {
                sb.append(' ').append(t);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String tableType(TableType t) {
        return t.limits() + " " + t.elemType();
    }

    private static String globalType(GlobalType g) {
        return g.mutable() ? "(mut " + g.type() + ")" : g.type().toString();
    }

    private String constExpr(ConstExpr e) {
        StringBuilder sb = new StringBuilder();
        for (Instruction i : e.instructions()) {
            if (i instanceof Control.End) {
                continue;
            }
            sb.append(sb.isEmpty() ? "(" : " (").append(BodyPrinter.text(i, module, names, -1)).append(')');
        }
        return sb.toString();
    }

    private String element(int index, ElementSegment e) {
        StringBuilder sb = new StringBuilder("(elem (;" + index + ";) ");
        switch (e.mode()) {
            case ElementMode.Active a -> {
                if (a.tableIndex() != 0) {
                    sb.append("(table ").append(a.tableIndex()).append(") ");
                }
                sb.append("(offset ").append(constExpr(a.offset())).append(") ");
            }
            case ElementMode.Passive p -> {
            }
            case ElementMode.Declarative d -> sb.append("declare ");
        }
        switch (e.items()) {
            case ElementItems.FuncIndices f -> {
                sb.append("func");
                for (int i : f.indices()) {
                    sb.append(' ').append(names.function(i));
                }
            }
            case ElementItems.Expressions x -> {
                sb.append(e.type());
                for (ConstExpr item : x.exprs()) {
                    sb.append(" (item ").append(constExpr(item)).append(')');
                }
            }
        }
        return sb.append(')').toString();
    }

    private void line(String s) {
        out.append("  ").append(s).append('\n');
    }

    static String blockType(BlockType type) {
        return switch (type) {
            case BlockType.Empty e -> "";
            case BlockType.Value v -> " (result " + v.type() + ")";
            case BlockType.TypeIndex t -> " (type " + t.index() + ")";
        };
    }
}
