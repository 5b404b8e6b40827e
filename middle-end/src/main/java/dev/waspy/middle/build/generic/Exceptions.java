package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.ExceptHandler;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.build.generic.GenericFunction.Finally;
import dev.waspy.middle.build.generic.GenericFunction.Frame;
import dev.waspy.middle.build.generic.GenericFunction.Handling;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.rt.ExcClass;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code try} (except clauses, else, finally), {@code raise}, {@code assert}, and the ways out of
 * a try: every {@code break}, {@code continue} and {@code return} runs the finally blocks it
 * leaves, each a copy of the block's code, as CPython's compiler does.
 * <pre>
 * try: B  except E as e: H  else: L  finally: F
 *
 *     [protected by dispatch] B                 dispatch: e = catch; e is E? -> H : throw e
 *     [protected by unwind]   L; F; ...                   [protected by unwind] H; F; ...
 *     unwind: x = catch; F; throw x             (F runs outside the try's protection)
 * </pre>
 */
final class Exceptions {
    private final GenericFunction f;
    private final Emitter em;

    Exceptions(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    /** {@code C(*args)}: a new exception of the class whose runtime id is {@code classId}. */
    static Temp make(Emitter em, int classId, List<Temp> args) {
        Temp tuple = em.box(em.tuple(args.stream().map(em::box).toList()));
        return em.rt("rt_exc_make", IrType.OBJ, em.smallInt(classId), tuple);
    }

    /** {@code class C(Base): pass}: the runtime learns the class, its base and its name when the statement runs. */
    void define(Stmt.ClassDef c) {
        String base = ((Expr.Name) c.bases().get(0)).id();
        em.rt("rt_exc_define", IrType.NONE, em.smallInt(f.program.exceptionId(c.name())),
                em.smallInt(f.program.exceptionId(base)), em.str(c.name()));
    }

    void tryStmt(Stmt.Try t) {
        Block outer = em.handler();
        boolean fin = !t.finalbody().isEmpty();
        Block unwind = fin ? em.block() : null;
        Block dispatch = t.handlers().isEmpty() ? null : em.block();
        // The except clauses and the else block are protected by the finally block only.
        Block clauses = fin ? unwind : outer;
        Block done = em.block();
        if (fin) f.frames.push(new Finally(() -> f.st.stmts(t.finalbody()), outer));
        em.protect(dispatch != null ? dispatch : unwind);
        f.st.stmts(t.body());
        em.protect(clauses);
        f.st.stmts(t.orelse());
        em.jumpTo(done);
        if (dispatch != null) clauses(t.handlers(), dispatch, clauses, done);
        if (fin) {
            f.frames.pop();
            em.atHandler(unwind, outer);
            Temp pending = em.rt("rt_exc_catch", IrType.OBJ);
            f.st.stmts(t.finalbody());
            em.terminate(new Terminator.Throw(pending));
        }
        em.atHandler(done, outer);
        f.st.stmts(t.finalbody());
    }

    /** The except clauses, tried in order on the caught exception; none matching raises it again. */
    private void clauses(List<ExceptHandler> handlers, Block dispatch, Block protectedBy, Block done) {
        em.atHandler(dispatch, protectedBy);
        Temp caught = em.rt("rt_exc_catch", IrType.OBJ);
        for (ExceptHandler h : handlers) {
            Block next = null;
            if (h.type() != null) {
                Block body = em.block();
                next = em.block();
                matches(caught, h.type(), body, next);
                em.at(body);
            }
            f.frames.push(new Handling(caught));
            if (h.name() == null) {
                f.st.stmts(h.body());
            } else {
                // As CPython compiles it: e = caught; try: body finally: e = None; del e.
                em.store(f.var(h.name()), caught);
                Pos at = h.pos();
                var unbind = List.<Stmt>of(
                        new Stmt.Assign(List.of(new Expr.Name(h.name(), ExprContext.Store, at)),
                                new Expr.Constant(PyNone.NONE, null, at), null, at),
                        new Stmt.Delete(List.of(new Expr.Name(h.name(), ExprContext.Del, at)), at));
                tryStmt(new Stmt.Try(h.body(), List.of(), List.of(), unbind, at));
            }
            f.frames.pop();
            em.jumpTo(done);
            if (next == null) return; // a bare except: catches everything (CPython requires it last)
            em.at(next);
        }
        em.terminate(new Terminator.Throw(caught));
    }

    /**
     * The names of an exception class, or of a non-empty tuple of nothing but them (an except
     * clause's or isinstance's classes); null for anything else. Refusals asks it too.
     */
    static List<String> classNames(Expr e, Function<String, Symbol> resolve) {
        List<Expr> items = e instanceof Expr.Tuple t ? t.elts() : List.of(e);
        var names = new ArrayList<String>();
        for (Expr x : items) {
            if (!(x instanceof Expr.Name n) || resolve.apply(n.id()) != Symbol.EXCEPTION) return null;
            names.add(n.id());
        }
        return names.isEmpty() ? null : names;
    }

    /** {@code isinstance(x, C)} or {@code isinstance(x, (C, D))} for exception classes. */
    Temp isInstance(Temp x, List<String> classes) {
        Temp any = null;
        for (String c : classes) {
            Temp is = em.rt("rt_exc_is", IrType.BOOL, x, em.smallInt(f.program.exceptionId(c)));
            any = any == null ? is : em.prim(Prim.BOOL_OR, any, is);
        }
        return any;
    }

    /** Branches to {@code yes} when {@code e} is an instance of the class, or of one in the tuple, else to {@code no}. */
    private void matches(Temp e, Expr classes, Block yes, Block no) {
        List<String> names = classNames(classes, f::resolve);
        for (int i = 0; i < names.size(); i++) {
            int id = f.program.exceptionId(names.get(i));
            Block otherwise = i == names.size() - 1 ? no : em.block();
            em.branch(em.rt("rt_exc_is", IrType.BOOL, e, em.smallInt(id)), yes, otherwise);
            if (otherwise != no) em.at(otherwise);
        }
    }

    void raise(Stmt.Raise r) {
        if (r.exc() == null) {
            em.terminate(new Terminator.Throw(handled()));
            return;
        }
        Temp x = raised(r.exc());
        if (r.cause() != null) em.rt("rt_exc_set_cause", IrType.NONE, x, raised(r.cause()));
        em.terminate(new Terminator.Throw(x));
    }

    /** A raise's operand: a class is made without arguments; any other value is raised as it is (checked at run time). */
    private Temp raised(Expr e) {
        if (e instanceof Expr.Name n && f.resolve(n.id()) == Symbol.EXCEPTION && f.program.scopes.classes().containsKey(n.id())) {
            return f.classes.callValue(em.load(f.program.global(n.id())), List.of()); // its __init__ runs
        }
        if (e instanceof Expr.Name n && f.resolve(n.id()) == Symbol.EXCEPTION) return make(em, f.program.exceptionId(n.id()), List.of());
        return f.ex.value(e);
    }

    /** The exception of the innermost except clause (Refusals allows a bare raise only inside one). */
    private Temp handled() {
        for (Frame fr : f.frames) if (fr instanceof Handling h) return h.caught();
        throw new IllegalStateException("Refusals let through a bare raise outside an except clause");
    }

    /**
     * {@code with m as x: body} as CPython runs it: {@code __exit__} looked up on the manager's
     * class first ({@code rt_with_exit}, TypeError without the protocol), then {@code __enter__}
     * called and its value bound; the body left any way but by an exception calls
     * {@code exit(None, None, None)}; an exception calls {@code exit(type, e, None)} and is raised
     * again unless that returns a true value. Several items nest, left to right.
     */
    void withStmt(Stmt.With w, int item) {
        if (item == w.items().size()) {
            f.st.stmts(w.body());
            return;
        }
        var it = w.items().get(item);
        Temp mgr = f.ex.value(it.contextExpr());
        Temp exit = em.rt("rt_with_exit", IrType.OBJ, mgr);
        Temp entered = f.classes.callMethod(mgr, "__enter__", List.of());
        Block outer = em.handler();
        Block unwind = em.block();
        Block done = em.block();
        Runnable normalExit = () -> f.classes.callValue(exit, List.of(em.none(), em.none(), em.none()));
        f.frames.push(new Finally(normalExit, outer));
        em.protect(unwind);
        if (it.optionalVars() != null) f.st.assign(it.optionalVars(), entered);
        withStmt(w, item + 1);
        f.frames.pop();
        em.protect(outer);
        normalExit.run();
        em.jumpTo(done);
        em.atHandler(unwind, outer);
        Temp caught = em.rt("rt_exc_catch", IrType.OBJ);
        Temp swallow = f.classes.callValue(exit, List.of(em.rt("rt_exc_type", IrType.OBJ, caught), caught, em.rt("rt_exc_traceback", IrType.OBJ, caught)));
        Block reraise = em.block();
        em.branch(em.prim(Prim.OBJ_TRUTHY, swallow), done, reraise);
        em.at(reraise);
        em.terminate(new Terminator.Throw(caught));
        em.at(done);
    }

    /** {@code assert test, msg}: AssertionError(msg), the message evaluated only when the test fails. */
    void assertStmt(Stmt.Assert a) {
        Block fail = em.block();
        Block ok = em.block();
        em.branch(f.ex.cond(a.test()), ok, fail);
        em.at(fail);
        List<Temp> args = a.msg() == null ? List.of() : List.of(f.ex.value(a.msg()));
        em.terminate(new Terminator.Throw(make(em, ExcClass.AssertionError.id(), args)));
        em.at(ok);
    }

    /**
     * Leaves the frames inside the innermost one {@code stop} accepts (every frame when none does),
     * running the finally block of each try it leaves, then ends the block with what {@code end}
     * makes of the frame reached (null when none was). A finally block runs with the frames and
     * the protection outside its try, so what it does itself (a return, a raise) goes there.
     */
    void leave(Predicate<Frame> stop, Function<Frame, Terminator> end) {
        List<Frame> stack = new ArrayList<>(f.frames);
        Block handler = em.handler();
        Frame reached = null;
        for (int i = 0; i < stack.size(); i++) {
            Frame fr = stack.get(i);
            if (stop.test(fr)) {
                reached = fr;
                break;
            }
            if (fr instanceof Finally fin) {
                f.frames.clear();
                f.frames.addAll(stack.subList(i + 1, stack.size()));
                em.protect(fin.outer());
                fin.body().run();
            }
        }
        em.terminate(end.apply(reached));
        f.frames.clear();
        f.frames.addAll(stack);
        em.resume(handler);
    }
}
