package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.BoolOp;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.PyEllipsis;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, following the precedence levels of CPython 3.11's grammar (python.gram): each
 * method is named after the rule it implements and builds the node CPython's action builds,
 * with the same position (first token of the rule to the last token it consumed).
 */
abstract class ExpressionParser extends ParserBase {
    private static final List<Expr> NO_EXPRS = List.of();

    ExpressionParser(SourceFile file, List<Token> tokens) {
        super(file, tokens);
    }

    // ---- starting sets --------------------------------------------------------------------------

    /** Can {@code t} begin an expression (used to tell a trailing comma from a continued list)? */
    final boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !Keywords.isKeyword(t.text()) || t.text() == "None" || t.text() == "True"
                    || t.text() == "False" || t.text() == "not" || t.text() == "lambda" || t.text() == "await";
            case OP -> {
                String s = t.text();
                yield s == "(" || s == "[" || s == "{" || s == "-" || s == "+" || s == "~" || s == "..." || s == "*";
            }
            default -> false;
        };
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
        return e;
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
        if (t.text() == "not" && peek(1).text() == "in" && peek(1).kind() == Kind.NAME) {
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
                Expr e = namedExpression();
                if (atKw("for") || atKw("async") && peek(1).text() == "for") {
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

    /** Inside brackets, two expressions in a row get CPython's "Perhaps you forgot a comma?". */
    final void forgotComma(Expr prev) {
        if (prev != null && startsExpression(peek()) && !(prev instanceof Expr.Starred)) {
            int save = p;
            Expr nextExpr;
            try {
                nextExpr = expression();
            } catch (dev.waspy.frontend.diag.SyntaxError e) {
                p = save;
                return;
            }
            p = save;
            throw errorRange(prev, nextExpr, "invalid syntax. Perhaps you forgot a comma?");
        }
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

    // ---- atoms ----------------------------------------------------------------------------------

    final Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                String s = t.text();
                if (!Keywords.isKeyword(s)) {
                    p++;
                    return new Expr.Name(s, ExprContext.Load, pos(t, t));
                }
                Object v = s == "None" ? PyNone.NONE : s == "True" ? Boolean.TRUE : s == "False" ? Boolean.FALSE : null;
                if (v == null) {
                    throw invalidSyntax();
                }
                p++;
                return new Expr.Constant(v, null, pos(t, t));
            }
            case NUMBER -> {
                p++;
                String[] err = new String[1];
                Object v = Literals.number(t.text(), err);
                if (v == null) {
                    throw errorAt(t, err[0]);
                }
                return new Expr.Constant(v, null, pos(t, t));
            }
            case STRING -> {
                int first = p;
                while (peek().kind() == Kind.STRING) {
                    p++;
                }
                return Strings.concat(this, tokens.subList(first, p));
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return paren();
                    }
                    case "[" -> {
                        return bracket();
                    }
                    case "{" -> {
                        return brace();
                    }
                    case "..." -> {
                        p++;
                        return new Expr.Constant(PyEllipsis.ELLIPSIS, null, pos(t, t));
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr paren() {
        Token open = next();
        enter();
        try {
            if (at(")")) {
                Token close = next();
                return new Expr.Tuple(NO_EXPRS, ExprContext.Load, from(open));
            }
            if (atKw("yield")) {
                Expr y = yieldExpr();
                expect(")");
                return y;
            }
            Expr first = starNamedExpression();
            if (atKw("for") || atKw("async") && peek(1).text() == "for") {
                List<Comprehension> gens = forIfClauses();
                Token close = expect(")");
                return new Expr.GeneratorExp(first, gens, from(open));
            }
            if (at(")")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first, "cannot use starred expression here");
                }
                next();
                return first;
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",")) {
                if (at(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (!at(")")) {
                forgotComma(elts.get(elts.size() - 1));
            }
            Token close = expect(")");
            return new Expr.Tuple(list(elts), ExprContext.Load, from(open));
        } finally {
            leave();
        }
    }

    private Expr bracket() {
        Token open = next();
        enter();
        try {
            if (at("]")) {
                Token close = next();
                return new Expr.List(NO_EXPRS, ExprContext.Load, from(open));
            }
            Expr first = starNamedExpression();
            if (atKw("for") || atKw("async") && peek(1).text() == "for") {
                List<Comprehension> gens = forIfClauses();
                Token close = expect("]");
                return new Expr.ListComp(first, gens, from(open));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",")) {
                if (at("]")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (!at("]")) {
                forgotComma(elts.get(elts.size() - 1));
            }
            Token close = expect("]");
            return new Expr.List(list(elts), ExprContext.Load, from(open));
        } finally {
            leave();
        }
    }

    private Expr brace() {
        Token open = next();
        enter();
        try {
            if (at("}")) {
                Token close = next();
                return new Expr.Dict(NO_EXPRS, NO_EXPRS, from(open));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (at("**")) {
                next();
                keys.add(null);
                values.add(bitwiseOr());
                return dictRest(open, keys, values);
            }
            Expr first = starNamedExpression();
            if (!(first instanceof Expr.Starred) && at(":")) {
                Expr v = dictValue();
                if (atKw("for") || atKw("async") && peek(1).text() == "for") {
                    List<Comprehension> gens = forIfClauses();
                    Token close = expect("}");
                    return new Expr.DictComp(first, v, gens, from(open));
                }
                keys.add(first);
                values.add(v);
                return dictRest(open, keys, values);
            }
            if (atKw("for") || atKw("async") && peek(1).text() == "for") {
                List<Comprehension> gens = forIfClauses();
                Token close = expect("}");
                return new Expr.SetComp(first, gens, from(open));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",")) {
                if (at("}")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (!at("}")) {
                forgotComma(elts.get(elts.size() - 1));
            }
            Token close = expect("}");
            return new Expr.Set(list(elts), from(open));
        } finally {
            leave();
        }
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            if (accept("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                if (!at(":")) {
                    throw invalidSyntax();
                }
                values.add(dictValue());
            }
        }
        Token close = expect("}");
        return new Expr.Dict(list(keys), list(values), from(open));
    }

    /** The ':' and value of a dict entry. */
    private Expr dictValue() {
        Token colon = next();
        if (at("}") || at(",")) {
            throw errorAt(colon, "expression expected after dictionary key and ':'");
        }
        return expression();
    }

    /** for_if_clauses of a comprehension. */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKw("for") || atKw("async") && peek(1).text() == "for") {
            int isAsync = 0;
            if (atKw("async")) {
                next();
                isAsync = 1;
            }
            next();
            Expr target = starTargets();
            if (!atKw("in")) {
                throw invalidSyntax();
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, list(ifs), isAsync));
        }
        return list(gens);
    }

    // ---- targets --------------------------------------------------------------------------------

    /** star_targets as in {@code for} loops and comprehensions: primaries and starred primaries. */
    final Expr starTargets() {
        Token start = peek();
        Expr first = starTarget();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(list(elts), ExprContext.Store, from(start));
    }

    final Expr starTarget() {
        if (at("*")) {
            Token s = next();
            enter();
            try {
                Expr v = starTarget();
                return new Expr.Starred(v, ExprContext.Store, from(s));
            } finally {
                leave();
            }
        }
        Expr e = primary();
        return Targets.store(this, e, ExprContext.Store, "");
    }

    // ---- lambda and parameters ------------------------------------------------------------------

    private Expr lambdef() {
        Token s = next();
        Arguments args = parameters(false, ":");
        expect(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, from(s));
    }

    /**
     * Parameter lists of {@code def} (annotated) and {@code lambda}: positional-only ones before
     * '/', keyword-only ones after '*' or '*args', then '**kwargs'. Defaults of positional
     * parameters are trailing; keyword-only parameters have one default slot each (null if none).
     */
    final Arguments parameters(boolean annotated, String closer) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        while (!at(closer)) {
            Token s = peek();
            if (!annotated && s.text() == "(" && s.kind() == Kind.OP) {
                throw errorAt(s, "Lambda expression parameters cannot be parenthesized");
            }
            if (kwarg != null) {
                throw errorAt(s, "arguments cannot follow var-keyword argument");
            }
            if (s.text() == "/" && s.kind() == Kind.OP) {
                if (slash) {
                    throw errorAt(s, "/ may appear only once");
                }
                if (star) {
                    throw errorAt(s, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw errorAt(s, "at least one argument must precede /");
                }
                next();
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (s.text() == "*" && s.kind() == Kind.OP) {
                if (star) {
                    throw errorAt(s, "* argument may appear only once");
                }
                next();
                star = true;
                if (at(",") || at(closer)) {
                    if (at(closer) || peek(1).text() == "**") {
                        throw errorAt(s, "named arguments must follow bare *");
                    }
                } else {
                    vararg = param(annotated, true);
                    if (at("=")) {
                        throw errorAt(peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (s.text() == "**" && s.kind() == Kind.OP) {
                next();
                kwarg = param(annotated, false);
                if (at("=")) {
                    throw errorAt(peek(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg a = param(annotated, false);
                Expr def = null;
                if (accept("=")) {
                    def = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt(a, "non-default argument follows default argument");
                    }
                    args.add(a);
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        return new Arguments(list(posonly), list(args), vararg, list(kwonly), list(kwDefaults), kwarg, list(defaults));
    }

    private Arg param(boolean annotated, boolean starAnnotation) {
        Token name = expectName();
        Expr annotation = null;
        if (annotated && accept(":")) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(name.text(), annotation, null, annotation == null ? pos(name, name) : from(name));
    }

    static Expr.Name name(Token t, ExprContext ctx) {
        return new Expr.Name(t.text(), ctx, pos(t, t));
    }
}
