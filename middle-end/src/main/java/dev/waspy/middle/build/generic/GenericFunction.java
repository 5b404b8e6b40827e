package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One function being built (the module body is the function {@code <module>}): its slots, the
 * loops around the statement being built, and the three lowerings that share them.
 */
final class GenericFunction {
    /** Where {@code continue} and {@code break} go in the innermost loop. */
    record Loop(Block continueTo, Block breakTo) {}

    final GenericBuilder program;
    final FunctionScope scope;
    final Emitter em;
    final Deque<Loop> loops = new ArrayDeque<>();
    /** Names bound by the comprehensions and lambdas being built, innermost first. */
    final Deque<Map<String, Var.Local>> inner = new ArrayDeque<>();
    final Expressions ex;
    final Statements st;
    final Calls calls;
    final Comprehensions comps;
    final Consumers consumers;
    final Sources sources;
    private final List<Stmt> body;
    private final Map<String, Var.Local> locals = new HashMap<>();

    GenericFunction(GenericBuilder program, FunctionScope scope, List<Stmt> body) {
        this.program = program;
        this.scope = scope;
        this.body = body;
        var params = new ArrayList<Var.Local>();
        for (String p : scope.params()) params.add(new Var.Local(p, IrType.OBJ));
        IrFunction fn = scope.isModule() ? new IrFunction(IrProgram.MODULE, List.of(), IrType.NONE)
                : new IrFunction(scope.name(), params, IrType.OBJ);
        for (Var.Local p : params) locals.put(p.name(), p);
        for (String l : scope.locals()) {
            if (!locals.containsKey(l)) locals.put(l, fn.addLocal(l, IrType.OBJ));
        }
        fn.setSource(program.file.path(), scope.isModule() ? 1 : scope.def().pos().lineno());
        this.em = new Emitter(fn);
        this.ex = new Expressions(this);
        this.st = new Statements(this);
        this.calls = new Calls(this);
        this.comps = new Comprehensions(this);
        this.consumers = new Consumers(this);
        this.sources = new Sources(this);
    }

    IrFunction build() {
        st.stmts(body);
        // Falling off the end returns None.
        var none = scope.isModule() ? em.constant(new Constant.NoneC()) : em.none();
        em.terminate(new Terminator.Return(none));
        em.fn.removeBlocks(List.of(em.current())); // the empty block opened after that return
        return em.fn;
    }

    /** What a name means here; a name bound by an enclosing comprehension or lambda is a local. */
    Symbol resolve(String name) {
        for (Map<String, Var.Local> scope : inner) if (scope.containsKey(name)) return Symbol.LOCAL;
        return program.scopes.resolve(scope, name);
    }

    /** The slot of a variable (local or global) named in this function. */
    Var var(String name) {
        for (Map<String, Var.Local> scope : inner) {
            Var.Local v = scope.get(name);
            if (v != null) return v;
        }
        Symbol s = program.scopes.resolve(scope, name);
        if (s == Symbol.LOCAL) return locals.get(name);
        if (s == Symbol.GLOBAL) return program.global(name);
        throw new IllegalStateException("not a variable: " + name + " in " + scope.name());
    }
}
