package dev.waspy.backend.library;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hint.HintParser;
import dev.waspy.frontend.hint.TypeHint;
import dev.waspy.frontend.hint.TypingNames;
import dev.waspy.frontend.syntax.ast.Expr;

import java.util.List;

/**
 * An annotation of an exported function read as a host type: {@code int}, {@code float},
 * {@code bool}, {@code str}, {@code list[int]}, {@code list[float]}, {@code list[str]} (in any of
 * typing's spellings: {@code List[int]}), and {@code None} for a result. The program compiled
 * already, so every annotation here is one CPython evaluates without fail.
 */
final class HostHints {
    private HostHints() {}

    /** The host type an annotation names, or null when it names none of them. */
    static HostType read(SourceFile file, Expr annotation) {
        TypeHint hint = HintParser.parse(file, annotation, NAMES, false);
        return switch (hint) {
            case TypeHint.NoneType n -> HostType.NONE;
            case TypeHint.Named n -> scalar(n.name());
            case TypeHint.Generic g when g.origin().equals("list") && g.args().size() == 1
                    && g.args().getFirst() instanceof TypeHint.Named item -> switch (item.name()) {
                        case "int" -> HostType.LIST_INT;
                        case "float" -> HostType.LIST_FLOAT;
                        case "str" -> HostType.LIST_STR;
                        default -> null;
                    };
            default -> null;
        };
    }

    private static HostType scalar(String name) {
        return switch (name) {
            case "int" -> HostType.INT;
            case "float" -> HostType.FLOAT;
            case "bool" -> HostType.BOOL;
            case "str" -> HostType.STR;
            default -> null;
        };
    }

    /** The forms a message lists. */
    static final String FORMS = String.join(", ", List.of("int", "float", "bool", "str", "list[int]",
            "list[float]", "list[str]"));

    /** typing's names as names or attributes ({@code List}, {@code typing.List}, {@code t.List}). */
    private static final HintParser.Names NAMES = new HintParser.Names() {
        @Override
        public String typing(Expr e) {
            String name = switch (e) {
                case Expr.Name n -> n.id();
                case Expr.Attribute a -> a.attr();
                default -> null;
            };
            return name != null && TypingNames.FORMS.containsKey(name) ? name : null;
        }

        @Override
        public boolean bound(String name) {
            return false;
        }
    };
}
