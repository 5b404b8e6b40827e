package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hint.HintParser;
import dev.waspy.frontend.hint.TypeHint;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.MatchCase;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every function's locals and globals by Python's rules, and refuses, at its position, every
 * construct the compiler does not support yet (so later stages see only the supported subset).
 * A name assigned anywhere in a function is local to all of it unless declared {@code global};
 * the module's names are globals; a name read but bound nowhere in the program is a global never
 * assigned, so reading it is CPython's NameError at run time, as is a read of a name not bound yet.
 */
public final class ScopeAnalysis {
    private final SourceFile file;
    private final FunctionScope module = new FunctionScope("<module>", null, List.of());
    private final Map<String, FunctionScope> functions = new LinkedHashMap<>();
    private final java.util.Set<String> globals = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> unassigned = new java.util.LinkedHashSet<>();
    private boolean importsSys;
    private TypingImports typing;
    private StdImports std;
    /** What each annotation says, by identity of its expression. */
    private final Map<Expr, TypeHint> hints = new java.util.IdentityHashMap<>();
    /** Names bound by the comprehensions and lambdas being checked (innermost last). */
    private final java.util.ArrayDeque<java.util.Set<String>> innerNames = new java.util.ArrayDeque<>();
    /** Set just before checking an argument where a function value is expected (key=, map's function). */
    private boolean lambdaHere;

    /** The sys attributes the lowering reads besides exit (sys.exit is a call, checked in checkCall). */
    public static final java.util.Set<String> SYS_ATTRIBUTES = java.util.Set.of("argv", "stdin", "stdout", "stderr");
    /** The sys attributes that are streams: receivers of their methods and iterables, never values. */
    public static final java.util.Set<String> SYS_STREAMS = java.util.Set.of("stdin", "stdout", "stderr");

    private ScopeAnalysis(SourceFile file) { this.file = file; }

    public static Scopes analyze(SourceFile file, Mod.Module m) {
        StaticChecks.check(file, m);
        return analyzeChecked(file, m);
    }

    /** {@link #analyze} for a module that has passed {@link StaticChecks} already. */
    public static Scopes analyzeChecked(SourceFile file, Mod.Module m) {
        var a = new ScopeAnalysis(file);
        a.collect(m);
        return a.finish(m);
    }

    /** The exception classes the module defines, each with its base's name (see {@link #exceptionClass}). */
    private final java.util.Map<String, String> exceptionClasses = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Stmt.ClassDef> classDefs = new java.util.HashMap<>();
    /** The program's other classes, in definition order, and the scopes of their methods. */
    private final java.util.Map<String, ProgramClass> classes = new java.util.LinkedHashMap<>();
    private final java.util.Map<FunctionScope, ProgramClass> methods = new java.util.LinkedHashMap<>();
    /** The names class bodies bind and the attributes the program assigns anywhere ({@code x.name = v}). */
    private final java.util.Set<String> attributeNames = new java.util.HashSet<>();

    /**
     * A module-level class statement Waspy compiles: an exception class whose one base is a
     * built-in exception class or one defined before it, with no body but {@code pass} and a
     * docstring (its instances behave as its base's). Returns false for any other class.
     */
    private boolean exceptionClass(Stmt.ClassDef cd) {
        if (cd.bases().size() != 1 || !cd.keywords().isEmpty() || !cd.decoratorList().isEmpty()) return false;
        if (!(cd.bases().get(0) instanceof Expr.Name base)) return false;
        if (!Builtins.EXCEPTIONS.contains(base.id()) && !exceptionClasses.containsKey(base.id())) return false;
        // a subclass of an exception class with a body inherits its methods: a class of its own
        if (classes.containsKey(base.id())) return false;
        for (Stmt s : cd.body()) {
            boolean docOrPass = s instanceof Stmt.Pass
                    || s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String;
            if (!docOrPass) return false;
        }
        return true;
    }

    private void collect(Mod.Module m) {
        typing = TypingImports.collect(file, m.body());
        std = StdImports.collect(file, m.body());
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ClassDef cd && exceptionClass(cd)) {
                if (std.bindings().containsKey(cd.name())) throw unsupported(cd.pos(), "rebinding '" + cd.name() + "', bound by an import of " + std.bindings().get(cd.name()) + ",");
                if (exceptionClasses.containsKey(cd.name()) || Builtins.EXCEPTIONS.contains(cd.name())) {
                    throw unsupported(cd.pos(), "redefining the class '" + cd.name() + "'");
                }
                exceptionClasses.put(cd.name(), ((Expr.Name) cd.bases().get(0)).id());
                classDefs.put(cd.name(), cd);
            } else if (s instanceof Stmt.ClassDef cd) {
                if (classes.containsKey(cd.name()) || exceptionClasses.containsKey(cd.name())) {
                    throw unsupported(cd.pos(), "redefining the class '" + cd.name() + "'");
                }
                ProgramClass pc = ClassBodies.read(file, cd, classes, exceptionClasses);
                classes.put(cd.name(), pc);
                if (pc.isException()) {
                    exceptionClasses.put(cd.name(), pc.exceptionBase());
                    classDefs.put(cd.name(), cd);
                }
                globals.add(cd.name());
                globals.add(ProgramClass.classSlot(cd.name()));
                for (ProgramClass.Method md : pc.methods()) methods.put(md.scope(), pc);
                attributeNames.addAll(pc.names());
            }
            if (s instanceof Stmt.FunctionDef fd) {
                checkSignature(fd);
                if (typing.names().contains(fd.name())) throw unsupported(fd.pos(), "rebinding '" + fd.name() + "', bound by an import of typing or __future__,");
                if (std.bindings().containsKey(fd.name())) throw unsupported(fd.pos(), "rebinding '" + fd.name() + "', bound by an import of " + std.bindings().get(fd.name()) + ",");
                if (functions.containsKey(fd.name())) throw err(fd.pos(), "redefining function '" + fd.name() + "' is not supported yet");
                var params = new ArrayList<String>();
                for (Arg a : fd.args().args()) params.add(a.arg());
                var fs = new FunctionScope(fd.name(), fd, params);
                functions.put(fd.name(), fs);
            }
        }
        bindBlock(module, m.body());
        for (FunctionScope fs : functions.values()) {
            for (Stmt s : fs.def().body()) collectGlobals(fs, s);
            bindBlock(fs, fs.def().body());
        }
        for (FunctionScope fs : methods.keySet()) {
            for (Stmt s : fs.def().body()) collectGlobals(fs, s);
            bindBlock(fs, fs.def().body());
        }
        for (FunctionScope fs : functions.values()) {
            for (String g : fs.declaredGlobal()) if (bindsAnywhere(fs.def().body(), g)) globals.add(g);
        }
        for (FunctionScope fs : methods.keySet()) {
            for (String g : fs.declaredGlobal()) if (bindsAnywhere(fs.def().body(), g)) globals.add(g);
        }
        for (String c : classes.keySet()) {
            if (functions.containsKey(c)) throw unsupported(classes.get(c).def().pos(), "a class and a function of the same name '" + c + "'");
        }
        for (String g : globals) {
            if (functions.containsKey(g)) throw err(functions.get(g).def().pos(), "rebinding function '" + g + "' is not supported yet");
            if (exceptionClasses.containsKey(g) && !classes.containsKey(g)) throw unsupported(classDefs.get(g).pos(), "rebinding the class '" + g + "'");
        }
        for (String c : exceptionClasses.keySet()) {
            if (functions.containsKey(c)) throw unsupported(classDefs.get(c).pos(), "a class and a function of the same name '" + c + "'");
        }
        addUndefinedNames(SymbolTable.build(file, m).top());
    }

    /**
     * A name read somewhere but bound nowhere (not in the module, not a builtin) is a module global
     * that is never assigned: reading it is CPython's NameError at run time, never a compile error.
     */
    private void addUndefinedNames(SymbolBlock block) {
        for (String name : block.names()) {
            NameScope scope = block.scope(name);
            if (!block.isReferenced(name) || (scope != NameScope.GLOBAL_IMPLICIT && scope != NameScope.GLOBAL_EXPLICIT)) continue;
            if (module.locals().contains(name) || globals.contains(name) || functions.containsKey(name)
                    || exceptionClasses.containsKey(name)) continue;
            if (Builtins.SUPPORTED.contains(name) || Builtins.OTHER.contains(name) || Builtins.CLASSES.contains(name) || Builtins.EXCEPTIONS.contains(name) || typing.names().contains(name)) continue;
            if (std.bindings().containsKey(name)) continue;
            if (name.equals("sys") || name.equals("__annotations__")) continue;
            globals.add(name);
            unassigned.add(name);
        }
        for (SymbolBlock child : block.children()) addUndefinedNames(child);
    }

    private boolean bindsAnywhere(List<Stmt> body, String name) {
        var tmp = new FunctionScope("", null, List.of());
        for (Stmt s : body) bindStmt(tmp, s, true);
        return tmp.locals().contains(name);
    }

    private Scopes finish(Mod.Module m) {
        checkCallsBeforeDefinition(m.body());
        var scopes = new Scopes(module, functions, globals, unassigned, importsSys, typing.names(), hints, exceptionClasses,
                classes, methods, attributeNames, std.bindings());
        for (Stmt s : m.body()) checkStmt(scopes, module, s);
        for (FunctionScope fs : functions.values()) {
            // CPython evaluates them in the module's scope when the def runs.
            for (Arg a : fs.def().args().args()) if (a.annotation() != null) annotation(scopes, a.annotation(), fs.def().pos());
            if (fs.def().returns() != null) annotation(scopes, fs.def().returns(), fs.def().pos());
            for (Stmt s : fs.def().body()) checkStmt(scopes, fs, s);
        }
        for (FunctionScope fs : methods.keySet()) {
            for (Arg a : fs.def().args().args()) if (a.annotation() != null) annotation(scopes, a.annotation(), fs.def().pos());
            if (fs.def().returns() != null) annotation(scopes, fs.def().returns(), fs.def().pos());
            for (Stmt s : fs.def().body()) checkStmt(scopes, fs, s);
        }
        return scopes;
    }

    private void checkSignature(Stmt.FunctionDef fd) {
        var a = fd.args();
        if (!fd.decoratorList().isEmpty()) throw unsupported(fd.decoratorList().get(0).pos(), "decorators");
        if (!a.posonlyargs().isEmpty()) throw unsupported(a.posonlyargs().get(0).pos(), "positional-only parameters");
        if (a.vararg() != null) throw unsupported(a.vararg().pos(), "*args parameters");
        if (!a.kwonlyargs().isEmpty()) throw unsupported(a.kwonlyargs().get(0).pos(), "keyword-only parameters");
        if (a.kwarg() != null) throw unsupported(a.kwarg().pos(), "**kwargs parameters");
        int first = a.args().size() - a.defaults().size();
        for (int i = 0; i < a.defaults().size(); i++) {
            // Evaluated once, when the def runs: the value lives in a hidden global until calls need it.
            if (!isConstant(a.defaults().get(i))) globals.add(defaultSlot(fd.name(), a.args().get(first + i).arg()));
        }
    }

    /**
     * A module-level statement that calls a function whose {@code def} comes later would raise
     * NameError in CPython; the call is resolved statically here, so it is refused instead.
     */
    private void checkCallsBeforeDefinition(List<Stmt> body) {
        var defined = new java.util.HashSet<String>();
        // The exception classes not defined yet: naming one is NameError in CPython, and so may be
        // any call of a module function, whose body may name one; both are refused.
        var pendingClasses = new java.util.LinkedHashSet<>(exceptionClasses.keySet());
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef fd) {
                defined.add(fd.name());
                continue;
            }
            if (s instanceof Stmt.ClassDef cd && classDefs.get(cd.name()) == cd) {
                pendingClasses.remove(cd.name());
                continue;
            }
            new Object() {
                void stmt(Stmt x) {
                    switch (x) {
                        case Stmt.Expr e -> expr(e.value());
                        case Stmt.Assign a -> expr(a.value());
                        case Stmt.AugAssign a -> expr(a.value());
                        case Stmt.AnnAssign a -> { if (a.value() != null) expr(a.value()); }
                        case Stmt.If i -> { expr(i.test()); i.body().forEach(this::stmt); i.orelse().forEach(this::stmt); }
                        case Stmt.While w -> { expr(w.test()); w.body().forEach(this::stmt); w.orelse().forEach(this::stmt); }
                        case Stmt.For f -> { expr(f.iter()); f.body().forEach(this::stmt); f.orelse().forEach(this::stmt); }
                        case Stmt.Try t -> {
                            t.body().forEach(this::stmt);
                            t.handlers().forEach(h -> {
                                if (h.type() != null) expr(h.type());
                                h.body().forEach(this::stmt);
                            });
                            t.orelse().forEach(this::stmt);
                            t.finalbody().forEach(this::stmt);
                        }
                        case Stmt.Raise r -> {
                            if (r.exc() != null) expr(r.exc());
                            if (r.cause() != null) expr(r.cause());
                        }
                        case Stmt.Assert a -> {
                            expr(a.test());
                            if (a.msg() != null) expr(a.msg());
                        }
                        case Stmt.ClassDef k -> k.body().forEach(this::stmt);
                        case Stmt.With w -> {
                            w.items().forEach(item -> expr(item.contextExpr()));
                            w.body().forEach(this::stmt);
                        }
                        case Stmt.Match m -> {
                            expr(m.subject());
                            for (MatchCase c : m.cases()) {
                                if (c.guard() != null) expr(c.guard());
                                c.body().forEach(this::stmt);
                            }
                        }
                        default -> { }
                    }
                }

                void expr(Expr e) {
                    if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && functions.containsKey(n.id())
                            && !defined.contains(n.id()) && !globals.contains(n.id())) {
                        throw err(n.pos(), "function '" + n.id() + "' is called before its definition");
                    }
                    if (e instanceof Expr.Name n && pendingClasses.contains(n.id())) {
                        throw unsupported(n.pos(), "naming the class '" + n.id() + "' before its definition");
                    }
                    if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && functions.containsKey(n.id())
                            && !pendingClasses.isEmpty()) {
                        throw unsupported(n.pos(), "calling a function before the class '" + pendingClasses.iterator().next()
                                + "' is defined (a program may define its exception classes before its first call)");
                    }
                    children(e);
                }

                /** Every expression inside {@code node}, whatever its kind. */
                void children(Object node) {
                    for (var rc : node.getClass().getRecordComponents()) {
                        Object v;
                        try {
                            v = rc.getAccessor().invoke(node);
                        } catch (ReflectiveOperationException ex) {
                            throw new IllegalStateException(ex);
                        }
                        visit(v);
                    }
                }

                void visit(Object v) {
                    switch (v) {
                        case Expr x -> expr(x);
                        case List<?> l -> l.forEach(this::visit);
                        case dev.waspy.frontend.syntax.ast.Comprehension c -> children(c);
                        case Keyword k -> expr(k.value());
                        case null, default -> { }
                    }
                }
            }.stmt(s);
        }
    }

    /**
     * The hidden global holding a non-constant default of {@code function}'s {@code param}
     * ({@code $} keeps it apart from every Python name).
     */
    public static String defaultSlot(String function, String param) {
        return "$default." + function + "." + param;
    }

    /** A literal, a negated number, or a tuple of those: safe to evaluate at each call instead of once. */
    public static boolean isConstant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof BigInteger || c.value() instanceof Long
                    || c.value() instanceof Integer || c.value() instanceof Double || c.value() instanceof Boolean
                    || c.value() instanceof String || c.value() instanceof PyNone;
            case Expr.UnaryOp u -> u.operand() instanceof Expr.Constant && isConstant(u.operand());
            case Expr.Tuple t -> t.elts().stream().allMatch(ScopeAnalysis::isConstant);
            default -> false;
        };
    }

    private void collectGlobals(FunctionScope fs, Stmt s) {
        switch (s) {
            case Stmt.Global g -> {
                for (String n : g.names()) {
                    if (fs.params().contains(n)) throw err(g.pos(), "name '" + n + "' is parameter and global");
                    fs.declaredGlobal.add(n);
                }
            }
            case Stmt.If i -> { for (Stmt x : i.body()) collectGlobals(fs, x); for (Stmt x : i.orelse()) collectGlobals(fs, x); }
            case Stmt.While w -> { for (Stmt x : w.body()) collectGlobals(fs, x); for (Stmt x : w.orelse()) collectGlobals(fs, x); }
            case Stmt.With w -> { for (Stmt x : w.body()) collectGlobals(fs, x); }
            case Stmt.For f -> { for (Stmt x : f.body()) collectGlobals(fs, x); for (Stmt x : f.orelse()) collectGlobals(fs, x); }
            case Stmt.Match m -> { for (MatchCase c : m.cases()) for (Stmt x : c.body()) collectGlobals(fs, x); }
            default -> { }
        }
    }

    private void bindBlock(FunctionScope fs, List<Stmt> body) {
        for (Stmt s : body) bindStmt(fs, s, false);
    }

    /** Records the names {@code s} binds as locals of {@code fs} (the module's become globals). */
    private void bindStmt(FunctionScope fs, Stmt s, boolean raw) {
        for (Node child : AstChildren.of(s)) if (child instanceof Expr e) bindWalrus(fs, e, raw);
        switch (s) {
            case Stmt.Assign a -> { for (Expr t : a.targets()) bindTarget(fs, t, raw); }
            case Stmt.AugAssign a -> bindTarget(fs, a.target(), raw);
            // "(x): int" (not simple) with no value binds nothing, as in CPython's symbol table
            case Stmt.AnnAssign a -> { if (a.simple() != 0 || a.value() != null) bindTarget(fs, a.target(), raw); }
            case Stmt.For f -> { bindTarget(fs, f.target(), raw); bindStmts(fs, f.body(), raw); bindStmts(fs, f.orelse(), raw); }
            case Stmt.While w -> { bindStmts(fs, w.body(), raw); bindStmts(fs, w.orelse(), raw); }
            case Stmt.With w -> {
                for (var item : w.items()) if (item.optionalVars() != null) bindTarget(fs, item.optionalVars(), raw);
                bindStmts(fs, w.body(), raw);
            }
            case Stmt.If i -> { bindStmts(fs, i.body(), raw); bindStmts(fs, i.orelse(), raw); }
            case Stmt.Try t -> {
                bindStmts(fs, t.body(), raw);
                for (var h : t.handlers()) {
                    if (h.name() != null) bindTarget(fs, new Expr.Name(h.name(), dev.waspy.frontend.syntax.ast.ExprContext.Store, h.pos()), raw);
                    bindStmts(fs, h.body(), raw);
                }
                bindStmts(fs, t.orelse(), raw);
                bindStmts(fs, t.finalbody(), raw);
            }
            case Stmt.Delete d -> { for (Expr t : d.targets()) bindTarget(fs, t, raw); }
            // evaluated where the def runs
            case Stmt.FunctionDef fd -> { for (Expr d : fd.args().defaults()) bindWalrus(fs, d, raw); }
            case Stmt.Match m -> {
                for (MatchCase c : m.cases()) {
                    bindPattern(fs, c.pattern(), raw);
                    if (c.guard() != null) bindWalrus(fs, c.guard(), raw);
                    bindStmts(fs, c.body(), raw);
                }
            }
            case Stmt.Import im when typing.accepted(im) || std.accepted(im) -> { }
            case Stmt.Import im -> {
                for (var al : im.names()) {
                    if (!al.name().equals("sys") || al.asname() != null || !fs.isModule()) {
                        throw unsupported(al.pos(), "imports other than 'import sys' at module level and 'import typing', 'import math'"
                                + " or 'import random' at its top level");
                    }
                    importsSys = true;
                }
            }
            case Stmt.ImportFrom im when typing.accepted(im) || std.accepted(im) -> { }
            case Stmt.ImportFrom im -> throw unsupported(im.pos(), "from-imports other than from typing, __future__, math and random at the module's top level");
            default -> { }
        }
    }

    /**
     * The targets of the assignment expressions in {@code e}: they bind in the enclosing function,
     * comprehensions included (a lambda's own are refused when checked).
     */
    private void bindWalrus(FunctionScope fs, Node e, boolean raw) {
        if (e instanceof Expr.Lambda) return;
        if (e instanceof Expr.NamedExpr n) bindTarget(fs, n.target(), raw);
        for (Node child : AstChildren.of(e)) bindWalrus(fs, child, raw);
    }

    /** The names a case pattern captures, and the assignment expressions of its value patterns. */
    private void bindPattern(FunctionScope fs, Pattern p, boolean raw) {
        String name = switch (p) {
            case Pattern.MatchAs a -> a.name();
            case Pattern.MatchStar st -> st.name();
            case Pattern.MatchMapping mm -> mm.rest();
            default -> null;
        };
        if (name != null) bindTarget(fs, new Expr.Name(name, ExprContext.Store, p.pos()), raw);
        for (Node child : AstChildren.of(p)) {
            if (child instanceof Pattern q) bindPattern(fs, q, raw);
            else bindWalrus(fs, child, raw);
        }
    }

    private void bindStmts(FunctionScope fs, List<Stmt> body, boolean raw) {
        for (Stmt s : body) bindStmt(fs, s, raw);
    }

    private void bindTarget(FunctionScope fs, Expr t, boolean raw) {
        switch (t) {
            case Expr.Name n -> {
                if (raw) { fs.locals.add(n.id()); return; }
                if (fs.isModule() || fs.declaredGlobal().contains(n.id())) {
                    if (functions.containsKey(n.id())) throw err(n.pos(), "rebinding function '" + n.id() + "' is not supported yet");
                    if (classes.containsKey(n.id()) && exceptionClasses.containsKey(n.id())) throw unsupported(n.pos(), "rebinding the class '" + n.id() + "'");
                    if (n.id().equals("sys") && importsSys) throw err(n.pos(), "rebinding the module 'sys' is not supported yet");
                    if (typing.names().contains(n.id())) throw unsupported(n.pos(), "rebinding '" + n.id() + "', bound by an import of typing or __future__,");
                    if (std.bindings().containsKey(n.id())) throw unsupported(n.pos(), "rebinding '" + n.id() + "', bound by an import of " + std.bindings().get(n.id()) + ",");
                    globals.add(n.id());
                } else {
                    fs.locals.add(n.id());
                }
            }
            case Expr.Tuple tu -> { for (Expr e : tu.elts()) bindTarget(fs, e, raw); }
            case Expr.List l -> { for (Expr e : l.elts()) bindTarget(fs, e, raw); }
            case Expr.Starred st -> bindTarget(fs, st.value(), raw);
            case Expr.Subscript sub -> { }
            case Expr.Attribute at -> attributeNames.add(at.attr());
            default -> throw err(t.pos(), "cannot assign to this expression");
        }
    }

    // ---- the supported subset ----

    private void checkStmts(Scopes sc, FunctionScope fs, List<Stmt> body) {
        for (Stmt s : body) checkStmt(sc, fs, s);
    }

    private void checkStmt(Scopes sc, FunctionScope fs, Stmt s) {
        switch (s) {
            case Stmt.FunctionDef fd -> {
                if (!fs.isModule()) throw unsupported(fd.pos(), "nested functions");
                var registered = functions.get(fd.name());
                if (registered == null || registered.def() != fd) {
                    throw unsupported(fd.pos(), "function definitions inside if/while/for blocks");
                }
                for (Expr d : fd.args().defaults()) checkExpr(sc, fs, d);
            }
            case Stmt.AsyncFunctionDef fd -> throw unsupported(fd.pos(), "async functions");
            case Stmt.ClassDef c -> {
                if (fs.isModule() && classes.containsKey(c.name()) && classes.get(c.name()).def() == c) {
                    checkClassBody(sc, c);
                } else if (!fs.isModule() || classDefs.get(c.name()) != c) {
                    throw unsupported(c.pos(), "classes other than at the top level of the module");
                }
            }
            case Stmt.Return r -> {
                if (fs.isModule()) throw err(r.pos(), "'return' outside function");
                if (r.value() != null) checkExpr(sc, fs, r.value());
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) checkTarget(sc, fs, t);
            }
            case Stmt.Assign a -> {
                checkExpr(sc, fs, a.value());
                for (Expr t : a.targets()) checkTarget(sc, fs, t);
            }
            case Stmt.AugAssign a -> {
                if (!(a.target() instanceof Expr.Name || a.target() instanceof Expr.Subscript || a.target() instanceof Expr.Attribute)) {
                    throw unsupported(a.target().pos(), "augmented assignment to this target");
                }
                checkTarget(sc, fs, a.target());
                checkOperator(a.op(), a.pos());
                checkExpr(sc, fs, a.value());
            }
            case Stmt.AnnAssign a -> {
                if (!(a.target() instanceof Expr.Name)) throw unsupported(a.target().pos(), "annotated assignment to this target");
                // Evaluated at module level only: CPython never evaluates a local variable's annotation.
                annotation(sc, a.annotation(), fs.isModule() ? a.pos() : null);
                if (a.value() != null) checkExpr(sc, fs, a.value());
            }
            case Stmt.For f -> {
                checkTarget(sc, fs, f.target());
                checkIterable(sc, fs, f.iter());
                checkStmts(sc, fs, f.body());
                checkStmts(sc, fs, f.orelse());
            }
            case Stmt.AsyncFor f -> throw unsupported(f.pos(), "async for loops");
            case Stmt.While w -> { checkExpr(sc, fs, w.test()); checkStmts(sc, fs, w.body()); checkStmts(sc, fs, w.orelse()); }
            case Stmt.If i -> { checkExpr(sc, fs, i.test()); checkStmts(sc, fs, i.body()); checkStmts(sc, fs, i.orelse()); }
            case Stmt.With w -> {
                for (var item : w.items()) {
                    checkExpr(sc, fs, item.contextExpr());
                    if (item.optionalVars() != null) checkTarget(sc, fs, item.optionalVars());
                }
                checkStmts(sc, fs, w.body());
            }
            case Stmt.AsyncWith w -> throw unsupported(w.pos(), "async with statements");
            case Stmt.Match m -> {
                checkExpr(sc, fs, m.subject());
                for (MatchCase c : m.cases()) {
                    checkPattern(sc, fs, c.pattern());
                    if (c.guard() != null) checkExpr(sc, fs, c.guard());
                    checkStmts(sc, fs, c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) checkExpr(sc, fs, r.exc());
                if (r.cause() != null) checkExpr(sc, fs, r.cause());
            }
            case Stmt.Try t -> {
                checkStmts(sc, fs, t.body());
                for (var h : t.handlers()) {
                    if (h.type() != null) checkExpr(sc, fs, h.type());
                    checkStmts(sc, fs, h.body());
                }
                checkStmts(sc, fs, t.orelse());
                checkStmts(sc, fs, t.finalbody());
            }
            case Stmt.TryStar t -> throw unsupported(t.pos(), "try statements with except*");
            case Stmt.Assert a -> {
                checkExpr(sc, fs, a.test());
                if (a.msg() != null) checkExpr(sc, fs, a.msg());
            }
            case Stmt.Import im -> { }
            case Stmt.ImportFrom im -> { }
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> throw unsupported(n.pos(), "nonlocal declarations");
            case Stmt.Expr e -> checkExpr(sc, fs, e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    /**
     * Reads an annotation into its hint; {@code evaluatedAt} is the statement where CPython
     * evaluates it, null where it never does. The hint parser refuses what it cannot evaluate.
     */
    private void annotation(Scopes sc, Expr e, Pos evaluatedAt) {
        Pos at = typing.postponed() ? null : evaluatedAt;
        var names = new HintParser.Names() {
            @Override public String typing(Expr x) { return typing.typing(x, at); }

            @Override public boolean bound(String name) {
                Symbol s = sc.resolve(module, name);
                return s != null && s != Symbol.BUILTIN && !sc.unassigned().contains(name);
            }
        };
        hints.put(e, HintParser.parse(file, e, names, at != null));
    }

    private void checkOperator(Operator op, Pos pos) {
        if (op == Operator.MatMult) throw unsupported(pos, "the @ operator");
    }

    private void checkExpr(Scopes sc, FunctionScope fs, Expr e) {
        boolean functionExpected = lambdaHere;
        lambdaHere = false;
        switch (e) {
            case Expr.BoolOp b -> { for (Expr x : b.values()) checkExpr(sc, fs, x); }
            case Expr.NamedExpr n -> {
                checkExpr(sc, fs, n.value());
                String t = ((Expr.Name) n.target()).id();
                Symbol s = sc.resolve(fs, t);
                if (s != Symbol.LOCAL && s != Symbol.GLOBAL) throw unsupported(n.pos(), "assignment expressions binding '" + t + "' here");
            }
            case Expr.BinOp b -> { checkOperator(b.op(), b.pos()); checkExpr(sc, fs, b.left()); checkExpr(sc, fs, b.right()); }
            case Expr.UnaryOp u -> checkExpr(sc, fs, u.operand());
            case Expr.Lambda l -> {
                if (!functionExpected) throw unsupported(l.pos(), "lambda expressions other than as a key= or map/filter function");
                var a = l.args();
                if (!a.posonlyargs().isEmpty() || a.vararg() != null || !a.kwonlyargs().isEmpty() || a.kwarg() != null
                        || !a.defaults().isEmpty()) {
                    throw unsupported(l.pos(), "lambda parameters other than plain names");
                }
                if (containsWalrus(l.body())) throw unsupported(l.pos(), "assignment expressions (:=) in a lambda");
                var names = new java.util.HashSet<String>();
                for (Arg x : a.args()) names.add(x.arg());
                innerNames.push(names);
                checkExpr(sc, fs, l.body());
                innerNames.pop();
            }
            case Expr.IfExp i -> { checkExpr(sc, fs, i.test()); checkExpr(sc, fs, i.body()); checkExpr(sc, fs, i.orelse()); }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    if (k == null) throw unsupported(d.pos(), "** unpacking in dict displays");
                    checkExpr(sc, fs, k);
                }
                for (Expr v : d.values()) checkExpr(sc, fs, v);
            }
            case Expr.Set st -> { for (Expr x : st.elts()) checkElement(sc, fs, x); }
            case Expr.ListComp l -> checkComprehension(sc, fs, l.generators(), List.of(l.elt()));
            case Expr.SetComp l -> checkComprehension(sc, fs, l.generators(), List.of(l.elt()));
            case Expr.DictComp l -> checkComprehension(sc, fs, l.generators(), List.of(l.key(), l.value()));
            case Expr.GeneratorExp g -> checkComprehension(sc, fs, g.generators(), List.of(g.elt()));
            case Expr.Await a -> throw unsupported(a.pos(), "await expressions");
            case Expr.Yield y -> throw unsupported(y.pos(), "generators (yield)");
            case Expr.YieldFrom y -> throw unsupported(y.pos(), "generators (yield from)");
            case Expr.Compare c -> { checkExpr(sc, fs, c.left()); for (Expr x : c.comparators()) checkExpr(sc, fs, x); }
            case Expr.Call c -> checkCall(sc, fs, c);
            case Expr.FormattedValue f -> {
                checkExpr(sc, fs, f.value());
                if (f.conversion() == 'a') throw unsupported(f.pos(), "the !a conversion");
                if (f.formatSpec() != null) checkExpr(sc, fs, f.formatSpec());
            }
            case Expr.JoinedStr j -> { for (Expr x : j.values()) checkExpr(sc, fs, x); }
            case Expr.Constant c -> {
                Object v = c.value();
                if (!(v instanceof BigInteger || v instanceof Long || v instanceof Integer || v instanceof Double
                        || v instanceof Boolean || v instanceof String || v instanceof PyNone)) {
                    String what = switch (v) {
                        case dev.waspy.frontend.syntax.ast.PyBytes b -> "bytes literals";
                        case dev.waspy.frontend.syntax.ast.PyComplex x -> "complex numbers";
                        case dev.waspy.frontend.syntax.ast.PyEllipsis x -> "the Ellipsis constant";
                        default -> "constants of this kind";
                    };
                    throw unsupported(c.pos(), what);
                }
            }
            case Expr.Attribute a -> {
                if (a.value() instanceof Expr.Name n && isSys(sc, fs, n)) {
                    if (SYS_ATTRIBUTES.contains(a.attr())) return;
                    throw unsupported(a.pos(), "'sys." + a.attr() + "' (of the sys module, only sys.exit(), sys.argv, sys.stdin,"
                            + " sys.stdout and sys.stderr are supported)");
                }
                // math.pi, random.random: the middle-end's table of the module says which exist.
                if (a.value() instanceof Expr.Name n && !isInner(n.id()) && sc.resolve(fs, n.id()) == Symbol.MODULE) return;
                // type(x).__name__ and x.__class__.__name__: the name of x's type.
                if (a.attr().equals("__name__") && a.value() instanceof Expr.Attribute c && c.attr().equals("__class__")) {
                    checkExpr(sc, fs, c.value());
                    return;
                }
                if (a.attr().equals("__name__") && a.value() instanceof Expr.Call c && c.func() instanceof Expr.Name n
                        && n.id().equals("type") && (sc.resolve(fs, "type") == null || sc.resolve(fs, "type") == Symbol.BUILTIN) && c.args().size() == 1) {
                    checkExpr(sc, fs, c.args().get(0));
                    return;
                }
                // Any other attribute is read at run time (str.lower or d.get as a key function too).
                if (a.value() instanceof Expr.Name n && n.id().equals("str")) return;
                checkExpr(sc, fs, a.value());
            }
            case Expr.Subscript s -> { checkExpr(sc, fs, s.value()); checkExpr(sc, fs, s.slice()); }
            case Expr.Starred s -> throw unsupported(s.pos(), "starred expressions here");
            case Expr.Name n -> checkName(sc, fs, n, false);
            case Expr.List l -> { for (Expr x : l.elts()) checkElement(sc, fs, x); }
            case Expr.Tuple t -> { for (Expr x : t.elts()) checkElement(sc, fs, x); }
            case Expr.Slice s -> {
                if (s.lower() != null) checkExpr(sc, fs, s.lower());
                if (s.upper() != null) checkExpr(sc, fs, s.upper());
                if (s.step() != null) checkExpr(sc, fs, s.step());
            }
        }
    }

    private static boolean containsWalrus(Node e) {
        return e instanceof Expr.NamedExpr || AstChildren.of(e).stream().anyMatch(ScopeAnalysis::containsWalrus);
    }

    /** The expressions of a case pattern: its values (literals, dotted names) and class names. */
    private void checkPattern(Scopes sc, FunctionScope fs, Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> checkExpr(sc, fs, v.value());
            case Pattern.MatchClass k when k.cls() instanceof Expr.Name n -> checkName(sc, fs, n, true);
            case Pattern.MatchClass k -> checkExpr(sc, fs, k.cls());
            case Pattern.MatchMapping m -> { for (Expr k : m.keys()) checkExpr(sc, fs, k); }
            default -> { }
        }
        for (Node child : AstChildren.of(p)) if (child instanceof Pattern q) checkPattern(sc, fs, q);
    }

    /** An item of a list, tuple or set display, where {@code *xs} unpacks an iterable. */
    private void checkElement(Scopes sc, FunctionScope fs, Expr x) {
        if (x instanceof Expr.Starred st) checkExpr(sc, fs, st.value());
        else checkExpr(sc, fs, x);
    }

    /** An assignment, for or del target. */
    private void checkTarget(Scopes sc, FunctionScope fs, Expr t) {
        switch (t) {
            case Expr.Name n -> { }
            case Expr.Tuple tu -> { for (Expr x : tu.elts()) checkTarget(sc, fs, x); }
            case Expr.List l -> { for (Expr x : l.elts()) checkTarget(sc, fs, x); }
            case Expr.Starred st -> checkTarget(sc, fs, st.value());
            case Expr.Subscript sub -> { checkExpr(sc, fs, sub.value()); checkExpr(sc, fs, sub.slice()); }
            case Expr.Attribute at -> checkExpr(sc, fs, at.value());
            default -> throw err(t.pos(), "cannot assign to this expression");
        }
    }

    /** The iterable of a for loop: range() and the other lazy builtins are only accepted there. */
    private void checkIterable(Scopes sc, FunctionScope fs, Expr iter) {
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && !isInner(n.id()) && sc.resolve(fs, "range") == Symbol.BUILTIN) {
            for (Expr a : c.args()) checkExpr(sc, fs, a);
            for (Keyword k : c.keywords()) checkExpr(sc, fs, k.value());
            return;
        }
        checkExpr(sc, fs, iter);
    }

    /**
     * The first iterable is evaluated outside the comprehension's scope; its targets are bound
     * inside it, for the conditions, the later clauses and the element.
     */
    private void checkComprehension(Scopes sc, FunctionScope fs, List<dev.waspy.frontend.syntax.ast.Comprehension> gens, List<Expr> elts) {
        var names = new java.util.HashSet<String>();
        int pushed = 0;
        for (var g : gens) {
            if (g.isAsync() != 0) throw unsupported(g.iter().pos(), "async comprehensions");
            checkIterable(sc, fs, g.iter());
            if (pushed == 0) { innerNames.push(names); pushed = 1; }
            targetNames(g.target(), names);
            for (Expr c : g.ifs()) checkExpr(sc, fs, c);
        }
        for (Expr e : elts) checkExpr(sc, fs, e);
        innerNames.pop();
    }

    private void targetNames(Expr t, java.util.Set<String> out) {
        switch (t) {
            case Expr.Name n -> out.add(n.id());
            case Expr.Tuple tu -> { for (Expr x : tu.elts()) targetNames(x, out); }
            case Expr.List l -> { for (Expr x : l.elts()) targetNames(x, out); }
            case Expr.Starred st -> targetNames(st.value(), out);
            default -> throw unsupported(t.pos(), "this comprehension target");
        }
    }

    private boolean isInner(String name) {
        for (var s : innerNames) if (s.contains(name)) return true;
        return false;
    }

    private boolean isSys(Scopes sc, FunctionScope fs, Expr.Name n) {
        return !isInner(n.id()) && sc.resolve(fs, n.id()) == Symbol.SYS;
    }

    private void checkName(Scopes sc, FunctionScope fs, Expr.Name n, boolean called) {
        if (isInner(n.id())) return;
        Symbol s = sc.resolve(fs, n.id());
        if (s == null) {
            if (n.id().equals("__annotations__")) throw unsupported(n.pos(), "reading __annotations__ (Waspy does not build it)");
            if (Builtins.OTHER.contains(n.id())) throw err(n.pos(), "the builtin '" + n.id() + "' is not supported yet");
            throw err(n.pos(), "name '" + n.id() + "' is not defined");
        }
        if (s == Symbol.TYPING) throw unsupported(n.pos(), "using a name bound by an import of typing or __future__ outside annotations");
        if (called) return;
        // Functions and builtins as values: the lowering accepts them as key= and map/filter arguments.
        if (s == Symbol.SYS) throw unsupported(n.pos(), "the module 'sys' as a value");
        if (s == Symbol.MODULE) throw unsupported(n.pos(), "a module as a value");
    }

    private void checkCall(Scopes sc, FunctionScope fs, Expr.Call c) {
        boolean mapLike = c.func() instanceof Expr.Name n && (n.id().equals("map") || n.id().equals("filter"));
        for (int i = 0; i < c.args().size(); i++) {
            Expr a = c.args().get(i);
            if (a instanceof Expr.Starred st) throw unsupported(st.pos(), "*args in calls");
            lambdaHere = mapLike && i == 0;
            checkExpr(sc, fs, a);
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) throw unsupported(k.pos(), "**kwargs in calls");
            lambdaHere = k.arg().equals("key");
            checkExpr(sc, fs, k.value());
        }
        lambdaHere = false;
        switch (c.func()) {
            case Expr.Name n -> {
                checkName(sc, fs, n, true);
                Symbol s = sc.resolve(fs, n.id());
                if (s == Symbol.SYS || s == Symbol.MODULE) throw err(n.pos(), "'module' object is not callable");
                if (n.id().equals("super") && s == Symbol.BUILTIN) checkSuper(sc, fs, c);
            }
            case Expr.Attribute a when a.value() instanceof Expr.Name n && !isInner(n.id()) && sc.resolve(fs, n.id()) == Symbol.MODULE -> { }
            case Expr.Attribute a when a.value() instanceof Expr.Name n && isSys(sc, fs, n) -> {
                if (!a.attr().equals("exit")) throw unsupported(a.pos(), "'sys." + a.attr() + "'");
            }
            // A method call: the lowering resolves it from the receiver's type.
            case Expr.Attribute a -> checkExpr(sc, fs, a.value());
            // Any other callee is a value called at run time.
            default -> checkExpr(sc, fs, c.func());
        }
    }

    /**
     * {@code super()} without arguments: in a method of one of the program's classes, whose first
     * parameter it binds (CPython's {@code __class__} cell and first argument).
     */
    private void checkSuper(Scopes sc, FunctionScope fs, Expr.Call c) {
        if (!c.args().isEmpty() || !c.keywords().isEmpty()) throw unsupported(c.pos(), "super() with arguments");
        if (!methods.containsKey(fs) || fs.params().isEmpty() || isInner("super")) {
            throw unsupported(c.pos(), "super() outside a method with a first parameter");
        }
    }

    /**
     * A class body runs at module level, top to bottom: a name it bound above is read from its
     * namespace, any other as in the module. Comprehensions and lambdas there would see no class
     * names (CPython's scoping of class blocks), so they are refused.
     */
    private void checkClassBody(Scopes sc, Stmt.ClassDef c) {
        var bound = new java.util.LinkedHashSet<String>();
        for (Stmt s : c.body()) {
            for (Node child : AstChildren.of(s)) {
                if (child instanceof Expr e && !(s instanceof Stmt.FunctionDef) && containsScope(e)) {
                    throw unsupported(e.pos(), "comprehensions and lambdas in a class body");
                }
            }
            innerNames.push(bound);
            switch (s) {
                case Stmt.FunctionDef fd -> {
                    for (Expr d : fd.args().defaults()) {
                        if (containsScope(d)) throw unsupported(d.pos(), "comprehensions and lambdas in a class body");
                        checkExpr(sc, module, d);
                    }
                    for (Expr d : fd.decoratorList()) if (d instanceof Expr.Attribute) checkExpr(sc, module, d);
                    bound.add(fd.name());
                }
                case Stmt.Assign a -> {
                    checkExpr(sc, module, a.value());
                    bound.add(((Expr.Name) a.targets().get(0)).id());
                }
                case Stmt.AnnAssign a -> {
                    annotation(sc, a.annotation(), a.pos());
                    if (a.value() != null) {
                        checkExpr(sc, module, a.value());
                        bound.add(((Expr.Name) a.target()).id());
                    }
                }
                default -> { }
            }
            innerNames.pop();
        }
    }

    private static boolean containsScope(Node e) {
        return e instanceof Expr.Lambda || e instanceof Expr.ListComp || e instanceof Expr.SetComp
                || e instanceof Expr.DictComp || e instanceof Expr.GeneratorExp
                || AstChildren.of(e).stream().anyMatch(ScopeAnalysis::containsScope);
    }

    private CompileError err(Pos pos, String msg) { return Errors.at(file, pos, msg); }

    private CompileError unsupported(Pos pos, String what) { return Errors.unsupported(file, pos, what); }
}
