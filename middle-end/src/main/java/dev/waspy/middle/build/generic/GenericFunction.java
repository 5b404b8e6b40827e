package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.BlockType;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.NameScope;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.scope.SymbolBlock;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
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
    /** What a {@code break}, {@code continue} or {@code return} may leave on its way out. */
    sealed interface Frame permits Loop, Finally, Handling {}

    /** Where {@code continue} and {@code break} go in the innermost loop. */
    record Loop(Block continueTo, Block breakTo) implements Frame {}

    /**
     * A try's finally block (or a with statement's exit call), emitted again on every way out of
     * the try; {@code outer} protects the try statement itself.
     */
    record Finally(Runnable body, Block outer) implements Frame {}

    /** An except clause being run: {@code caught} is what a bare {@code raise} raises again. */
    record Handling(Temp caught) implements Frame {}

    final GenericBuilder program;
    final FunctionScope scope;
    /** The function's block of the symbol table: its locals are the names CPython makes local. */
    private final SymbolBlock block;
    final Emitter em;
    /** The frames around the statement being built, innermost first. */
    final Deque<Frame> frames = new ArrayDeque<>();
    /** Names bound by the comprehensions and lambdas being built, innermost first. */
    final Deque<Map<String, Var.Local>> inner = new ArrayDeque<>();
    final Expressions ex;
    final Statements st;
    final Calls calls;
    final Comprehensions comps;
    final Consumers consumers;
    final Sources sources;
    final Exceptions exceptions;
    final Matches matches;
    final Classes classes;
    /** The class body being built (the module's statements only), null elsewhere. */
    Classes.Body classBody;
    private final List<Stmt> body;
    private final Map<String, Var.Local> locals = new HashMap<>();

    GenericFunction(GenericBuilder program, FunctionScope scope, SymbolBlock block, List<Stmt> body) {
        this.program = program;
        this.scope = scope;
        this.block = block;
        this.body = body;
        var params = new ArrayList<Var.Local>();
        for (String p : block.varnames()) params.add(new Var.Local(p, IrType.OBJ));
        IrFunction fn = scope.isModule() ? new IrFunction(IrProgram.MODULE, List.of(), IrType.NONE)
                : new IrFunction(scope.name(), params, IrType.OBJ);
        for (Var.Local p : params) locals.put(p.name(), p);
        for (String l : block.names()) {
            if (isLocal(l) && !locals.containsKey(l)) locals.put(l, fn.addLocal(l, IrType.OBJ));
        }
        fn.setSource(program.file.path(), scope.isModule() ? 1 : scope.def().pos().lineno());
        this.em = new Emitter(fn);
        this.ex = new Expressions(this);
        this.st = new Statements(this);
        this.calls = new Calls(this);
        this.comps = new Comprehensions(this);
        this.consumers = new Consumers(this);
        this.sources = new Sources(this);
        this.exceptions = new Exceptions(this);
        this.matches = new Matches(this);
        this.classes = new Classes(this);
    }

    IrFunction build() {
        if (scope.isModule()) {
            // the module functions used as values: their objects exist before any statement runs,
            // as the functions a call names do
            for (String fn : program.functionValues) {
                em.store(program.global(GenericBuilder.functionSlot(fn)), classes.functionObject(program.scopes.function(fn)));
            }
        }
        st.stmts(body);
        // Falling off the end returns None.
        var none = scope.isModule() ? em.constant(new Constant.NoneC()) : em.none();
        em.terminate(new Terminator.Return(none));
        em.fn.removeBlocks(List.of(em.current())); // the empty block opened after that return
        return em.fn;
    }

    /**
     * A fast local of this function by CPython's rules (a cell too: the comprehensions and lambdas
     * that read it are built inline, so it needs no cell here). The module's names are globals.
     */
    private boolean isLocal(String name) {
        NameScope s = block.scope(name);
        return block.type() == BlockType.FUNCTION && (s == NameScope.LOCAL || s == NameScope.CELL);
    }

    /**
     * What a name means here; a name bound by an enclosing comprehension or lambda is a local. Which
     * kind of global a global name is (a variable, a module function, a builtin, sys) is still
     * today's scopes' answer, as the module sees the name.
     */
    Symbol resolve(String name) {
        for (Map<String, Var.Local> scope : inner) if (scope.containsKey(name)) return Symbol.LOCAL;
        if (isLocal(name)) return Symbol.LOCAL;
        return program.scopes.resolve(program.scopes.module(), name);
    }

    /** The slot of a variable (local or global) named in this function. */
    Var var(String name) {
        for (Map<String, Var.Local> scope : inner) {
            Var.Local v = scope.get(name);
            if (v != null) return v;
        }
        if (isLocal(name)) return locals.get(name);
        if (resolve(name) == Symbol.GLOBAL) return program.global(name);
        throw new IllegalStateException("not a variable: " + name + " in " + scope.name());
    }
}
