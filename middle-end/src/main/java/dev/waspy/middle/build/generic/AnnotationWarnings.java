package dev.waspy.middle.build.generic;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hint.TypeHint;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Var;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --warn-annotations} on the generic path: after specialization, a parameter, a return
 * value or a module variable's annotated assignment whose inferred type (the representation its instance chose: {@code half[int]} returns an
 * int) disagrees with its annotation is reported at the annotation, and the program is compiled
 * as it is: annotations are hints, and the value's own type wins. PEP 484's rules decide
 * agreement (a bool is an int, an int a float); a value inference left as {@code object}, and an
 * annotation that names no type inference represents, agree with anything.
 */
public final class AnnotationWarnings {
    private AnnotationWarnings() {}

    /** Reports, in source order and once each, the disagreements in the specialized program {@code ir}. */
    public static void check(SourceFile file, Scopes scopes, List<Stmt> moduleBody, IrProgram ir, Consumer<CompileError> sink) {
        Map<String, CompileError> found = new LinkedHashMap<>();
        Map<String, IrType> globals = new java.util.HashMap<>();
        for (Var.Global g : ir.globals()) globals.put(g.name(), g.type());
        for (Stmt.AnnAssign a : moduleAssignments(moduleBody, new ArrayList<>())) {
            if (a.target() instanceof Expr.Name n && a.value() != null && globals.containsKey(n.id())) {
                warn(file, scopes.hint(a.annotation()), globals.get(n.id()), a.value().pos(), "the value assigned to '" + n.id() + "'", found);
            }
        }
        for (FunctionScope fs : scopes.functions()) {
            for (IrFunction f : ir.functions()) {
                if (!f.name().equals(fs.name()) && !f.name().startsWith(fs.name() + "[")) continue;
                var args = new ArrayList<Arg>(fs.def().args().posonlyargs());
                args.addAll(fs.def().args().args());
                for (int k = 0; k < Math.min(args.size(), f.params().size()); k++) {
                    Arg a = args.get(k);
                    if (a.annotation() != null) {
                        warn(file, scopes.hint(a.annotation()), f.params().get(k).type(), a.pos(), "parameter '" + a.arg() + "'", found);
                    }
                }
                Expr ret = fs.def().returns();
                if (ret != null) warn(file, scopes.hint(ret), f.returnType(), ret.pos(), "the return value of '" + fs.name() + "'", found);
            }
        }
        found.values().stream().sorted(Comparator.comparingInt(CompileError::line).thenComparingInt(CompileError::column)).forEach(sink);
    }

    /**
     * The annotated assignments the module body runs (under {@code if}, {@code for} and
     * {@code while} too): their targets are module globals, whose type after specialization is the
     * join of every value stored to them, so only a global holding one kind throughout is checked.
     */
    private static List<Stmt.AnnAssign> moduleAssignments(List<Stmt> body, List<Stmt.AnnAssign> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.AnnAssign a -> out.add(a);
                case Stmt.If i -> { moduleAssignments(i.body(), out); moduleAssignments(i.orelse(), out); }
                case Stmt.For f -> { moduleAssignments(f.body(), out); moduleAssignments(f.orelse(), out); }
                case Stmt.While w -> { moduleAssignments(w.body(), out); moduleAssignments(w.orelse(), out); }
                default -> { }
            }
        }
        return out;
    }

    private static void warn(SourceFile file, TypeHint hint, IrType actual, Pos pos, String what, Map<String, CompileError> found) {
        String type = typeName(actual);
        if (type == null || agrees(hint, type)) return;
        String message = what + " has type " + type + ", but its annotation says " + hint.show() + " (the annotation is ignored)";
        found.putIfAbsent(pos.lineno() + ":" + pos.colOffset() + ":" + message, Errors.at(file, pos, message));
    }

    /** The Python type a value of this representation always is, or null ({@code object}: any). */
    private static String typeName(IrType t) {
        return switch (t) {
            case IrType.Int i -> "int";
            case IrType.Float f -> "float";
            case IrType.Bool b -> "bool";
            case IrType.Str s -> "str";
            case IrType.ListT l -> "list";
            case IrType.DictT d -> "dict";
            case IrType.SetT s -> "set";
            default -> null;
        };
    }

    /** Whether a value of the Python type {@code actual} agrees with the hint. */
    private static boolean agrees(TypeHint hint, String actual) {
        return switch (hint) {
            case TypeHint.Named n -> accepts(n.name(), actual);
            case TypeHint.Generic g -> !List.of("list", "dict", "set").contains(g.origin()) || g.origin().equals(actual);
            case TypeHint.Union u -> u.members().stream().anyMatch(m -> agrees(m, actual));
            case TypeHint.NoneType n -> false;
            default -> true;
        };
    }

    /** PEP 484: bool is acceptable as int, int and bool as float; a name inference does not represent accepts anything. */
    private static boolean accepts(String declared, String actual) {
        if (declared.equals(actual)) return true;
        return switch (declared) {
            case "int" -> actual.equals("bool");
            case "float" -> actual.equals("int") || actual.equals("bool");
            case "bool", "str", "list", "dict", "set" -> false;
            default -> true;
        };
    }
}
