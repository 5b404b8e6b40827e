package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.BoolOp;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions with operators, following the precedence levels of CPython 3.11's grammar
 * (python.gram): each method is named after the rule it implements and builds the node CPython's
 * action builds, with the same position (first token of the rule to the last token it consumed).
 */
abstract class ExpressionParser extends AtomParser {
    ExpressionParser(SourceFile file, List<Token> tokens) {
        super(file, tokens);
    }

    // ---- expression lists -----------------------------------------------------------------------

    /** star_expressions: a bare tuple when there is a comma. */
    final Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(list(elts), ExprContext.Load, from(start));
    }

    final Expr starExpression() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, from(s));
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, from(s));
        }
        return namedExpression();
    }

    /** named_expression: {@code NAME := expression} or an expression. */
    final Expr namedExpression() {
        return namedExpression(true);
    }

    /**
     * With {@code checkAssign}, a following single '=' gets CPython's hint that '==' or ':=' was
     * meant (call arguments report it differently, so they pass false).
     */
    final Expr namedExpression(boolean checkAssign) {
        Token t = peek();
        if (t.kind() == Kind.NAME && peek(1).text() == ":=" && isName(t)) {
            p += 2;
            Expr v = expression();
            return new Expr.NamedExpr(new Expr.Name(t.text(), ExprContext.Store, pos(t, t)), v, from(t));
        }
        Expr e = expression();
        if (at(":=")) {
            throw errorAt(e, "cannot use assignment expressions with " + Targets.describe(e));
        }
        if (checkAssign && at("=")) {
            misusedAssign(e);
        }
        return e;
    }

    /** invalid_named_expression: {@code x = y} where a value is expected. */
    private void misusedAssign(Expr e) {
        int save = p;
        next();
        try {
            bitwiseOr();
        } catch (dev.waspy.frontend.diag.SyntaxError ignored) {
            p = save;
            return;
        }
        boolean followed = at("=") || at(":=");
        p = save;
        if (followed) {
            return;
        }
        if (e instanceof Expr.Name) {
            throw errorAt(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        boolean excluded = e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp
                || e instanceof Expr.Constant c && (c.value() == Boolean.TRUE || c.value() == Boolean.FALSE
                        || c.value() == dev.waspy.frontend.syntax.ast.PyNone.NONE);
        if (!excluded && !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.UnaryOp u && u.op() == UnaryOp.Not)) {
            throw errorAt(e, "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    final Expr expression() {
        enter();
        try {
            if (atKw("lambda")) {
                return lambdef();
            }
            Token start = peek();
            Expr body = disjunction();
            if (atKw("if")) {
                next();
                Expr test = disjunction();
                if (!atKw("else")) {
                    throw errorRange(body, test, "expected 'else' after 'if' expression");
                }
                next();
                Expr orelse = expression();
                return new Expr.IfExp(test, body, orelse, from(start));
            }
            return body;
        } finally {
            leave();
        }
    }

    final Expr yieldExpr() {
        Token y = next();
        if (atKw("from")) {
            next();
            Expr v = expression();
            return new Expr.YieldFrom(v, from(y));
        }
        if (startsExpression(peek())) {
            Expr v = starExpressions();
            return new Expr.Yield(v, from(y));
        }
        return new Expr.Yield(null, pos(y, y));
    }

    // ---- boolean and comparison levels ----------------------------------------------------------

    final Expr disjunction() {
        Token start = peek();
        Expr a = conjunction();
        if (!atKw("or")) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (atKw("or")) {
            next();
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOp.Or, list(values), from(start));
    }

    final Expr conjunction() {
        Token start = peek();
        Expr a = inversion();
        if (!atKw("and")) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (atKw("and")) {
            next();
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOp.And, list(values), from(start));
    }

    final Expr inversion() {
        if (atKw("not")) {
            Token t = next();
            enter();
            try {
                Expr e = inversion();
                return new Expr.UnaryOp(UnaryOp.Not, e, from(t));
            } finally {
                leave();
            }
        }
        return comparison();
    }

    final Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(left, list(ops), list(comparators), from(start));
    }

    /** Consumes a comparison operator if one is next. */
    private CmpOp compareOp() {
        Token t = peek();
        if (t.kind() == Kind.OP) {
            CmpOp op = switch (t.text()) {
                case "==" -> CmpOp.Eq;
                case "!=" -> CmpOp.NotEq;
                case "<" -> CmpOp.Lt;
                case "<=" -> CmpOp.LtE;
                case ">" -> CmpOp.Gt;
                case ">=" -> CmpOp.GtE;
                default -> null;
            };
            if (op != null) {
                p++;
            }
            return op;
        }
        if (t.kind() != Kind.NAME) {
            return null;
        }
        if (t.text() == "in") {
            p++;
            return CmpOp.In;
        }
        if (t.text() == "is") {
            p++;
            if (atKw("not")) {
                p++;
                return CmpOp.IsNot;
            }
            return CmpOp.Is;
        }
        if (t.text() == "not" && peekFar(1).text() == "in" && peek(1).kind() == Kind.NAME) {
            p += 2;
            return CmpOp.NotIn;
        }
        return null;
    }

    // ---- binary operator levels -----------------------------------------------------------------

    final Expr bitwiseOr() {
        Token start = peek();
        int chain = 0;
        Expr left = bitwiseXor();
        while (at("|")) {
            next();
            chainCheck(++chain);
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, Operator.BitOr, right, from(start));
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        int chain = 0;
        Expr left = bitwiseAnd();
        while (at("^")) {
            next();
            chainCheck(++chain);
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, Operator.BitXor, right, from(start));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        int chain = 0;
        Expr left = shiftExpr();
        while (at("&")) {
            next();
            chainCheck(++chain);
            Expr right = shiftExpr();
            left = new Expr.BinOp(left, Operator.BitAnd, right, from(start));
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        int chain = 0;
        Expr left = sum();
        while (true) {
            Operator op = at("<<") ? Operator.LShift : at(">>") ? Operator.RShift : null;
            if (op == null) {
                return left;
            }
            next();
            chainCheck(++chain);
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, from(start));
        }
    }

    private Expr sum() {
        Token start = peek();
        int chain = 0;
        Expr left = term();
        while (true) {
            Operator op = at("+") ? Operator.Add : at("-") ? Operator.Sub : null;
            if (op == null) {
                return left;
            }
            next();
            chainCheck(++chain);
            Expr right = term();
            left = new Expr.BinOp(left, op, right, from(start));
        }
    }

    private Expr term() {
        Token start = peek();
        int chain = 0;
        Expr left = factor();
        while (true) {
            Token t = peek();
            if (t.kind() != Kind.OP) {
                return left;
            }
            Operator op = switch (t.text()) {
                case "*" -> Operator.Mult;
                case "/" -> Operator.Div;
                case "//" -> Operator.FloorDiv;
                case "%" -> Operator.Mod;
                case "@" -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            next();
            chainCheck(++chain);
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, from(start));
        }
    }

    final Expr factor() {
        Token t = peek();
        UnaryOp op = t.kind() != Kind.OP ? null : t.text() == "-" ? UnaryOp.USub
                : t.text() == "+" ? UnaryOp.UAdd : t.text() == "~" ? UnaryOp.Invert : null;
        if (op != null) {
            next();
            enter();
            try {
                Expr e = factor();
                return new Expr.UnaryOp(op, e, from(t));
            } finally {
                leave();
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr left = awaitPrimary();
        if (at("**")) {
            next();
            enter();
            try {
                Expr right = factor();
                return new Expr.BinOp(left, Operator.Pow, right, from(start));
            } finally {
                leave();
            }
        }
        return left;
    }

    private Expr awaitPrimary() {
        if (atKw("await")) {
            Token t = next();
            Expr e = primary();
            return new Expr.Await(e, from(t));
        }
        return primary();
    }

    // ---- primaries ------------------------------------------------------------------------------

    final Expr primary() {
        Token start = peek();
        int chain = 0;
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.kind() != Kind.OP) {
                return e;
            }
            chainCheck(++chain);
            if (t.text() == ".") {
                next();
                Token name = expectName();
                e = new Expr.Attribute(e, name.text(), ExprContext.Load, from(start));
            } else if (t.text() == "(") {
                e = callTrailer(start, e);
            } else if (t.text() == "[") {
                next();
                Expr s = slices();
                Token close = expect("]");
                e = new Expr.Subscript(e, s, ExprContext.Load, from(start));
            } else {
                return e;
            }
        }
    }

    /** A call's parenthesized arguments after {@code func}; also used for class bases. */
    final Expr callTrailer(Token start, Expr func) {
        Token open = next();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        // An error CPython only detects once all arguments are read (so it points past them).
        String late = null;
        while (!at(")")) {
            Token s = peek();
            if (s.text() == "*" && s.kind() == Kind.OP) {
                next();
                Expr v = expression();
                Expr st = new Expr.Starred(v, ExprContext.Load, from(s));
                if (sawDoubleStar) {
                    throw errorAt(st, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(st);
            } else if (s.text() == "**" && s.kind() == Kind.OP) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(null, v, from(s)));
                sawDoubleStar = true;
            } else if (isName(s) && peek(1).text() == "=" && peek(1).kind() == Kind.OP) {
                p += 2;
                Expr v = expression();
                keywords.add(new Keyword(s.text(), v, from(s)));
                sawKeyword = true;
            } else {
                Expr e = namedExpression(false);
                if (atComprehension()) {
                    List<Comprehension> gens = forIfClauses();
                    if (!args.isEmpty() || !keywords.isEmpty() || !at(")")) {
                        throw errorAt(e, "Generator expression must be parenthesized");
                    }
                    Token close = expect(")");
                    Expr gen = new Expr.GeneratorExp(e, gens, from(open));
                    return new Expr.Call(func, list1(gen), list(keywords), from(start));
                }
                if (at("=") && !(e instanceof Expr.Name)) {
                    throw errorRange(e, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if ((sawDoubleStar || sawKeyword) && late == null) {
                    late = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!accept(",")) {
                if (!at(")")) {
                    forgotComma(args.isEmpty() ? null : args.get(args.size() - 1));
                }
                break;
            }
        }
        if (late != null && at(")")) {
            throw errorAt(peek(), late);
        }
        Token close = expect(")");
        return new Expr.Call(func, list(args), list(keywords), from(start));
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!at(",")) {
            if (first instanceof Expr.Starred) {
                // a[*b] indexes by the tuple (*b,), as in CPython 3.11.
                return new Expr.Tuple(list1(first), ExprContext.Load, from(start));
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(list(elts), ExprContext.Load, from(start));
    }

    private Expr slice() {
        Token start = peek();
        if (at("*")) {
            return starExpression();
        }
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        next();
        Expr upper = null;
        if (!at(":") && !at("]") && !at(",")) {
            upper = expression();
        }
        Expr step = null;
        if (accept(":")) {
            if (!at("]") && !at(",")) {
                step = expression();
            }
        }
        return new Expr.Slice(lower, upper, step, from(start));
    }

}
