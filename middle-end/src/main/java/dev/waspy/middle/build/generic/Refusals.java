package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.FrozenConstants;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Rejects, before anything is built, every construct the generic builder does not handle yet, with
 * a compile error at its position ("...: not supported yet on the generic path"). The builder may
 * then assume what is checked here. This class shrinks as the generic path grows: supporting a
 * construct means deleting its refusal and adding its lowering.
 */
final class Refusals {
    private final SourceFile file;
    private final Scopes scopes;
    private FunctionScope fs;
    /** Names bound by the comprehensions and lambdas being checked, innermost first. */
    private final Deque<Set<String>> inner = new ArrayDeque<>();
    /** Builtins a key function may name: those of one argument. */
    private static final Set<String> KEY_BUILTINS = Set.of("len", "abs", "str", "repr", "int", "float", "bool", "hash");
    /** Builtins that consume a generator expression given as their only argument. */
    private static final Set<String> GENERATOR_CONSUMERS = Set.of("sum", "any", "all", "min", "max", "sorted", "list", "set", "frozenset", "dict", "tuple");

    private Refusals(SourceFile file, Scopes scopes) {
        this.file = file;
        this.scopes = scopes;
    }

    /** The module functions the program uses as values, in first-use order. */
    private final Set<String> functionValues = new java.util.LinkedHashSet<>();
    /** The calls of module functions whose arguments do not match: made through the function object. */
    private final Set<Expr.Call> dynamicCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** What the builder needs to know of the checks: the functions used as values, the calls made through them. */
    record Found(Set<String> functionValues, Set<Expr.Call> dynamicCalls) {}

    /**
     * A module function as a value: its function object is made once, when the program starts, so
     * its defaults must be constants (a computed one is evaluated when the def runs).
     */
    private void functionValue(Expr.Name n) {
        var def = scopes.function(n.id()).def();
        for (Expr d : def.args().defaults()) {
            if (!dev.waspy.frontend.scope.ScopeAnalysis.isConstant(d)) throw refuse(n.pos(), "a function whose defaults are computed, as a value");
        }
        functionValues.add(n.id());
    }

    /** Checks the program; returns the module functions it uses as values and the calls made through them. */
    static Found check(SourceFile file, Scopes scopes, Mod.Module m) {
        if (scopes.exceptionClasses().size() > GenericBuilder.MAX_PROGRAM_EXCEPTIONS) {
            throw Errors.unsupported(file, m.body().get(0).pos(), "more than " + GenericBuilder.MAX_PROGRAM_EXCEPTIONS + " exception classes");
        }
        var r = new Refusals(file, scopes);
        r.fs = scopes.module();
        r.stmts(m.body());
        for (FunctionScope f : scopes.functions()) {
            r.fs = f;
            r.stmts(f.def().body());
        }
        for (FunctionScope f : scopes.methods().keySet()) {
            r.fs = f;
            r.stmts(f.def().body());
        }
        return new Found(r.functionValues, r.dynamicCalls);
    }

    CompileError refuse(Pos pos, String what) {
        return Errors.at(file, pos, what + ": not supported yet on the generic path");
    }

    void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) target(t);
            }
            case Stmt.AnnAssign a -> {
                target(a.target());
                if (a.value() != null) expr(a.value());
            }
            case Stmt.AugAssign a -> {
                if (!(a.target() instanceof Expr.Name) && !(a.target() instanceof Expr.Subscript) && !(a.target() instanceof Expr.Attribute)) {
                    throw refuse(a.target().pos(), "augmented assignment to this target");
                }
                target(a.target());
                operator(a.op(), a.pos());
                expr(a.value());
            }
            case Stmt.If i -> { expr(i.test()); stmts(i.body()); stmts(i.orelse()); }
            case Stmt.While w -> { expr(w.test()); stmts(w.body()); stmts(w.orelse()); }
            case Stmt.For l -> { target(l.target()); iterable(l.iter()); stmts(l.body()); stmts(l.orelse()); }
            case Stmt.Return r -> { if (r.value() != null) expr(r.value()); }
            case Stmt.Delete d -> { for (Expr t : d.targets()) target(t); }
            case Stmt.FunctionDef d -> { for (Expr x : d.args().defaults()) expr(x); }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Pass p -> { }
            case Stmt.Global g -> { }
            case Stmt.Raise r -> raise(r);
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Assert a -> { expr(a.test()); if (a.msg() != null) expr(a.msg()); }
            case Stmt.With w -> {
                for (var item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) target(item.optionalVars());
                }
                stmts(w.body());
            }
            case Stmt.ClassDef c when scopes.classes().containsKey(c.name()) && scopes.classes().get(c.name()).def() == c -> classBody(c);
            case Stmt.ClassDef c -> { } // an exception class with an empty body: ScopeAnalysis checked it
            case Stmt.Import i -> { }
            case Stmt.ImportFrom i -> { }
            case Stmt.Match m -> Matches.check(this, m);
            default -> throw refuse(s.pos(), s.getClass().getSimpleName() + " statements");
        }
    }

    // ---- exceptions ----

    /** How many except clauses enclose the statement being checked (a finally block starts again at 0). */
    private int handling;

    /** The classes CPython constructs with more than BaseException's rules (errno, five arguments, an exit signal). */
    private static final Set<String> NOT_CONSTRUCTIBLE = Set.of("OSError", "SyntaxError", "KeyboardInterrupt",
            "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");

    /** An exception class a program may make: its built-in ancestor makes instances by BaseException's rules. */
    private void constructible(Expr.Name n) {
        String c = n.id();
        while (scopes.exceptionClasses().containsKey(c)) c = scopes.exceptionClasses().get(c);
        if (NOT_CONSTRUCTIBLE.contains(c)) throw refuse(n.pos(), "making a " + n.id() + " exception");
    }

    private void tryStmt(Stmt.Try t) {
        stmts(t.body());
        for (var h : t.handlers()) {
            if (h.type() != null) exceptClasses(h.type());
            handling++;
            stmts(h.body());
            handling--;
        }
        stmts(t.orelse());
        int outer = handling;
        handling = 0;
        stmts(t.finalbody());
        handling = outer;
    }

    private boolean exceptionNames(Expr e) {
        return Exceptions.classNames(e, this::resolve) != null;
    }

    private void exceptClasses(Expr e) {
        if (exceptionNames(e)) return;
        throw refuse(e.pos(), "except clauses naming anything but exception classes");
    }

    private void raise(Stmt.Raise r) {
        if (r.exc() == null) {
            // What a bare raise re-raises is dynamic outside an except clause (a caller's, or the
            // exception a finally block is unwinding): only the clause's own is known here.
            if (handling == 0) throw refuse(r.pos(), "a bare raise outside an except clause, or in a finally block");
            return;
        }
        raised(r.exc());
        if (r.cause() != null) raised(r.cause());
    }

    /** What raise takes: an exception class (made without arguments), or any value (an instance at run time). */
    private void raised(Expr e) {
        if (e instanceof Expr.Name n && resolve(n.id()) == Symbol.EXCEPTION) constructible(n);
        else expr(e);
    }

    /** A class body: its expressions run at module level, reading the names bound above in it from its namespace. */
    private void classBody(Stmt.ClassDef c) {
        var bound = new HashSet<String>();
        inner.push(bound);
        for (Stmt s : c.body()) {
            switch (s) {
                case Stmt.FunctionDef d -> {
                    exprs(d.args().defaults());
                    bound.add(d.name());
                }
                case Stmt.Assign a -> {
                    expr(a.value());
                    bound.add(((Expr.Name) a.targets().get(0)).id());
                }
                case Stmt.AnnAssign a when a.value() != null -> {
                    expr(a.value());
                    bound.add(((Expr.Name) a.target()).id());
                }
                default -> { }
            }
        }
        inner.pop();
    }

    private void operator(Operator op, Pos pos) {
        if (op == Operator.MatMult) throw refuse(pos, "the @ operator");
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> { }
            case Expr.Tuple tu -> unpackTargets(tu.elts());
            case Expr.List l -> unpackTargets(l.elts());
            case Expr.Subscript sub -> expr(sub);
            case Expr.Attribute a -> expr(a.value());
            default -> throw refuse(t.pos(), "this assignment target");
        }
    }

    /** The targets of an unpacking, at most one of them starred. */
    private void unpackTargets(List<Expr> elts) {
        if (elts.stream().filter(x -> x instanceof Expr.Starred).count() > 1) throw refuse(elts.get(0).pos(), "several starred targets");
        for (Expr x : elts) target(x instanceof Expr.Starred s ? s.value() : x);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    void expr(Expr e) {
        switch (e) {
            case Expr.Constant c -> { }
            case Expr.Name n when resolve(n.id()) == Symbol.MODULE_MEMBER -> stdValue(n);
            case Expr.Name n -> {
                Symbol s = resolve(n.id());
                if (s == Symbol.EXCEPTION) throw refuse(n.pos(), "exception classes as values (only raise, except and a call may name one)");
                if (s == Symbol.BUILTIN && n.id().equals("NotImplemented")) return;
                if (s == Symbol.FUNCTION) {
                    functionValue(n);
                    return;
                }
                if (s != Symbol.LOCAL && s != Symbol.GLOBAL) throw refuse(n.pos(), "functions and modules as values");
            }
            case Expr.Attribute a when TypeErrors.nameOfTypeOf(a, this::resolve) != null -> expr(TypeErrors.nameOfTypeOf(a, this::resolve));
            case Expr.BinOp b -> { operator(b.op(), b.pos()); expr(b.left()); expr(b.right()); }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orelse()); }
            case Expr.Compare c -> { expr(c.left()); exprs(c.comparators()); }
            case Expr.Call c -> call(c);
            case Expr.NamedExpr n -> expr(n.value());
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.FormattedValue v -> { expr(v.value()); if (v.formatSpec() != null) expr(v.formatSpec()); }
            case Expr.List l -> l.elts().forEach(this::item);
            case Expr.Tuple t -> t.elts().forEach(this::item);
            case Expr.Dict d -> { exprs(d.keys()); exprs(d.values()); }
            case Expr.Set s -> {
                for (Expr x : s.elts()) expr(x instanceof Expr.Starred st ? st.value() : x);
                if (s.elts().size() > 2 && s.elts().stream().allMatch(Refusals::mayFold)
                        && !s.elts().stream().allMatch(FrozenConstants::foldedConstant)) {
                    throw refuse(s.pos(), "set displays of constant expressions");
                }
            }
            case Expr.ListComp l -> comprehension(l.generators(), List.of(l.elt()));
            case Expr.SetComp l -> comprehension(l.generators(), List.of(l.elt()));
            case Expr.DictComp l -> comprehension(l.generators(), List.of(l.key(), l.value()));
            case Expr.Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Expr.Slice sl) {
                    for (Expr x : new Expr[] {sl.lower(), sl.upper(), sl.step()}) if (x != null) expr(x);
                } else {
                    expr(s.slice());
                }
            }
            case Expr.Attribute a when "argv".equals(SysStreams.sysAttribute(a, this::resolve)) -> { }
            case Expr.Attribute a when StdModules.member(a, this::resolve, scopes) != null -> stdValue(a);
            case Expr.Attribute a when SysStreams.isStream(a, this::resolve) -> throw refuse(a.pos(), "sys." + a.attr() + " as a value");
            case Expr.Attribute a -> expr(a.value());
            default -> throw refuse(e.pos(), EXPRESSION_NAMES.getOrDefault(e.getClass().getSimpleName(),
                    e.getClass().getSimpleName() + " expressions"));
        }
    }

    /** How a refusal names an expression kind the generic path does not build yet, in Python's words. */
    private static final java.util.Map<String, String> EXPRESSION_NAMES = java.util.Map.of(
            "GeneratorExp", "generator expressions as values (only a consuming builtin may take one)",
            "Lambda", "lambda expressions as values",
            "Await", "await expressions",
            "Yield", "yield expressions",
            "YieldFrom", "yield from expressions");

    /** An item of a list or tuple display: {@code *x} takes any value, and sys.stdin. */
    private void item(Expr x) {
        if (x instanceof Expr.Starred s && "stdin".equals(SysStreams.sysAttribute(s.value(), this::resolve))) return;
        expr(x instanceof Expr.Starred s ? s.value() : x);
    }

    Symbol resolve(String name) {
        for (Set<String> names : inner) if (names.contains(name)) return Symbol.LOCAL;
        return scopes.resolve(fs, name);
    }

    /** The first iterable is outside the comprehension's scope; the targets are bound inside it. */
    private void comprehension(List<Comprehension> gens, List<Expr> elts) {
        var names = new HashSet<String>();
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync() != 0) throw refuse(g.iter().pos(), "async comprehensions");
            iterable(g.iter());
            if (i == 0) inner.push(names);
            targetNames(g.target(), names);
            exprs(g.ifs());
        }
        exprs(elts);
        inner.pop();
    }

    private void targetNames(Expr t, Set<String> out) {
        switch (t) {
            case Expr.Name n -> out.add(n.id());
            case Expr.Tuple tu -> { for (Expr x : tu.elts()) targetNames(x, out); }
            case Expr.List l -> { for (Expr x : l.elts()) targetNames(x, out); }
            default -> throw refuse(t.pos(), "this comprehension target");
        }
    }

    /** An argument where a generator expression may stand: checked as a comprehension. */
    private void consumed(Expr e) {
        if (e instanceof Expr.GeneratorExp g) comprehension(g.generators(), List.of(g.elt()));
        else iterable(e);
    }

    /**
     * What a loop iterates: any value, or a lazy builtin ({@link Sources#LAZY}) over such
     * iterables: {@code enumerate(x[, start])}, {@code zip(x, ...)}, {@code map(key, x)},
     * {@code filter(key or None, x)}.
     */
    private void iterable(Expr e) {
        if ("stdin".equals(SysStreams.sysAttribute(e, this::resolve))) return;
        if (!Sources.lazy(e, this::resolve)) {
            expr(e);
            return;
        }
        var c = (Expr.Call) e;
        String name = ((Expr.Name) c.func()).id();
        noStarred(c.args());
        int n = c.args().size();
        boolean ok = switch (name) {
            case "enumerate" -> (n == 1 && c.keywords().size() <= 1 || n == 2 && c.keywords().isEmpty())
                    && c.keywords().stream().allMatch(k -> "start".equals(k.arg()));
            case "zip" -> c.keywords().isEmpty();
            default -> n == 2 && c.keywords().isEmpty();
        };
        if (!ok) throw refuse(c.pos(), "this call of " + name + "()");
        switch (name) {
            case "enumerate" -> {
                iterable(c.args().get(0));
                if (n == 2) expr(c.args().get(1));
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case "zip" -> c.args().forEach(this::iterable);
            default -> {
                keyFunction(c.args().get(0));
                iterable(c.args().get(1));
            }
        }
    }

    /**
     * A key= function: a lambda of one plain parameter, a module function of one parameter, a
     * builtin of one argument, a built-in type's method of the receiver alone ({@code str.lower}).
     */
    private void keyFunction(Expr k) {
        switch (k) {
            case Expr.Constant c when c.value() instanceof PyNone -> { }
            case Expr.Lambda l -> {
                var a = l.args();
                if (a.args().size() != 1 || !a.posonlyargs().isEmpty() || a.vararg() != null || !a.kwonlyargs().isEmpty()
                        || a.kwarg() != null || !a.defaults().isEmpty()) {
                    throw refuse(l.pos(), "key functions other than lambdas of one parameter");
                }
                inner.push(Set.of(a.args().get(0).arg()));
                expr(l.body());
                inner.pop();
            }
            case Expr.Name n when resolve(n.id()) == Symbol.FUNCTION
                    && scopes.function(n.id()).def().args().args().size() == 1 -> { }
            case Expr.Name n when resolve(n.id()) == Symbol.BUILTIN && KEY_BUILTINS.contains(n.id()) -> { }
            case Expr.Attribute a when a.value() instanceof Expr.Name n && resolve(n.id()) == Symbol.BUILTIN
                    && Methods.unbound(n.id(), a.attr()) -> { }
            default -> throw refuse(k.pos(), "this key function");
        }
    }

    /** The keyword arguments of a builtin or method: reverse= a constant bool, key= a key function, default= a constant or name. */
    private void keywords(Expr.Call c, List<String> allowed, String what) {
        for (Keyword k : c.keywords()) {
            if (!allowed.contains(k.arg()) && !allowed.contains(Methods.ANY_KEYWORD)) throw refuse(k.pos(), "the keyword argument " + k.arg() + "= of " + what);
            boolean ok = switch (k.arg()) {
                case "reverse" -> k.value() instanceof Expr.Constant v && v.value() instanceof Boolean;
                case "default" -> literal(k.value()) || k.value() instanceof Expr.Name;
                case "key" -> { keyFunction(k.value()); yield true; }
                default -> true;
            };
            if (!ok) throw refuse(k.value().pos(), k.arg() + "= other than a constant");
            if (!k.arg().equals("key")) expr(k.value());
        }
    }

    /** Whether every name in a class tuple means the builtin (not a variable that shadows it). */
    private boolean builtinNames(Expr e) {
        if (e instanceof Expr.Tuple t) return t.elts().stream().allMatch(this::builtinNames);
        return e instanceof Expr.Name n && resolve(n.id()) == Symbol.BUILTIN;
    }

    private void noStarred(List<Expr> elts) {
        for (Expr x : elts) if (x instanceof Expr.Starred s) throw refuse(s.pos(), "starred items here");
    }

    /** Whether CPython's compiler may fold {@code e} into a constant (which changes a set display's order). */
    private static boolean mayFold(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> mayFold(u.operand());
            case Expr.BinOp b -> mayFold(b.left()) && mayFold(b.right());
            case Expr.Tuple t -> t.elts().stream().allMatch(Refusals::mayFold);
            default -> false;
        };
    }

    private static boolean literal(Expr e) {
        return e instanceof Expr.Constant || (e instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant);
    }

    /** {@code math.pi} or {@code pi}: a constant of a runtime module's table. */
    private void stdValue(Expr e) {
        String problem = StdModules.valueProblem(StdModules.member(e, this::resolve, scopes));
        if (problem != null) throw refuse(e.pos(), problem);
    }

    private void call(Expr.Call c) {
        noStarred(c.args());
        for (Keyword k : c.keywords()) if (k.arg() == null) throw refuse(k.pos(), "**kwargs in calls");
        String member = StdModules.member(c.func(), this::resolve, scopes);
        if (member != null) {
            String problem = StdModules.callProblem(member, c);
            if (problem != null) throw refuse(c.pos(), problem);
            exprs(c.args());
            for (Keyword k : c.keywords()) expr(k.value());
            return;
        }
        switch (c.func()) {
            case Expr.Name n when resolve(n.id()) == Symbol.FUNCTION -> {
                function(n, c);
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.Name n when resolve(n.id()) == Symbol.BUILTIN -> builtin(n, c);
            case Expr.Name n when resolve(n.id()) == Symbol.LOCAL || resolve(n.id()) == Symbol.GLOBAL -> {
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.Name n when resolve(n.id()) == Symbol.EXCEPTION -> {
                constructible(n);
                if (!c.keywords().isEmpty() && !scopes.classes().containsKey(n.id())) {
                    throw refuse(c.keywords().get(0).pos(), "keyword arguments of an exception class");
                }
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.Attribute a when SysStreams.isStream(a.value(), this::resolve) -> {
                String method = SysStreams.sysAttribute(a.value(), this::resolve) + "." + a.attr();
                if (!SysStreams.METHODS.contains(method) || c.args().size() != SysStreams.arity(method) || !c.keywords().isEmpty()) {
                    throw refuse(c.pos(), "this call of sys." + method + "()");
                }
                exprs(c.args());
            }
            case Expr.Attribute a when a.value() instanceof Expr.Name n && resolve(n.id()) == Symbol.SYS -> {
                if (!a.attr().equals("exit") || c.args().size() > 1 || !c.keywords().isEmpty()) {
                    throw refuse(c.pos(), "this use of the sys module");
                }
                exprs(c.args());
            }
            case Expr.Attribute a when Methods.onType(a, c, this::resolve) -> exprs(c.args());
            case Expr.Attribute a -> method(a, c);
            // any other callee: a value called at run time
            default -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
        }
    }

    /**
     * A call of a module function: made directly when its arguments match its parameters; else
     * (too many, missing, an unknown or repeated keyword) through its function object, which raises
     * CPython's TypeError when the call runs.
     */
    private void function(Expr.Name n, Expr.Call c) {
        if (!matches(n, c)) {
            functionValue(n);
            dynamicCalls.add(c);
        }
    }

    private boolean matches(Expr.Name n, Expr.Call c) {
        var args = scopes.function(n.id()).def().args();
        List<Arg> params = args.args();
        if (c.args().size() > params.size()) return false;
        var given = new HashSet<Integer>();
        for (int i = 0; i < c.args().size(); i++) given.add(i);
        for (Keyword k : c.keywords()) {
            int i = Calls.paramIndex(params, k.arg());
            if (i < 0 || !given.add(i)) return false;
        }
        int firstDefault = params.size() - args.defaults().size();
        for (int i = 0; i < firstDefault; i++) {
            if (!given.contains(i)) return false;
        }
        return true;
    }

    private void builtin(Expr.Name n, Expr.Call c) {
        Calls.Builtin b = Calls.BUILTINS.get(n.id());
        if (b == null) {
            throw refuse(n.pos(), Sources.LAZY.contains(n.id())
                    ? n.id() + "() as a value (only a loop or a consuming builtin may take it)"
                    : dev.waspy.frontend.scope.Builtins.CLASSES.contains(n.id()) ? "'" + n.id() + "' other than as the decorator of a method"
                    : "the builtin '" + n.id() + "'");
        }
        int count = c.args().size();
        if (count < b.minArgs() || count > b.maxArgs()) throw refuse(c.pos(), n.id() + "() with " + count + " arguments");
        keywords(c, b.keywords(), n.id() + "()");
        if (n.id().equals("isinstance") && exceptionNames(c.args().get(1))) {
            expr(c.args().get(0));
            return;
        }
        if (n.id().equals("isinstance") && Calls.classBits(c.args().get(1)) == 0 && c.args().get(1) instanceof Expr.Name k
                && (resolve(k.id()) == Symbol.GLOBAL || resolve(k.id()) == Symbol.LOCAL)) {
            exprs(c.args()); // a class of the program, a value at run time
            return;
        }
        if (n.id().equals("isinstance")) {
            if (Calls.classBits(c.args().get(1)) == 0 || !builtinNames(c.args().get(1))) {
                throw refuse(c.args().get(1).pos(), "isinstance() with a class other than a built-in type");
            }
            expr(c.args().get(0));
            return;
        }
        if (n.id().equals("sum") && count == 2 && !c.keywords().isEmpty()) throw refuse(c.pos(), "sum() with start given twice");
        if (GENERATOR_CONSUMERS.contains(n.id()) && (count == 1 || n.id().equals("sum"))) {
            consumed(c.args().get(0));
            exprs(c.args().subList(1, count));
        } else {
            exprs(c.args());
        }
    }

    private void method(Expr.Attribute a, Expr.Call c) {
        int count = c.args().size();
        if (!scopes.classes().isEmpty() && !Methods.fits(a.attr(), c)) {
            // looked up at run time: a method of the program's classes, or of a built-in value
            expr(a.value());
            exprs(c.args());
            for (Keyword k : c.keywords()) expr(k.value());
            return;
        }
        if (Methods.byName(a.attr(), count)) {
            if (!c.keywords().isEmpty()) throw refuse(c.keywords().get(0).pos(), "keyword arguments of the method '" + a.attr() + "'");
            expr(a.value());
            exprs(c.args());
            return;
        }
        Methods.Method m = Methods.TABLE.get(a.attr());
        if (m == null) throw refuse(a.pos(), "the method '" + a.attr() + "' on a value of unknown type");
        if (count < m.minArgs() || count > m.maxArgs()) throw refuse(c.pos(), "this call of the method '" + a.attr() + "'");
        expr(a.value());
        keywords(c, m.keywords(), "the method '" + a.attr() + "'");
        if (a.attr().equals("join")) consumed(c.args().get(0));
        else exprs(c.args());
    }
}
