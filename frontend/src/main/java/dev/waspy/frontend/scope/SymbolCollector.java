package dev.waspy.frontend.scope;

import static dev.waspy.frontend.scope.SymbolFlags.DEF_ANNOT;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_COMP_ITER;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_IMPORT;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_LOCAL;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_PARAM;
import static dev.waspy.frontend.scope.SymbolFlags.USE;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.ExceptHandler;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.MatchCase;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.frontend.syntax.ast.WithItem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol table's first pass (CPython's {@code symtable_visit_*}): walks the tree once, opens
 * a block for each module, class, function, lambda and comprehension, and records the raw facts
 * about every name in the block where they occur. Default values, decorators, class bases and a
 * comprehension's first iterable belong to the enclosing block; inside a class, private names are
 * mangled; a walrus target in a comprehension binds in the nearest enclosing function or module.
 */
final class SymbolCollector {
    private final SourceFile file;
    private final boolean futureAnnotations;
    final Map<Object, SymbolBlock> blocks = new IdentityHashMap<>();
    private final List<SymbolBlock> stack = new ArrayList<>();
    private SymbolBlock cur;
    private SymbolBlock top;
    /** The class whose body is being visited, for mangling (CPython's {@code st_private}). */
    private String privateName;

    SymbolCollector(SourceFile file, boolean futureAnnotations) {
        this.file = file;
        this.futureAnnotations = futureAnnotations;
    }

    SymbolBlock module(List<Stmt> body, Object key) {
        enter(BlockType.MODULE, "top", key, 0);
        stmts(body);
        exit();
        return top;
    }

    // ---- blocks and definitions

    private void enter(BlockType type, String name, Object key, int lineno) {
        boolean nested = cur != null && (cur.nested() || cur.type() == BlockType.FUNCTION);
        var b = new SymbolBlock(type, name, lineno, nested);
        SymbolBlock prev = cur;
        if (prev != null) b.compIterExpr = prev.compIterExpr;
        stack.add(b);
        cur = b;
        if (type == BlockType.ANNOTATION) return; // never evaluated: no child of anyone
        blocks.put(key, b);
        if (type == BlockType.MODULE) top = b;
        if (prev != null) prev.children.add(b);
    }

    private void exit() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void def(String name, int flag, Pos pos) { def(name, flag, cur, pos); }

    private void def(String name, int flag, SymbolBlock ste, Pos pos) {
        String mangled = Mangling.mangle(privateName, name);
        int val = ste.flags.getOrDefault(mangled, 0) | flag;
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error(pos, "comprehension inner loop cannot rebind assignment expression target '" + name + "'");
            }
            val |= DEF_COMP_ITER;
        }
        ste.flags.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.flags.merge(mangled, flag, (a, b) -> a | b); // the module learns of every global declaration
        }
    }

    private int lookup(String name) { return cur.flags(Mangling.mangle(privateName, name)); }

    // ---- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef c -> {
                def(c.name(), DEF_LOCAL, c.pos());
                exprs(c.bases());
                for (Keyword k : c.keywords()) expr(k.value());
                exprs(c.decoratorList());
                enter(BlockType.CLASS, c.name(), c, c.pos().lineno());
                String outer = privateName;
                privateName = c.name();
                stmts(c.body());
                privateName = outer;
                exit();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) expr(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) expr(r.exc());
                if (r.cause() != null) expr(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.orelse(), t.handlers(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.orelse(), t.handlers(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) expr(a.msg());
            }
            case Stmt.Import i -> aliases(i.names());
            case Stmt.ImportFrom i -> aliases(i.names());
            case Stmt.Global g -> {
                for (String n : g.names()) directive(n, DEF_GLOBAL, g.pos());
            }
            case Stmt.Nonlocal n -> {
                for (String name : n.names()) directive(name, DEF_NONLOCAL, n.pos());
            }
            case Stmt.Expr e -> expr(e.value());
            case Stmt.With w -> with(w.items(), w.body());
            case Stmt.AsyncWith w -> with(w.items(), w.body());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          boolean async) {
        def(name, DEF_LOCAL, s.pos());
        defaults(args);
        annotations(s, args, returns);
        exprs(decorators);
        enter(BlockType.FUNCTION, name, s, s.pos().lineno());
        if (async) cur.coroutine = true;
        params(args);
        stmts(body);
        exit();
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            // "annotated name can't be global/nonlocal" is StaticChecks' error
            if (a.simple() != 0) {
                def(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                def(n.id(), DEF_LOCAL, n.pos());
            }
        } else {
            expr(a.target());
        }
        annotation(a.annotation());
        if (a.value() != null) expr(a.value());
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(target);
        expr(iter);
        stmts(body);
        stmts(orelse);
    }

    private void tryStmt(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers, List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) expr(h.type());
            if (h.name() != null) def(h.name(), DEF_LOCAL, h.pos());
            stmts(h.body());
        }
        stmts(finalbody);
    }

    private void with(List<WithItem> items, List<Stmt> body) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            if (w.optionalVars() != null) expr(w.optionalVars());
        }
        stmts(body);
    }

    private void directive(String name, int flag, Pos pos) {
        // using or binding the name before the declaration is StaticChecks' error
        def(name, flag, pos);
        cur.directives.putIfAbsent(Mangling.mangle(privateName, name), pos);
    }

    /** The name an import binds: the alias, else the first component of the dotted module name. */
    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() != null ? a.asname() : a.name();
            if (name.equals("*")) {
                if (cur.type() != BlockType.MODULE) throw error(a.pos(), "import * only allowed at module level");
                continue;
            }
            int dot = name.indexOf('.');
            def(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a.pos());
        }
    }

    // ---- parameters and annotations

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) if (d != null) expr(d);
    }

    private void params(Arguments a) {
        for (Arg p : a.posonlyargs()) def(p.arg(), DEF_PARAM, p.pos());
        for (Arg p : a.args()) def(p.arg(), DEF_PARAM, p.pos());
        for (Arg p : a.kwonlyargs()) def(p.arg(), DEF_PARAM, p.pos());
        if (a.vararg() != null) {
            def(a.vararg().arg(), DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            def(a.kwarg().arg(), DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    /** A function's annotations, evaluated in the enclosing block (or nowhere, under the future import). */
    private void annotations(Stmt s, Arguments a, Expr returns) {
        if (futureAnnotations) enter(BlockType.ANNOTATION, "_annotation", s, s.pos().lineno());
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        argAnnotations(a.kwonlyargs());
        if (futureAnnotations) exit();
        if (returns != null) annotation(returns);
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg p : args) if (p.annotation() != null) expr(p.annotation());
    }

    private void annotation(Expr e) {
        if (futureAnnotations) enter(BlockType.ANNOTATION, "_annotation", e, e.pos().lineno());
        expr(e);
        if (futureAnnotations) exit();
    }

    // ---- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                notInAnnotation("named expression", n);
                namedExpr(n);
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                defaults(l.args());
                enter(BlockType.FUNCTION, "lambda", l, l.pos().lineno());
                params(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) if (k != null) expr(k);
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, "genexpr", SymbolBlock.Comprehension.GENERATOR, g.generators(), g.elt(), null);
            case Expr.ListComp c -> comprehension(c, "listcomp", SymbolBlock.Comprehension.LIST, c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "setcomp", SymbolBlock.Comprehension.SET, c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "dictcomp", SymbolBlock.Comprehension.DICT, c.generators(), c.key(), c.value());
            case Expr.Yield y -> {
                notInAnnotation("yield expression", y);
                if (y.value() != null) expr(y.value());
                yielded(y);
            }
            case Expr.YieldFrom y -> {
                notInAnnotation("yield expression", y);
                expr(y.value());
                yielded(y);
            }
            case Expr.Await a -> {
                notInAnnotation("await expression", a);
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
            case Expr.Name n -> {
                boolean load = n.ctx() == ExprContext.Load;
                def(n.id(), load ? USE : DEF_LOCAL, n.pos());
                // super() needs the class being defined: it is a use of __class__
                if (load && cur.type() == BlockType.FUNCTION && n.id().equals("super")) def("__class__", USE, n.pos());
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
    }

    /** An annotation that is never evaluated (future import) cannot hold what only evaluation means. */
    private void notInAnnotation(String what, Expr e) {
        if (cur.type() == BlockType.ANNOTATION) throw error(e.pos(), "'" + what + "' can not be used within an annotation");
    }

    private void yielded(Expr e) {
        cur.generator = true;
        String where = switch (cur.comprehension) {
            case NONE -> null;
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            case GENERATOR -> "generator expression";
        };
        if (where != null) throw error(e.pos(), "'yield' inside " + where);
    }

    /**
     * A comprehension is a function of its own, called with the first iterable (evaluated in the
     * enclosing block) as its one parameter {@code .0}.
     */
    private void comprehension(Expr e, String name, SymbolBlock.Comprehension kind, List<Comprehension> generators,
                               Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enter(BlockType.FUNCTION, name, e, e.pos().lineno());
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) cur.coroutine = true;
        def(".0", DEF_PARAM, e.pos());
        cur.compIterTarget = true;
        expr(outermost.target());
        cur.compIterTarget = false;
        exprs(outermost.ifs());
        for (Comprehension c : generators.subList(1, generators.size())) {
            cur.compIterTarget = true;
            expr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(c.iter());
            cur.compIterExpr--;
            exprs(c.ifs());
            if (c.isAsync() != 0) cur.coroutine = true;
        }
        if (value != null) expr(value);
        expr(elt);
        cur.generator = kind == SymbolBlock.Comprehension.GENERATOR;
        boolean async = cur.coroutine && kind != SymbolBlock.Comprehension.GENERATOR;
        exit();
        if (async) cur.coroutine = true;
    }

    private void namedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) throw error(e.pos(), "assignment expression cannot be used in a comprehension iterable expression");
        if (cur.comprehension != SymbolBlock.Comprehension.NONE) bindInEnclosing((Expr.Name) e.target());
        expr(e.value());
        expr(e.target());
    }

    /** A walrus in a comprehension binds in the nearest enclosing function or module, passing through comprehensions. */
    private void bindInEnclosing(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymbolBlock ste = stack.get(i);
            if (ste.comprehension != SymbolBlock.Comprehension.NONE) {
                if ((ste.flags(name) & DEF_COMP_ITER) != 0) {
                    throw error(target.pos(), "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
                continue;
            }
            switch (ste.type()) {
                case FUNCTION -> {
                    int flag = (ste.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL;
                    directive(name, flag, target.pos());
                    def(name, DEF_LOCAL, ste, target.pos());
                    return;
                }
                case MODULE -> {
                    directive(name, DEF_GLOBAL, target.pos());
                    def(name, DEF_GLOBAL, ste, target.pos());
                    return;
                }
                case CLASS -> throw error(target.pos(), "assignment expression within a comprehension cannot be used in a class body");
                case ANNOTATION -> { }
            }
        }
        throw new IllegalStateException("a comprehension outside any module");
    }

    // ---- patterns

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> patterns(s.patterns());
            case Pattern.MatchStar s -> {
                if (s.name() != null) def(s.name(), DEF_LOCAL, s.pos());
            }
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                patterns(m.patterns());
                if (m.rest() != null) def(m.rest(), DEF_LOCAL, m.pos());
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                patterns(c.patterns());
                patterns(c.kwdPatterns());
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern());
                if (a.name() != null) def(a.name(), DEF_LOCAL, a.pos());
            }
            case Pattern.MatchOr o -> patterns(o.patterns());
        }
    }

    private void patterns(List<Pattern> ps) {
        for (Pattern p : ps) pattern(p);
    }

    private CompileError error(Pos pos, String message) { return Errors.at(file, pos, message); }
}
