package dev.waspy.frontend.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The symbol table as text, one line per block and one per name, in the format that
 * {@code symtable_oracle.py} prints for Python's {@code symtable} module, so the two compare line
 * by line:
 *
 * <pre>
 * function f line=3 nested=0 varnames=[a, b]
 *   a CELL DEF_PARAM|USE local,parameter,referenced
 * </pre>
 *
 * Names are sorted (CPython's order of the names it adds for free variables follows string
 * hashes); children keep their order and are indented under their block.
 */
public final class SymbolTableDump {
    private SymbolTableDump() {}

    public static String dump(SymbolTable table) {
        var sb = new StringBuilder();
        block(sb, table.top(), "");
        return sb.toString();
    }

    private static void block(StringBuilder sb, SymbolBlock b, String indent) {
        String type = switch (b.type()) {
            case FUNCTION -> "function";
            case CLASS -> "class";
            case MODULE -> "module";
            case ANNOTATION -> "annotation";
        };
        sb.append(indent).append(type).append(' ').append(b.name()).append(" line=").append(b.lineno())
                .append(" nested=").append(b.nested() ? 1 : 0)
                .append(" varnames=[").append(String.join(", ", b.varnames())).append("]\n");
        for (String name : b.names().stream().sorted().toList()) {
            List<String> flags = SymbolFlags.names(b.flags(name));
            sb.append(indent).append("  ").append(name).append(' ').append(b.scope(name)).append(' ')
                    .append(flags.isEmpty() ? "-" : String.join("|", flags)).append(' ')
                    .append(predicates(b, name)).append('\n');
        }
        for (SymbolBlock c : b.children()) block(sb, c, indent + "  ");
    }

    /** The answers of Python's {@code symtable.Symbol.is_*} methods, in one fixed order. */
    private static String predicates(SymbolBlock b, String n) {
        var out = new ArrayList<String>();
        if (b.isLocal(n)) out.add("local");
        if (b.isGlobal(n)) out.add("global");
        if (b.isDeclaredGlobal(n)) out.add("declared_global");
        if (b.isFree(n)) out.add("free");
        if (b.isParameter(n)) out.add("parameter");
        if (b.isImported(n)) out.add("imported");
        if (b.isAssigned(n)) out.add("assigned");
        if (b.isReferenced(n)) out.add("referenced");
        if (b.isNonlocal(n)) out.add("nonlocal");
        if (b.isAnnotated(n)) out.add("annotated");
        return out.isEmpty() ? "-" : String.join(",", out);
    }
}
