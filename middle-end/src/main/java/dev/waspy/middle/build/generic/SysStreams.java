package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import java.util.Set;
import java.util.function.Function;

/**
 * The program's input and output through sys and {@code input()}: {@code sys.argv} (the
 * runtime's one list), the methods of {@code sys.stdin}, {@code sys.stdout} and
 * {@code sys.stderr}, {@code input([prompt])}, and {@code sys.stdin} as an iterable (a step reads
 * a line; '' ends the loop). The streams are never values: {@link Refusals} accepts them only as
 * receivers of {@link #METHODS} and where a loop iterates.
 */
final class SysStreams {
    /** The stream methods, as {@code stream.method}, each taking the number of arguments {@link #arity} says. */
    static final Set<String> METHODS = Set.of("stdin.readline", "stdin.read", "stdin.readlines",
            "stdout.write", "stderr.write", "stdout.flush", "stderr.flush");

    private SysStreams() {}

    static int arity(String method) { return method.endsWith(".write") ? 1 : 0; }

    /** The attribute {@code e} reads when it is {@code sys.NAME}, else null. */
    static String sysAttribute(Expr e, Function<String, Symbol> resolve) {
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && resolve.apply(n.id()) == Symbol.SYS) return a.attr();
        return null;
    }

    static boolean isStream(Expr e, Function<String, Symbol> resolve) {
        String s = sysAttribute(e, resolve);
        return s != null && ScopeAnalysis.SYS_STREAMS.contains(s);
    }

    static Temp argv(Emitter em) { return em.box(em.rt("rt_sys_argv", IrType.LIST)); }

    /** {@code sys.STREAM.METHOD(args)}, Refusals having checked the method and the argument count. */
    static Temp call(GenericFunction f, String stream, String method, Expr.Call c) {
        Emitter em = f.em;
        return switch (stream + "." + method) {
            case "stdin.readlines" -> em.box(em.rt("rt_stdin_readlines", IrType.LIST));
            case "stdin.readline", "stdin.read" -> em.box(em.rt("rt_stdin_" + method, IrType.STR));
            case "stdout.write", "stderr.write" -> {
                Temp text = f.ex.value(c.args().get(0));
                yield em.box(em.rt("rt_file_write", IrType.INT, em.smallInt(stream.equals("stdout") ? 1 : 2), text));
            }
            case "stdout.flush" -> { em.rt("rt_flush", IrType.NONE); yield em.none(); }
            // stderr is written at once.
            case "stderr.flush" -> em.none();
            default -> throw new IllegalStateException("Refusals let through sys." + stream + "." + method);
        };
    }

    /** {@code input([prompt])}: str(prompt) written first, then the runtime flushes stdout and reads a line. */
    static Temp input(GenericFunction f, Expr.Call c) {
        Emitter em = f.em;
        if (!c.args().isEmpty()) em.prim(Prim.PRINT_WRITE, em.prim(Prim.OBJ_STR, f.ex.value(c.args().get(0))));
        return em.box(em.rt("rt_input", IrType.STR));
    }

    /** The lines of stdin: each step reads one; '' (end of file) is the end of the loop. */
    static Sources.Step lines(Emitter em) {
        return exhausted -> {
            Temp line = em.box(em.rt("rt_stdin_readline", IrType.STR));
            Block more = em.block();
            em.branch(em.prim(Prim.OBJ_TRUTHY, line), more, exhausted);
            em.at(more);
            return line;
        };
    }
}
