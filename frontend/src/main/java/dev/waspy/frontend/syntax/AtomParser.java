package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.PyEllipsis;
import dev.waspy.frontend.syntax.ast.PyNone;
import java.util.ArrayList;
import java.util.List;

/**
 * The innermost layer of expressions: atoms and displays (parenthesized forms, lists, sets, dicts
 * and their comprehensions), assignment targets, and parameter lists (shared by {@code def} and
 * {@code lambda}). The operator layer above ({@link ExpressionParser}) supplies the rules these
 * recurse into.
 */
abstract class AtomParser extends ParserBase {
    static final List<Expr> NO_EXPRS = List.of();

    AtomParser(SourceFile file, List<Token> tokens) {
        super(file, tokens);
    }

    // ---- rules of the operator layer that displays and targets recurse into -------------------

    abstract Expr expression();

    abstract Expr namedExpression();

    abstract Expr starNamedExpression();

    abstract Expr starExpression();

    abstract Expr disjunction();

    abstract Expr bitwiseOr();

    abstract Expr primary();

    abstract Expr yieldExpr();

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
            if (first instanceof Expr.Starred && atComprehension()) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            if (atComprehension()) {
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
            if (first instanceof Expr.Starred && atComprehension()) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            if (atComprehension()) {
                List<Comprehension> gens = forIfClauses();
                Token close = expect("]");
                return new Expr.ListComp(first, gens, from(open));
            }
            List<Expr> elts = displayElements(first, "]");
            return new Expr.List(elts, ExprContext.Load, from(open));
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
                Token star = next();
                keys.add(null);
                values.add(bitwiseOr());
                if (atComprehension()) {
                    throw errorAt(star, "dict unpacking cannot be used in dict comprehension");
                }
                return dictRest(open, keys, values);
            }
            Expr first = starNamedExpression();
            if (first instanceof Expr.Starred && atComprehension()) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            if (!(first instanceof Expr.Starred) && at(":")) {
                Expr v = dictValue();
                if (atComprehension()) {
                    List<Comprehension> gens = forIfClauses();
                    Token close = expect("}");
                    return new Expr.DictComp(first, v, gens, from(open));
                }
                keys.add(first);
                values.add(v);
                return dictRest(open, keys, values);
            }
            if (atComprehension()) {
                List<Comprehension> gens = forIfClauses();
                Token close = expect("}");
                return new Expr.SetComp(first, gens, from(open));
            }
            List<Expr> elts = displayElements(first, "}");
            return new Expr.Set(elts, from(open));
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
                Expr key = expression();
                keys.add(key);
                if (!at(":")) {
                    if (!at(Kind.ENDMARKER)) {
                        // CPython points at the key's last character.
                        dev.waspy.frontend.syntax.ast.Pos kp = key.pos();
                        throw makeError(kp.endLineno(), charOffset(kp.endLineno(), kp.endColOffset()), kp.endLineno(), -1,
                                "':' expected after dictionary key");
                    }
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
        if (at("*")) {
            throw errorAt(peek(), "cannot use a starred expression in a dictionary value");
        }
        if (at("}") || at(",")) {
            throw errorAt(colon, "expression expected after dictionary key and ':'");
        }
        return expression();
    }

    /**
     * The rest of a list or set display after its first element, up to and including the closing
     * bracket; a comprehension clause after several elements asks for parentheses, as CPython does.
     */
    private List<Expr> displayElements(Expr first, String closer) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at(closer)) {
                break;
            }
            if (atComprehension()) {
                unparenthesizedTarget(elts);
            }
            elts.add(starNamedExpression());
        }
        if (atComprehension()) {
            unparenthesizedTarget(elts);
        }
        if (!at(closer)) {
            forgotComma(elts.get(elts.size() - 1));
        }
        expect(closer);
        return list(elts);
    }

    final boolean atComprehension() {
        return atKw("for") || atKw("async") && peek(1).text() == "for";
    }

    /**
     * invalid_comprehension: {@code [a, b for ...]}. CPython first parses the clauses (so a bad
     * loop target is reported as such), then asks for parentheses around the element.
     */
    private void unparenthesizedTarget(List<Expr> elts) {
        forIfClauses();
        throw errorRange(elts.get(0), elts.get(elts.size() - 1),
                "did you forget parentheses around the comprehension target?");
    }

    /** for_if_clauses of a comprehension. */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
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

    final Expr lambdef() {
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
                        // def reports it at the '*'; lambda where its grammar rule stopped reading.
                        throw errorAt(annotated ? s : at(closer) ? peek() : peek(1), "named arguments must follow bare *");
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
