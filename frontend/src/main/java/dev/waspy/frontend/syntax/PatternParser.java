package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/** The patterns of {@code match} statements (PEP 634), rule by rule as in python.gram. */
abstract class PatternParser extends ExpressionParser {
    PatternParser(SourceFile file, List<Token> tokens) {
        super(file, tokens);
    }

    /** patterns: an open (unbracketed) sequence, or a single pattern. */
    final Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(",")) {
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at(":") || atKw("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(list(items), from(start));
    }

    private Pattern maybeStarPattern() {
        if (at("*")) {
            Token s = next();
            Token n = expectName();
            return new Pattern.MatchStar(n.text() == "_" ? null : n.text(), from(s));
        }
        return pattern();
    }

    final Pattern pattern() {
        enter();
        try {
            Token start = peek();
            Pattern pt = orPattern();
            if (atKw("as")) {
                next();
                Token n = peek();
                if (n.text() == "_" && n.kind() == Kind.NAME) {
                    throw errorAt(n, "cannot use '_' as a target");
                }
                if (!isName(n) && startsExpression(n)) {
                    int save = p;
                    try {
                        Expr target = expression();
                        throw errorAt(target, "invalid pattern target");
                    } catch (dev.waspy.frontend.diag.SyntaxError e) {
                        if (e.getMessage().equals("invalid pattern target")) {
                            throw e;
                        }
                        p = save;
                    }
                }
                n = expectName();
                return new Pattern.MatchAs(pt, n.text(), from(start));
            }
            return pt;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(list(alts), from(start));
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, STRING -> {
                Expr v = literalExpr();
                return new Pattern.MatchValue(v, v.pos());
            }
            case NAME -> {
                String s = t.text();
                if (s == "None" || s == "True" || s == "False") {
                    next();
                    Object v = s == "None" ? PyNone.NONE : Boolean.valueOf(s == "True");
                    return new Pattern.MatchSingleton(v, pos(t, t));
                }
                if (Keywords.isKeyword(s)) {
                    throw invalidSyntax();
                }
                Token after = peek(1);
                if (after.text() == "." || after.text() == "(") {
                    Expr cls = nameOrAttr();
                    if (at("(")) {
                        return classPattern(t, cls);
                    }
                    return new Pattern.MatchValue(cls, cls.pos());
                }
                next();
                if (s == "_") {
                    return new Pattern.MatchAs(null, null, pos(t, t));
                }
                return new Pattern.MatchAs(null, s, pos(t, t));
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        Expr v = literalExpr();
                        return new Pattern.MatchValue(v, v.pos());
                    }
                    case "(" -> {
                        next();
                        if (at(")")) {
                            return new Pattern.MatchSequence(List.of(), pos(t, next()));
                        }
                        Pattern first = maybeStarPattern();
                        if (at(")")) {
                            if (first instanceof Pattern.MatchStar) {
                                // '(' *x ')' is neither a group nor a sequence (that needs a comma).
                                throw invalidSyntax();
                            }
                            next();
                            return first;
                        }
                        List<Pattern> items = new ArrayList<>();
                        items.add(first);
                        while (accept(",")) {
                            if (at(")")) {
                                break;
                            }
                            items.add(maybeStarPattern());
                        }
                        Token close = expect(")");
                        return new Pattern.MatchSequence(list(items), from(t));
                    }
                    case "[" -> {
                        next();
                        List<Pattern> items = new ArrayList<>();
                        while (!at("]")) {
                            items.add(maybeStarPattern());
                            if (!accept(",")) {
                                break;
                            }
                        }
                        Token close = expect("]");
                        return new Pattern.MatchSequence(list(items), from(t));
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** Literal values allowed in patterns: signed numbers, complex literals, strings. */
    private Expr literalExpr() {
        Token t = peek();
        if (t.kind() == Kind.STRING) {
            return atom();
        }
        if (t.kind() == Kind.NAME && (t.text() == "None" || t.text() == "True" || t.text() == "False")) {
            return atom();
        }
        Token start = peek();
        Expr real = signedNumber();
        if ((at("+") || at("-")) && peek(1).kind() == Kind.NUMBER) {
            Operator op = next().text() == "+" ? Operator.Add : Operator.Sub;
            Token n = peek();
            if (n.kind() != Kind.NUMBER) {
                throw invalidSyntax();
            }
            Expr imag = atom();
            if (!(((Expr.Constant) imag).value() instanceof dev.waspy.frontend.syntax.ast.PyComplex)) {
                throw errorAt(imag, "imaginary number required in complex literal");
            }
            return new Expr.BinOp(real, op, imag, from(start));
        }
        return real;
    }

    private Expr signedNumber() {
        Token t = peek();
        if (t.text() == "-" && t.kind() == Kind.OP) {
            next();
            if (peek().kind() != Kind.NUMBER) {
                throw invalidSyntax();
            }
            Expr n = atom();
            return new Expr.UnaryOp(UnaryOp.USub, n, from(t));
        }
        if (t.kind() != Kind.NUMBER) {
            throw invalidSyntax();
        }
        return atom();
    }

    private Expr nameOrAttr() {
        Token t = expectName();
        Expr e = ExpressionParser.name(t, ExprContext.Load);
        Token start = t;
        while (at(".")) {
            next();
            Token n = expectName();
            e = new Expr.Attribute(e, n.text(), ExprContext.Load, from(start));
        }
        return e;
    }

    private Pattern classPattern(Token start, Expr cls) {
        expect("(");
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(")")) {
            Token t = peek();
            if (isName(t) && peek(1).text() == "=") {
                p += 2;
                kwdAttrs.add(t.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern pt = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt(pt, "positional patterns follow keyword patterns");
                }
                positional.add(pt);
            }
            if (!accept(",")) {
                break;
            }
        }
        Token close = expect(")");
        return new Pattern.MatchClass(cls, list(positional), list(kwdAttrs), list(kwdPatterns), from(start));
    }

    private Pattern mappingPattern() {
        Token open = next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (accept("**")) {
                if (peek().text() == "_") {
                    // double_star_pattern takes a capture target, which '_' is not.
                    throw invalidSyntax();
                }
                rest = expectName().text();
                accept(",");
                break;
            }
            Token t = peek();
            Expr key = t.kind() == Kind.NAME && !(t.text() == "None" || t.text() == "True" || t.text() == "False")
                    ? nameOrAttr() : literalExpr();
            if (key instanceof Expr.Name) {
                throw invalidSyntax();
            }
            keys.add(key);
            expect(":");
            values.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        Token close = expect("}");
        return new Pattern.MatchMapping(list(keys), list(values), rest, from(open));
    }
}
