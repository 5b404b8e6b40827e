package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hint.TypingNames;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The imports of {@code typing} and {@code __future__}, accepted as statements of the module's top
 * level: {@code import typing [as t]}, {@code from typing import NAME [as N], ...} and
 * {@code from __future__ import FEATURE, ...}. They import nothing at run time (the names they
 * bind may only be used in annotations, which Waspy reads at compile time); what they decide is
 * whether an annotation's names are bound where CPython evaluates it, and whether CPython
 * evaluates annotations at all ({@code from __future__ import annotations}).
 */
final class TypingImports {
    /**
     * {@code typingName}: what the bound name stands for in typing, null for the module typing
     * itself ({@code module}) and for a feature of {@code __future__} (bound too, to a feature object).
     */
    private record Binding(String typingName, Pos at, boolean module) {}

    /** The features of {@code __future__} that change nothing in Python 3.11. */
    private static final Set<String> NO_OP_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    private final SourceFile file;
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private final Set<Stmt> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean postponed;

    private TypingImports(SourceFile file) { this.file = file; }

    static TypingImports collect(SourceFile file, java.util.List<Stmt> body) {
        var t = new TypingImports(file);
        boolean beginning = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            boolean docstring = i == 0 && s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String;
            boolean future = s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0;
            if (future && !beginning) throw t.err(s.pos(), "from __future__ imports must occur at the beginning of the file");
            beginning &= docstring || future;
            switch (s) {
                case Stmt.ImportFrom f when future -> t.future(f);
                case Stmt.ImportFrom f when "typing".equals(f.module()) && f.level() == 0 -> t.fromTyping(f);
                case Stmt.Import im when im.names().stream().anyMatch(a -> a.name().equals("typing")) -> {
                    for (Alias a : im.names()) {
                        if (!a.name().equals("typing")) throw Errors.unsupported(file, a.pos(), "importing other modules beside typing");
                        t.bind(a.asname() != null ? a.asname() : "typing", new Binding(null, s.pos(), true), a.pos());
                    }
                    t.statements.add(s);
                }
                default -> { }
            }
        }
        return t;
    }

    private void future(Stmt.ImportFrom f) {
        for (Alias a : f.names()) {
            if (a.name().equals("annotations")) postponed = true;
            else if (a.name().equals("braces")) throw err(f.pos(), "not a chance");
            else if (a.name().equals("barry_as_FLUFL")) throw Errors.unsupported(file, f.pos(), "the future feature barry_as_FLUFL");
            else if (!NO_OP_FEATURES.contains(a.name())) throw err(f.pos(), "future feature " + a.name() + " is not defined");
            bind(a.asname() != null ? a.asname() : a.name(), new Binding(null, f.pos(), false), a.pos());
        }
        statements.add(f);
    }

    private void fromTyping(Stmt.ImportFrom f) {
        for (Alias a : f.names()) {
            if (a.name().equals("*")) throw Errors.unsupported(file, a.pos(), "'from typing import *'");
            if (!TypingNames.ALL.contains(a.name())) {
                throw err(a.pos(), "cannot import name '" + a.name() + "' from 'typing' (CPython raises ImportError here)");
            }
            bind(a.asname() != null ? a.asname() : a.name(), new Binding(a.name(), f.pos(), false), a.pos());
        }
        statements.add(f);
    }

    private void bind(String name, Binding b, Pos at) {
        Binding old = bindings.putIfAbsent(name, b);
        if (old != null && !old.equals(b)) throw Errors.unsupported(file, at, "binding '" + name + "' twice by imports");
    }

    /** Whether {@code s} is one of the imports accepted here. */
    boolean accepted(Stmt s) { return statements.contains(s); }

    /** Whether {@code from __future__ import annotations} is in effect: no annotation is evaluated. */
    boolean postponed() { return postponed; }

    /** The names these imports bind (typing's, the module's, the features'), in the order they are bound. */
    Set<String> names() { return bindings.keySet(); }

    /**
     * The typing name {@code e} stands for ({@code List}, {@code typing.List}), or null. With
     * {@code evaluatedAt}, the statement where CPython evaluates it, a name imported only after
     * that statement is an error (CPython's NameError), and so is an attribute typing lacks.
     */
    String typing(Expr e, Pos evaluatedAt) {
        switch (e) {
            case Expr.Name n -> {
                Binding b = bindings.get(n.id());
                if (b == null || b.typingName() == null) return null;
                checkOrder(n, b, evaluatedAt);
                return b.typingName();
            }
            case Expr.Attribute a when a.value() instanceof Expr.Name m && bindings.get(m.id()) instanceof Binding b
                    && b.module() -> {
                checkOrder(m, b, evaluatedAt);
                if (!TypingNames.ALL.contains(a.attr())) {
                    if (evaluatedAt == null) return null;
                    throw err(a.pos(), "module 'typing' has no attribute '" + a.attr() + "' (CPython raises AttributeError here)");
                }
                return a.attr();
            }
            default -> { return null; }
        }
    }

    private void checkOrder(Expr.Name n, Binding b, Pos evaluatedAt) {
        if (evaluatedAt == null) return;
        boolean after = b.at().lineno() > evaluatedAt.lineno()
                || b.at().lineno() == evaluatedAt.lineno() && b.at().colOffset() > evaluatedAt.colOffset();
        if (after) throw err(n.pos(), "name '" + n.id() + "' is used in an annotation before it is imported (CPython raises NameError here)");
    }

    private CompileError err(Pos pos, String message) { return Errors.at(file, pos, message); }
}
