package dev.waspy.frontend.hir;

import dev.waspy.frontend.types.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text form of the typed IR, Python-like, with the type of every operation after a colon:
 * {@code (n - 1):int}, {@code box(x)}, {@code fib((n - 1):int):int}. Used by golden tests.
 */
public final class HirPrinter {
    private HirPrinter() {}

    public static String print(HFunction f) {
        var sb = new StringBuilder("def ").append(f.name()).append('(')
                .append(f.params().stream().map(v -> v.name() + ": " + v.type().show()).collect(Collectors.joining(", ")))
                .append(") -> ").append(f.returnType().show()).append(":\n");
        var locals = f.locals().stream().filter(v -> !f.params().contains(v)).toList();
        if (!locals.isEmpty()) {
            sb.append("  locals ").append(locals.stream().map(v -> v.name() + ": " + v.type().show())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        stmts(f.body(), "  ", sb);
        return sb.toString();
    }

    private static void stmts(List<HStmt> body, String ind, StringBuilder sb) {
        if (body.isEmpty()) sb.append(ind).append("pass\n");
        for (HStmt s : body) stmt(s, ind, sb);
    }

    private static void stmt(HStmt s, String ind, StringBuilder sb) {
        switch (s) {
            case HStmt.Assign a -> sb.append(ind).append(a.var()).append(" = ").append(expr(a.value())).append('\n');
            case HStmt.Eval e -> sb.append(ind).append(expr(e.expr())).append('\n');
            case HStmt.If i -> {
                sb.append(ind).append("if ").append(expr(i.cond())).append(":\n");
                stmts(i.then(), ind + "  ", sb);
                if (!i.orelse().isEmpty()) {
                    sb.append(ind).append("else:\n");
                    stmts(i.orelse(), ind + "  ", sb);
                }
            }
            case HStmt.While w -> {
                sb.append(ind).append("while ").append(expr(w.cond())).append(":\n");
                stmts(w.body(), ind + "  ", sb);
                if (!w.orelse().isEmpty()) {
                    sb.append(ind).append("else:\n");
                    stmts(w.orelse(), ind + "  ", sb);
                }
            }
            case HStmt.ForRange f -> {
                sb.append(ind).append("for ").append(f.counter()).append(" in range(").append(expr(f.start())).append(", ")
                        .append(expr(f.stop())).append(", ").append(expr(f.step())).append("):\n");
                stmts(f.body(), ind + "  ", sb);
                if (!f.orelse().isEmpty()) {
                    sb.append(ind).append("else:\n");
                    stmts(f.orelse(), ind + "  ", sb);
                }
            }
            case HStmt.Raise r -> sb.append(ind).append("raise ").append(r.excClass()).append('(').append(expr(r.message())).append(")\n");
            case HStmt.Break b -> sb.append(ind).append("break\n");
            case HStmt.Continue c -> sb.append(ind).append("continue\n");
            case HStmt.Return r -> sb.append(ind).append("return ").append(expr(r.value())).append('\n');
        }
    }

    public static String expr(HExpr e) {
        return switch (e) {
            case HExpr.Const c -> constant(c);
            case HExpr.Load l -> l.var().name();
            case HExpr.Binary b -> "(" + expr(b.left()) + " " + b.op().symbol + " " + expr(b.right()) + "):" + b.type().show();
            case HExpr.Unary u -> "(" + u.op().symbol + expr(u.operand()) + "):" + u.type().show();
            case HExpr.Compare c -> "(" + expr(c.left()) + " " + c.op().symbol + " " + expr(c.right()) + ")";
            case HExpr.Truthy t -> "truthy(" + expr(t.operand()) + ")";
            case HExpr.Logical l -> "(" + l.tmp().name() + " := " + expr(l.left()) + " then " + expr(l.leftResult())
                    + (l.isAnd() ? " and " : " or ") + expr(l.right()) + "):" + l.type().show();
            case HExpr.IfExp i -> "(" + expr(i.ifTrue()) + " if " + expr(i.cond()) + " else " + expr(i.ifFalse()) + "):" + i.type().show();
            case HExpr.Let l -> "(" + l.var().name() + " := " + expr(l.init()) + "; " + expr(l.body()) + ")";
            case HExpr.Call c -> c.function() + "(" + list(c.args()) + "):" + c.type().show();
            case HExpr.Builtin b -> b.op().name().toLowerCase(java.util.Locale.ROOT) + "(" + list(b.args()) + "):" + b.type().show();
            case HExpr.Box b -> "box(" + expr(b.operand()) + ")";
            case HExpr.Unbox u -> "unbox[" + u.type().show() + "](" + expr(u.operand()) + ")";
            case HExpr.Convert c -> "to_" + c.type().show() + "(" + expr(c.operand()) + ")";
            case HExpr.MakeTuple t -> "(" + list(t.items()) + (t.items().size() == 1 ? ",)" : ")") + ":" + t.type().show();
            case HExpr.TupleGet g -> expr(g.tuple()) + "[" + g.index() + "]";
            case HExpr.Concat c -> "concat(" + list(c.parts()) + ")";
            case HExpr.RtCall c -> "rt " + c.function() + "(" + list(c.args()) + "):" + c.type().show();
            case HExpr.Block b -> "{ " + inline(b.stmts()) + "; " + expr(b.result()) + " }";
        };
    }

    /** Statements on one line (inside an expression): suites in braces, separated by "; ". */
    private static String inline(List<HStmt> body) {
        return body.stream().map(HirPrinter::inline).collect(Collectors.joining("; "));
    }

    private static String inline(HStmt s) {
        return switch (s) {
            case HStmt.If i -> "if " + expr(i.cond()) + " { " + inline(i.then()) + " }"
                    + (i.orelse().isEmpty() ? "" : " else { " + inline(i.orelse()) + " }");
            case HStmt.While w -> "while " + expr(w.cond()) + " { " + inline(w.body()) + " }"
                    + (w.orelse().isEmpty() ? "" : " else { " + inline(w.orelse()) + " }");
            default -> {
                var sb = new StringBuilder();
                stmt(s, "", sb);
                yield sb.toString().strip();
            }
        };
    }

    private static String list(List<HExpr> es) { return es.stream().map(HirPrinter::expr).collect(Collectors.joining(", ")); }

    private static String constant(HExpr.Const c) {
        return switch (c.type()) {
            case Type.Bool b -> Boolean.TRUE.equals(c.value()) ? "True" : "False";
            case Type.NoneType n -> "None";
            case Type.Str s -> "'" + ((String) c.value()).replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
            case Type.Float f -> floatText((Double) c.value());
            default -> String.valueOf(c.value());
        };
    }

    private static String floatText(double d) {
        // Java's shortest digits are Python's repr up to layout; good enough for a dump.
        String s = Double.toString(d);
        return s.replace("E", "e");
    }
}
