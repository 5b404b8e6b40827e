package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple statements (one logical line each: expression statements and assignments, imports,
 * del, raise, assert, global/nonlocal, pass/break/continue), with CPython's hints for the usual
 * mistakes in them. Compound statements are in {@link Parser}.
 */
abstract class SimpleStatementParser extends PatternParser {
    SimpleStatementParser(SourceFile file, List<Token> tokens) {
        super(file, tokens);
    }

    // ---- simple statements ------------------------------------------------------------------------

    final void simpleStmts(List<Stmt> body) {
        while (true) {
            body.add(simpleStmt());
            if (!accept(";")) {
                break;
            }
            if (at(Kind.NEWLINE)) {
                break;
            }
        }
        if (!at(Kind.NEWLINE)) {
            SyntaxError err = invalidSyntax();
            Stmt lastStmt = body.get(body.size() - 1);
            boolean hasExpression = !(lastStmt instanceof Stmt.Import || lastStmt instanceof Stmt.ImportFrom
                    || lastStmt instanceof Stmt.Global || lastStmt instanceof Stmt.Nonlocal
                    || lastStmt instanceof Stmt.Pass || lastStmt instanceof Stmt.Break
                    || lastStmt instanceof Stmt.Continue);
            if (hasExpression) {
                lookAheadLikeCPython();
            }
            throw err;
        }
        next();
    }

    /**
     * After {@code a b}, CPython's second pass tries {@code b} as an expression (invalid_expression)
     * before giving up; how far that reads decides whether a bracket left open later wins
     * (see Parser.laterTokenizerError). Read as far, then come back.
     */
    private void lookAheadLikeCPython() {
        int save = p;
        try {
            if (startsExpression(peek())) {
                expression();
            }
        } catch (SyntaxError ignored) {
            // Only the distance read matters.
        }
        p = save;
    }

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    next();
                    return new Stmt.Pass(pos(t, t));
                }
                case "break" -> {
                    next();
                    return new Stmt.Break(pos(t, t));
                }
                case "continue" -> {
                    next();
                    return new Stmt.Continue(pos(t, t));
                }
                case "return" -> {
                    next();
                    if (startsExpression(peek())) {
                        Expr v = starExpressions();
                        return new Stmt.Return(v, from(t));
                    }
                    return new Stmt.Return(null, pos(t, t));
                }
                case "raise" -> {
                    return raiseStmt();
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    names.add(expectName().text());
                    while (accept(",")) {
                        names.add(expectName().text());
                    }
                    return t.text() == "global" ? new Stmt.Global(list(names), from(t))
                            : new Stmt.Nonlocal(list(names), from(t));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = null;
                    if (accept(",")) {
                        msg = expression();
                    }
                    return new Stmt.Assert(test, msg, from(t));
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                case "print", "exec" -> {
                    return legacyStatement(t);
                }
                default -> { }
            }
        }
        return expressionStatement();
    }

    /** {@code print x}: when the statement does not parse, say what Python 2 habit caused it. */
    private Stmt legacyStatement(Token t) {
        int save = p;
        try {
            Stmt s = expressionStatement();
            if (!at(Kind.NEWLINE) && !at(";")) {
                throw invalidSyntax();
            }
            return s;
        } catch (SyntaxError e) {
            Token nx = tokens.get(save + 1);
            if (nx.text() == "(" || !startsExpression(nx)) {
                throw e;
            }
            p = save + 1;
            try {
                starExpressions();
            } catch (SyntaxError e2) {
                throw e;
            }
            throw errorAt(t, "Missing parentheses in call to '" + t.text() + "'. Did you mean " + t.text() + "(...)?");
        }
    }

    private Stmt raiseStmt() {
        Token t = next();
        if (!startsExpression(peek())) {
            return new Stmt.Raise(null, null, pos(t, t));
        }
        Expr exc = expression();
        Expr cause = null;
        if (atKw("from")) {
            next();
            cause = expression();
        }
        return new Stmt.Raise(exc, cause, from(t));
    }

    private Stmt delStmt() {
        Token t = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(Kind.NEWLINE) || at(";")) {
                break;
            }
            Expr e = starExpression();
            targets.add(Targets.store(this, e, ExprContext.Del, ""));
        } while (accept(","));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(list(targets), from(t));
    }

    private Stmt importName() {
        Token t = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String name = dottedName();
            String asname = null;
            if (atKw("as")) {
                next();
                asname = expectName().text();
            }
            names.add(new Alias(name, asname, from(first)));
        } while (accept(","));
        return new Stmt.Import(list(names), from(t));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text());
        while (at(".")) {
            next();
            sb.append('.').append(expectName().text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = next();
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text().length();
        }
        String module = null;
        if (!atKw("import")) {
            module = dottedName();
        }
        if (!atKw("import")) {
            throw invalidSyntax();
        }
        next();
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token star = next();
            names.add(new Alias("*", null, pos(star, star)));
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                if (!paren && !names.isEmpty() && at(Kind.NEWLINE)) {
                    throw errorAt(peek(), "trailing comma not allowed without surrounding parentheses");
                }
                Token first = expectName();
                String asname = null;
                if (atKw("as")) {
                    next();
                    asname = expectName().text();
                }
                names.add(new Alias(first.text(), asname, from(first)));
            } while (accept(","));
            if (paren) {
                expect(")");
            }
            if (names.isEmpty()) {
                throw invalidSyntax();
            }
        }
        return new Stmt.ImportFrom(module, list(names), level, from(t));
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr e = atKw("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (t.kind() != Kind.OP) {
            return new Stmt.Expr(e, from(start));
        }
        if (t.text() == ":") {
            return annAssign(start, e);
        }
        if (t.text() == "=") {
            List<Expr> exprs = new ArrayList<>();
            exprs.add(e);
            while (accept("=")) {
                exprs.add(atKw("yield") ? yieldExpr() : starExpressions());
            }
            List<Expr> targets = new ArrayList<>();
            for (int i = 0; i < exprs.size() - 1; i++) {
                Expr x = exprs.get(i);
                boolean bareYield = i > 0 || start.text() == "yield";
                if (bareYield && (x instanceof Expr.Yield || x instanceof Expr.YieldFrom)) {
                    throw errorAt(x, "assignment to yield expression not possible");
                }
                try {
                    targets.add(Targets.store(this, x, ExprContext.Store, ""));
                } catch (SyntaxError err) {
                    if (i == 0 && exprs.size() == 2) {
                        comparisonHint(start, e);
                    }
                    throw err;
                }
            }
            return new Stmt.Assign(list(targets), exprs.get(exprs.size() - 1), null, from(start));
        }
        Operator op = augOp(t.text());
        if (op != null) {
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw errorAt(e, "'" + Targets.describe(e) + "' is an illegal expression for augmented assignment");
            }
            next();
            Expr target = Targets.store(this, e, ExprContext.Store, "");
            Expr value = atKw("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(target, op, value, from(start));
        }
        return new Stmt.Expr(e, from(start));
    }

    /**
     * invalid_named_expression, as CPython meets it in {@code a, f() = 1} once the statement has
     * failed: the element just before a single '=' gets the hint that '==' (or ':=') was meant.
     */
    private void comparisonHint(Token start, Expr e) {
        Expr last = e instanceof Expr.Tuple tu && start.text() != "(" ? tu.elts().get(tu.elts().size() - 1) : e;
        boolean excluded = last instanceof Expr.List || last instanceof Expr.Tuple || last instanceof Expr.GeneratorExp
                || last instanceof Expr.Constant c && (c.value() == Boolean.TRUE || c.value() == Boolean.FALSE
                        || c.value() == dev.waspy.frontend.syntax.ast.PyNone.NONE);
        boolean bitwiseOrLevel = !(last instanceof Expr.Compare || last instanceof Expr.BoolOp
                || last instanceof Expr.IfExp || last instanceof Expr.Lambda || last instanceof Expr.NamedExpr
                || last instanceof Expr.Starred
                || last instanceof Expr.UnaryOp u && u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.Not);
        if (last instanceof Expr.Name) {
            throw errorAt(last, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        boolean assignable = last instanceof Expr.Attribute || last instanceof Expr.Subscript;
        if (!excluded && bitwiseOrLevel && !assignable) {
            throw errorAt(last, "cannot assign to " + Targets.describe(last) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    private Stmt annAssign(Token start, Expr e) {
        boolean single = e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
        if (!single) {
            // CPython names the bad target only when an annotation follows the ':'.
            int save = p;
            next();
            try {
                expression();
            } catch (SyntaxError ignored) {
                // What CPython looked at last is the ':' itself.
                p = save;
                furthest = save;
                throw invalidSyntax();
            }
            p = save;
        }
        if (e instanceof Expr.Tuple) {
            throw errorAt(e, "only single target (not tuple) can be annotated");
        }
        if (e instanceof Expr.List) {
            throw errorAt(e, "only single target (not list) can be annotated");
        }
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
            throw errorAt(e, "illegal target for annotation");
        }
        next();
        Expr target = Targets.store(this, e, ExprContext.Store, "");
        Expr annotation = expression();
        Expr value = null;
        if (accept("=")) {
            value = atKw("yield") ? yieldExpr() : starExpressions();
        }
        int simple = e instanceof Expr.Name && start.text() != "(" ? 1 : 0;
        return new Stmt.AnnAssign(target, annotation, value, simple, from(start));
    }

    private static Operator augOp(String s) {
        return switch (s) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }
}
