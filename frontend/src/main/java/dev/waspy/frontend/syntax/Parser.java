package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.ExceptHandler;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.MatchCase;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.frontend.syntax.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's entry point and its statement layer. {@link #parse(SourceFile)} gives the same
 * tree as CPython's {@code ast.parse} for the same source, or throws a {@link SyntaxError} at the
 * line and column CPython reports.
 */
public final class Parser extends SimpleStatementParser {
    Parser(SourceFile file, List<Token> tokens) {
        super(file, tokens);
    }

    /** Parses a whole module ({@code ast.parse(source, mode='exec')}). */
    public static Mod.Module parse(SourceFile file) {
        List<Token> tokens = Tokenizer.tokenize(file);
        Parser[] parser = {new Parser(file, tokens)};
        try {
            try {
                return parser[0].fileInput();
            } catch (StackOverflowError e) {
                // Input nested close to the depth limit needs more stack than a default thread has:
                // parse again on a thread with room for it.
                parser[0] = new Parser(file, tokens);
                return BigStack.call(() -> parser[0].fileInput());
            }
        } catch (SyntaxError e) {
            Token far = tokens.get(parser[0].furthest);
            throw laterTokenizerError(tokens, e, far.kind() == Kind.ERROR ? Integer.MAX_VALUE : far.line());
        }
    }

    /**
     * CPython, after a parser error, tokenizes the rest of the file and reports a tokenizer error
     * found there instead; a bracket left open at the end wins only over errors on later lines.
     */
    private static SyntaxError laterTokenizerError(List<Token> tokens, SyntaxError parserError, int furthestLine) {
        Token last = tokens.get(tokens.size() - 1);
        if (last.kind() != Kind.ERROR || last.error() == parserError) {
            return parserError;
        }
        String pm = parserError.getMessage();
        if (pm.equals("unexpected indent") || pm.equals("unexpected unindent")) {
            return parserError;
        }
        SyntaxError tokError = last.error();
        String tm = tokError.getMessage();
        if (tm.endsWith("was never closed")) {
            return furthestLine > tokError.line() ? tokError : parserError;
        }
        // These CPython's tokenizer only records; its look-ahead scan does not report them.
        boolean recordedOnly = tm.equals("unindent does not match any outer indentation level")
                || tm.equals("inconsistent use of tabs and spaces in indentation")
                || tm.equals("too many levels of indentation")
                || tm.equals("unexpected character after line continuation character")
                || tm.equals("unexpected EOF while parsing");
        return recordedOnly ? parserError : tokError;
    }

    Mod.Module fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!at(Kind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(list(body), List.of());
    }

    /** An f-string field: star_expressions over the tokens of "(" + text + ")". */
    Expr fstringInput() {
        Expr e = starExpressions();
        if (!at(Kind.NEWLINE)) {
            throw invalidSyntax();
        }
        return e;
    }

    // ---- statements -------------------------------------------------------------------------------

    private void statement(List<Stmt> body) {
        Token t = peek();
        if (t.kind() == Kind.INDENT) {
            throw unexpectedIndent(t);
        }
        Stmt s = compound();
        if (s != null) {
            body.add(s);
        } else {
            simpleStmts(body);
        }
    }

    private Stmt compound() {
        Token t = peek();
        if (t.kind() == Kind.OP) {
            return t.text() == "@" ? decorated() : null;
        }
        if (t.kind() != Kind.NAME) {
            return null;
        }
        return switch (t.text()) {
            case "def" -> functionDef(List.of(), null);
            case "class" -> classDef(List.of());
            case "if" -> ifStmt();
            case "while" -> whileStmt();
            case "for" -> forStmt(null);
            case "with" -> withStmt(null);
            case "try" -> tryStmt();
            case "async" -> {
                Token nx = peek(1);
                if (nx.text() == "def") {
                    yield functionDef(List.of(), next());
                }
                if (nx.text() == "for") {
                    yield forStmt(next());
                }
                if (nx.text() == "with") {
                    yield withStmt(next());
                }
                throw errorAt(nx, "invalid syntax");
            }
            case "match" -> matchStmt();
            default -> null;
        };
    }

    // ---- blocks -----------------------------------------------------------------------------------

    /** block: NEWLINE INDENT statements DEDENT, or simple statements on the same line. */
    private List<Stmt> block(String what, Token header) {
        // After 'def', 'try', 'finally' and 'else' the grammar forces the ':' (&&':'), so any
        // other token is "expected ':'"; elsewhere only a line end is.
        String h = header.text();
        if ((h == "def" || h == "try" || h == "finally" || h == "else") && !at(":")) {
            throw errorAt(peek(), "expected ':'");
        }
        expectNamed(":");
        List<Stmt> body = new ArrayList<>();
        if (at(Kind.NEWLINE)) {
            next();
            if (!at(Kind.INDENT)) {
                Token t = peek();
                throw errorAt(t, "expected an indented block after " + what + " on line " + header.line());
            }
            next();
            enter();
            try {
                while (!at(Kind.DEDENT)) {
                    if (at(Kind.ENDMARKER)) {
                        break;
                    }
                    statement(body);
                }
            } finally {
                leave();
            }
            next();
        } else {
            simpleStmts(body);
        }
        return list(body);
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr test = namedExpression();
        List<Stmt> body = block(t.text() == "elif" ? "'elif' statement" : "'if' statement", t);
        List<Stmt> orelse = List.of();
        if (atKw("elif")) {
            orelse = list1(ifStmt());
        } else if (atKw("else")) {
            Token e = next();
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(test, body, orelse, from(t));
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", t);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, from(t));
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token e = next();
            return block("'else' statement", e);
        }
        return List.of();
    }

    private Stmt forStmt(Token async) {
        Token t = next();
        Expr target = starTargets();
        if (!atKw("in")) {
            throw invalidSyntax();
        }
        next();
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", t);
        List<Stmt> orelse = elseBlock();
        Pos ps = from(async != null ? async : t);
        return async != null ? new Stmt.AsyncFor(target, iter, body, orelse, null, ps)
                : new Stmt.For(target, iter, body, orelse, null, ps);
    }

    private Stmt withStmt(Token async) {
        Token t = next();
        List<WithItem> items = null;
        if (at("(")) {
            // 'with' '(' items ')' ':' is tried first, as in the PEG grammar; else the parenthesis
            // belongs to the first item's expression.
            int save = p;
            try {
                next();
                List<WithItem> parenItems = new ArrayList<>();
                while (!at(")")) {
                    parenItems.add(withItem());
                    if (!accept(",")) {
                        break;
                    }
                }
                expect(")");
                if (at(":") && !parenItems.isEmpty()) {
                    items = parenItems;
                } else {
                    p = save;
                }
            } catch (SyntaxError e) {
                p = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        List<Stmt> body = block("'with' statement", t);
        Pos ps = from(async != null ? async : t);
        return async != null ? new Stmt.AsyncWith(list(items), body, null, ps)
                : new Stmt.With(list(items), body, null, ps);
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (atKw("as")) {
            next();
            vars = starTarget();
        }
        return new WithItem(e, vars);
    }

    private Stmt tryStmt() {
        Token t = next();
        List<Stmt> body = block("'try' statement", t);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        while (atKw("except")) {
            Token ex = next();
            boolean isStar = accept("*");
            if (isStar ? plain : star) {
                throw errorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star |= isStar;
            plain |= !isStar;
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    int save = p;
                    next();
                    Expr more = expression();
                    p = save;
                    throw errorRange(type, more, "multiple exception types must be parenthesized");
                }
                if (atKw("as")) {
                    next();
                    name = expectName().text();
                }
            } else if (isStar) {
                throw errorAt(peek(), "expected one or more exception types");
            }
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(type, name, hbody, from(ex)));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            Token f = next();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        Pos ps = from(t);
        return star ? new Stmt.TryStar(body, list(handlers), orelse, finalbody, ps)
                : new Stmt.Try(body, list(handlers), orelse, finalbody, ps);
    }

    // ---- definitions ------------------------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at("@")) {
            next();
            decorators.add(namedExpression());
            if (!at(Kind.NEWLINE)) {
                throw invalidSyntax();
            }
            next();
        }
        if (atKw("def")) {
            return functionDef(list(decorators), null);
        }
        if (atKw("async") && peek(1).text() == "def") {
            return functionDef(list(decorators), next());
        }
        if (atKw("class")) {
            return classDef(list(decorators));
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token async) {
        Token t = next();
        Token name = expectName();
        if (!at("(")) {
            throw errorAt(peek(), "expected '('");
        }
        next();
        Arguments args = parameters(true, ")");
        expect(")");
        Expr returns = null;
        if (accept("->")) {
            returns = expression();
        }
        List<Stmt> body = block("function definition", t);
        Pos ps = from(async != null ? async : t);
        return async != null ? new Stmt.AsyncFunctionDef(name.text(), args, body, decorators, returns, null, ps)
                : new Stmt.FunctionDef(name.text(), args, body, decorators, returns, null, ps);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token t = next();
        Token name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at("(")) {
            Expr.Call call = (Expr.Call) callTrailer(name, name(name, ExprContext.Load));
            bases = call.args();
            keywords = call.keywords();
        }
        List<Stmt> body = block("class definition", t);
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, from(t));
    }

    // ---- match ------------------------------------------------------------------------------------

    private Stmt matchStmt() {
        Token t = peek();
        Token nx = peek(1);
        // 'match' is a soft keyword: only a statement of the form "match SUBJECT: NEWLINE INDENT case" is one.
        if (nx.kind() == Kind.NEWLINE || nx.kind() == Kind.OP && (nx.text() == "=" || nx.text() == "."
                || nx.text() == ",")) {
            return null;
        }
        int save = p;
        Expr subject;
        Token missingColon = null;
        try {
            next();
            Token start = peek();
            Expr first = starNamedExpression();
            if (at(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(",")) {
                    if (at(":")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                subject = new Expr.Tuple(list(elts), ExprContext.Load, from(start));
            } else {
                subject = first;
            }
            if (at(Kind.NEWLINE)) {
                missingColon = peek();
            } else if (!at(":") || peek(1).kind() != Kind.NEWLINE) {
                p = save;
                return null;
            }
        } catch (SyntaxError e) {
            p = save;
            return null;
        }
        if (missingColon != null) {
            // "match SUBJECT" then a line end: fine if it is an expression statement (match(x)),
            // else CPython says the ':' is missing.
            p = save;
            try {
                simpleStmts(new ArrayList<>());
            } catch (SyntaxError e) {
                throw errorAt(missingColon, "expected ':'");
            }
            p = save;
            return null;
        }
        next();
        next();
        if (!at(Kind.INDENT)) {
            Token bad = peek();
            throw errorAt(bad, "expected an indented block after 'match' statement on line " + t.line());
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (!at(Kind.DEDENT)) {
            Token c = peek();
            if (!(c.kind() == Kind.NAME && c.text() == "case")) {
                throw invalidSyntax();
            }
            next();
            Pattern pattern = patterns();
            Expr guard = null;
            if (atKw("if")) {
                next();
                guard = namedExpression();
            }
            List<Stmt> body = block("'case' statement", c);
            cases.add(new MatchCase(pattern, guard, body));
        }
        next();
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(subject, list(cases), from(t));
    }
}
