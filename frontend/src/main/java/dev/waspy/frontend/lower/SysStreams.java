package dev.waspy.frontend.lower;

import static dev.waspy.frontend.lower.FunctionLowerer.box;
import static dev.waspy.frontend.lower.FunctionLowerer.intConst;
import static dev.waspy.frontend.lower.FunctionLowerer.rt;

import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.types.Type;
import java.util.List;

/**
 * The program's input and output through the sys module and {@code input()}: {@code sys.argv}
 * (one list for the whole run, made by the runtime on first use), the methods of
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}, and {@code for line in sys.stdin}
 * (a loop over {@code readline()} until it returns ''). The three streams exist only as receivers
 * and iterables: as values they are refused.
 */
final class SysStreams {
    private final FunctionLowerer f;
    private final ExprLowerer ex;

    SysStreams(FunctionLowerer f, ExprLowerer ex) {
        this.f = f;
        this.ex = ex;
    }

    /** The attribute {@code e} names when it is {@code sys.NAME} (the sys module, not a local called sys), else null. */
    String sysAttribute(Expr e) {
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && f.innerVar(n.id()) == null
                && f.scopes.resolve(f.fs, n.id()) == Symbol.SYS) return a.attr();
        return null;
    }

    boolean isStream(Expr e) {
        String s = sysAttribute(e);
        return s != null && ScopeAnalysis.SYS_STREAMS.contains(s);
    }

    /** {@code sys.argv}, or the refusal of a stream used as a value. */
    HExpr attribute(Expr.Attribute a) {
        if (a.attr().equals("argv")) {
            Type t = new Type.ListT(java.util.Set.of(f.env.site("sys.argv")));
            f.env.joinElem(t, Type.STR);
            return rt("rt_sys_argv", t);
        }
        throw Errors.unsupported(f.file, a.pos(), "sys." + a.attr() + " as a value (only its methods, and iterating over sys.stdin)");
    }

    /** {@code sys.STREAM.METHOD(...)}. */
    HExpr call(Expr.Call c, Expr.Attribute method) {
        String stream = sysAttribute(method.value());
        String name = stream + "." + method.attr();
        if (!c.keywords().isEmpty()) throw Errors.unsupported(f.file, c.keywords().get(0).pos(), "keyword arguments of sys." + name + "()");
        int n = c.args().size();
        return switch (name) {
            case "stdin.readline", "stdin.read", "stdin.readlines" -> {
                if (n > 0) throw Errors.unsupported(f.file, c.args().get(0).pos(), "a size argument of sys." + name + "()");
                if (method.attr().equals("readlines")) {
                    Type t = ex.containers.newList(c.pos(), "readlines");
                    f.env.joinElem(t, Type.STR);
                    yield rt("rt_stdin_readlines", t);
                }
                yield rt("rt_stdin_" + method.attr(), Type.STR);
            }
            case "stdout.write", "stderr.write" -> {
                if (n != 1) throw Errors.unsupported(f.file, c.pos(), "sys." + name + "() without exactly one argument");
                HExpr text = ex.lower(c.args().get(0));
                if (ExprLowerer.isUnknown(text) && f.infer) yield intConst(0);
                yield rt("rt_file_write", Type.INT, intConst(stream.equals("stdout") ? 1 : 2), box(text));
            }
            // stderr is written at once; stdout's buffer is the runtime's.
            case "stdout.flush", "stderr.flush" -> {
                if (n > 0) throw Errors.unsupported(f.file, c.pos(), "sys." + name + "() with arguments");
                yield stream.equals("stdout") ? rt("rt_flush", Type.NONE) : new HExpr.Const(null, Type.NONE);
            }
            default -> throw Errors.unsupported(f.file, method.pos(), "the method sys." + name + "()");
        };
    }

    /** {@code input()} or {@code input(prompt)}: the prompt is str(prompt), written to stdout before reading. */
    HExpr input(Expr.Call c) {
        if (!c.keywords().isEmpty()) throw f.error(c.keywords().get(0).pos(), "input() takes no keyword arguments");
        if (c.args().size() > 1) throw f.error(c.pos(), "input expected at most 1 argument, got " + c.args().size());
        HExpr read = rt("rt_input", Type.STR);
        if (c.args().isEmpty()) return read;
        HExpr prompt = ex.lower(c.args().get(0));
        if (ExprLowerer.isUnknown(prompt) && f.infer) return new HExpr.Const("", Type.STR);
        HStmt write = new HStmt.Eval(new HExpr.Builtin(BuiltinOp.WRITE, List.of(ex.calls.str(prompt)), Type.NONE));
        return new HExpr.Block(List.of(write), read);
    }

    /** {@code for line in sys.stdin}: each pass reads a line; '' (end of file) ends the loop. */
    Sources.Cursor stdinLines() {
        HVar line = f.temp(Type.STR);
        return new Sources.Cursor() {
            public void init(List<HStmt> out) { }

            public HExpr more() {
                return new HExpr.Block(List.of(new HStmt.Assign(line, rt("rt_stdin_readline", Type.STR))),
                        ex.truthy(new HExpr.Load(line)));
            }

            public HExpr next(List<HStmt> out) { return new HExpr.Load(line); }
        };
    }
}
