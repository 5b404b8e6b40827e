package dev.waspy.wasm.text;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemArg;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Parametric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints one function body, flat or folded. */
final class BodyPrinter {
    private final Module module;
    private final SymbolNames names;
    private final int function;
    private final StringBuilder out;

    BodyPrinter(Module module, SymbolNames names, int function, StringBuilder out) {
        this.module = module;
        this.names = names;
        this.function = function;
        this.out = out;
    }

    void flat(List<Instruction> body) {
        flat(body, Map.of());
    }

    /** Flat listing; {@code notes} puts a comment line under the instruction with that index. */
    void flat(List<Instruction> body, Map<Integer, String> notes) {
        int depth = 2;
        for (int i = 0; i < body.size(); i++) {
            Instruction instr = body.get(i);
            if (i == body.size() - 1 && instr instanceof Control.End) {
                break; // the function's own end is the closing parenthesis
            }
            if (instr instanceof Control.End || instr instanceof Control.Else) {
                depth = Math.max(2, depth - 1);
            }
            indent(depth).append(labelled(instr, depth - 2)).append('\n');
            String note = notes.get(i);
            if (note != null) {
                indent(depth).append(";; ^^^ instruction ").append(i).append(": ").append(note).append('\n');
            }
            if (instr instanceof Control.Block || instr instanceof Control.Loop || instr instanceof Control.If
                    || instr instanceof Control.Else) {
                depth++;
            }
        }
    }

    void folded(List<Instruction> body) {
        int[] pos = {0};
        List<Node> nodes = sequence(body, pos);
        // Anything after the function's end is malformed; show it flat rather than hide it.
        for (Node n : nodes) {
            print(n, 2);
        }
        for (int i = pos[0] + 1; i < body.size(); i++) {
            indent(2).append(text(body.get(i), module, names, function)).append('\n');
        }
    }

    /** Blocks open around the instruction being parsed by {@link #sequence}. */
    private int nesting;

    /**
     * The instruction's text with its label made visible, as wasm2wat does: a block opening at
     * nesting n says "label = @n+1", a branch names its target ("br 1 (;@2;)"); @0 is the
     * function body itself.
     */
    private String labelled(Instruction instr, int open) {
        String text = text(instr, module, names, function);
        return switch (instr) {
            case Control.Block b -> text + "  ;; label = @" + (open + 1);
            case Control.Loop l -> text + "  ;; label = @" + (open + 1);
            case Control.If i -> text + "  ;; label = @" + (open + 1);
            case Control.Br b -> text + target(b.label(), open);
            case Control.BrIf b -> text + target(b.label(), open);
            case Control.BrTable b -> {
                StringBuilder sb = new StringBuilder(Mnemonics.of(b));
                b.labels().forEach(l -> sb.append(' ').append(l).append(target(l, open)));
                yield sb.append(' ').append(b.defaultLabel()).append(target(b.defaultLabel(), open)).toString();
            }
            default -> text;
        };
    }

    private static String target(int label, int open) {
        return label >= 0 && label <= open ? " (;@" + (open - label) + ";)" : "";
    }

    /** A folded expression: an instruction with the operand expressions it consumes, or a structured block. */
    private sealed interface Node {
        int results();
    }

    private record Plain(String text, List<Node> operands, int results) implements Node {
    }

    private record Structured(String head, List<Node> operands, List<Node> body, List<Node> otherwise,
            boolean isIf, int results) implements Node {
    }

    /** Parses instructions up to (and consuming) the matching end or else; pos ends on that instruction. */
    private List<Node> sequence(List<Instruction> code, int[] pos) {
        List<Node> seq = new ArrayList<>();
        while (pos[0] < code.size()) {
            Instruction instr = code.get(pos[0]);
            if (instr instanceof Control.End || instr instanceof Control.Else) {
                return seq;
            }
            pos[0]++;
            switch (instr) {
                case Control.Block b -> seq.add(structured("block", b.type(), code, pos, seq, false));
                case Control.Loop l -> seq.add(structured("loop", l.type(), code, pos, seq, false));
                case Control.If i -> seq.add(structured("if", i.type(), code, pos, seq, true));
                default -> {
                    int[] effect = effect(instr);
                    List<Node> operands = takeOperands(seq, effect == null ? 0 : effect[0]);
                    seq.add(new Plain(labelled(instr, nesting), operands, effect == null ? 0 : effect[1]));
                }
            }
        }
        return seq;
    }

    private Node structured(String kind, BlockType type, List<Instruction> code, int[] pos, List<Node> seq,
            boolean isIf) {
        int[] sig = blockSignature(type);
        // Blocks with parameters take their inputs from the stack: leave those flat.
        List<Node> operands = isIf && sig[0] == 0 ? takeOperands(seq, 1) : List.of();
        String head = kind + WatPrinter.blockType(type) + "  ;; label = @" + (nesting + 1);
        nesting++;
        List<Node> body = sequence(code, pos);
        List<Node> otherwise = null;
        if (pos[0] < code.size() && code.get(pos[0]) instanceof Control.Else) {
            pos[0]++;
            otherwise = sequence(code, pos);
        }
        nesting--;
        pos[0]++; // the end
        return new Structured(head, operands, body, otherwise, isIf, sig[0] == 0 ? sig[1] : 0);
    }

    /** The last {@code n} nodes if each leaves exactly one value, else nothing (the code stays flat). */
    private static List<Node> takeOperands(List<Node> seq, int n) {
        if (n == 0 || n > seq.size()) {
            return List.of();
        }
        List<Node> tail = seq.subList(seq.size() - n, seq.size());
        for (Node node : tail) {
            if (node.results() != 1) {
                return List.of();
            }
        }
        List<Node> operands = new ArrayList<>(tail);
        tail.clear();
        return operands;
    }

    private void print(Node node, int depth) {
        switch (node) {
            case Plain p -> {
                String oneLine = oneLine(p);
                if (oneLine != null && oneLine.length() + depth * 2 <= 100) {
                    indent(depth).append(oneLine).append('\n');
                } else {
                    indent(depth).append('(').append(p.text()).append('\n');
                    for (Node operand : p.operands()) {
                        print(operand, depth + 1);
                    }
                    indent(depth).append(")\n");
                }
            }
            case Structured s -> {
                indent(depth).append('(').append(s.head()).append('\n');
                for (Node operand : s.operands()) {
                    print(operand, depth + 1);
                }
                if (s.isIf()) {
                    indent(depth + 1).append("(then\n");
                    s.body().forEach(n -> print(n, depth + 2));
                    indent(depth + 1).append(")\n");
                    if (s.otherwise() != null) {
                        indent(depth + 1).append("(else\n");
                        s.otherwise().forEach(n -> print(n, depth + 2));
                        indent(depth + 1).append(")\n");
                    }
                } else {
                    s.body().forEach(n -> print(n, depth + 1));
                }
                indent(depth).append(")\n");
            }
        }
    }

    /** The node on one line, or null when it holds a structured block. */
    private static String oneLine(Plain p) {
        StringBuilder sb = new StringBuilder("(").append(p.text());
        for (Node operand : p.operands()) {
            if (!(operand instanceof Plain child)) {
                return null;
            }
            String s = oneLine(child);
            if (s == null) {
                return null;
            }
            sb.append(' ').append(s);
        }
        return sb.append(')').toString();
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }

    /** {params, results} of a block type. */
    private int[] blockSignature(BlockType type) {
        return switch (type) {
            case BlockType.Empty e -> new int[] {0, 0};
            case BlockType.Value v -> new int[] {0, 1};
            case BlockType.TypeIndex t -> {
                FuncType ft = t.index() >= 0 && t.index() < module.types().size() ? module.types().get(t.index()) : null;
                yield ft == null ? new int[] {1, 0} : new int[] {ft.params().size(), ft.results().size()};
            }
        };
    }

    /**
     * {operands popped, values pushed}, or null when that depends on the enclosing labels (branches).
     * Folding only regroups the same instruction sequence, so an imprecise effect changes layout, not meaning.
     */
    private int[] effect(Instruction instr) {
        return switch (instr) {
            case Control.Call c -> callEffect(module.functionType(c.function()), 0);
            case Control.CallIndirect c -> callEffect(
                    c.typeIndex() < module.types().size() ? module.types().get(c.typeIndex()) : null, 1);
            // Folding the condition alone is right whatever values the branch carries below it.
            case Control.BrIf b -> new int[] {1, 0};
            case Control.BrTable b -> new int[] {1, 0};
            case Control c -> c instanceof Control.Nop ? new int[] {0, 0} : null;
            case Parametric.Drop d -> new int[] {1, 0};
            case Parametric.Select s -> new int[] {3, 1};
            case Variable.LocalGet v -> new int[] {0, 1};
            case Variable.GlobalGet v -> new int[] {0, 1};
            case Variable.LocalTee v -> new int[] {1, 1};
            case Variable v -> new int[] {1, 0};
            case MemoryAccess.Load l -> new int[] {1, 1};
            case MemoryAccess.Store s -> new int[] {2, 0};
            case MemoryAccess.MemorySize s -> new int[] {0, 1};
            case MemoryAccess.MemoryGrow g -> new int[] {1, 1};
            case Numeric.Op op -> new int[] {op.op().params().size(), 1};
            case Numeric n -> new int[] {0, 1};
            case Reference.RefIsNull r -> new int[] {1, 1};
            case Reference r -> new int[] {0, 1};
            case TableAccess.TableGet t -> new int[] {1, 1};
            case TableAccess.TableSet t -> new int[] {2, 0};
            case TableAccess.TableSize t -> new int[] {0, 1};
            case TableAccess.TableGrow t -> new int[] {2, 1};
            case TableAccess.ElemDrop t -> new int[] {0, 0};
            case TableAccess t -> new int[] {3, 0};
            case BulkMemory.DataDrop b -> new int[] {0, 0};
            case BulkMemory b -> new int[] {3, 0};
        };
    }

    private static int[] callEffect(FuncType type, int extra) {
        return type == null ? null : new int[] {type.params().size() + extra, type.results().size()};
    }

    /** One instruction with its immediates, as in the flat text format. */
    static String text(Instruction instr, Module module, SymbolNames names, int function) {
        String m = Mnemonics.of(instr);
        return switch (instr) {
            case Control.Block b -> m + WatPrinter.blockType(b.type());
            case Control.Loop l -> m + WatPrinter.blockType(l.type());
            case Control.If i -> m + WatPrinter.blockType(i.type());
            case Control.Br b -> m + " " + b.label();
            case Control.BrIf b -> m + " " + b.label();
            case Control.BrTable b -> {
                StringBuilder sb = new StringBuilder(m);
                b.labels().forEach(l -> sb.append(' ').append(l));
                yield sb.append(' ').append(b.defaultLabel()).toString();
            }
            case Control.Call c -> m + " " + names.function(c.function());
            case Control.CallIndirect c -> m + (c.table() == 0 ? "" : " " + c.table()) + " (type " + c.typeIndex() + ")";
            case Control c -> m;
            case Parametric.Select s when s.types() != null -> {
                StringBuilder sb = new StringBuilder(m).append(" (result");
                s.types().forEach(t -> sb.append(' ').append(t));
                yield sb.append(')').toString();
            }
            case Parametric p -> m;
            // In constant expressions (function < 0) the index, with the name as a comment: wabt's
            // wat2wasm cannot resolve a named global inside an element item expression.
            case Variable.GlobalGet g when function < 0 -> m + " " + g.index()
                    + (names.global(g.index()).startsWith("$") ? " (;" + names.global(g.index()) + ";)" : "");
            case Variable.GlobalGet g -> m + " " + names.global(g.index());
            case Variable.GlobalSet g -> m + " " + names.global(g.index());
            case Variable v -> m + " " + (function < 0 ? Integer.toString(v.index()) : names.localOrIndex(function, v.index()));
            case MemoryAccess.Load l -> m + memArg(l.memArg(), l.op().naturalAlign());
            case MemoryAccess.Store s -> m + memArg(s.memArg(), s.op().naturalAlign());
            case MemoryAccess a -> m;
            case Numeric.I32Const c -> m + " " + c.value();
            case Numeric.I64Const c -> m + " " + c.value();
            case Numeric.F32Const c -> m + " " + Literals.f32(c.bits());
            case Numeric.F64Const c -> m + " " + Literals.f64(c.bits());
            case Numeric.Op op -> m;
            case Reference.RefNull r -> m + " " + (r.type() == ValType.FUNCREF ? "func" : "extern");
            case Reference.RefFunc r -> m + " " + names.function(r.function());
            case Reference r -> m;
            case TableAccess.TableCopy t -> m + " " + t.destination() + " " + t.source();
            case TableAccess.TableInit t -> m + " " + t.table() + " " + t.element();
            case TableAccess.ElemDrop t -> m + " " + t.element();
            case TableAccess.TableGet t -> m + " " + t.table();
            case TableAccess.TableSet t -> m + " " + t.table();
            case TableAccess.TableSize t -> m + " " + t.table();
            case TableAccess.TableGrow t -> m + " " + t.table();
            case TableAccess.TableFill t -> m + " " + t.table();
            case BulkMemory.MemoryInit b -> m + " " + b.data();
            case BulkMemory.DataDrop b -> m + " " + b.data();
            case BulkMemory b -> m;
        };
    }

    private static String memArg(MemArg arg, int naturalAlign) {
        String s = arg.offset() == 0 ? "" : " offset=" + arg.offset();
        return arg.align() == naturalAlign ? s : s + " align=" + (1L << Math.min(arg.align(), 62));
    }
}
