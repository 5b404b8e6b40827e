package dev.waspy.frontend.hint;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hint.TypingNames.Form;
import dev.waspy.frontend.hint.TypingNames.Kind;
import dev.waspy.frontend.scope.Builtins;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.syntax.PyRepr;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyEllipsis;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an annotation into a {@link TypeHint}, for both IR builders. Waspy does not build
 * {@code __annotations__}, so an annotation CPython evaluates (a parameter's, a return's, a
 * module-level variable's, unless {@code from __future__ import annotations}) is accepted only
 * when evaluating it can neither fail nor have an effect: built-in classes the program does not
 * rebind, names from {@code typing} imported before, their subscripts with the arguments
 * {@code typing} accepts, {@code |} of those, None and strings. Anything else CPython evaluates
 * is a compile error at its position saying why. An annotation CPython never evaluates (a local
 * variable's, or any under the future import) is read as far as it makes sense and never refused.
 */
public final class HintParser {
    /** What the names of an annotation mean where it is evaluated. */
    public interface Names {
        /**
         * The typing name {@code e} (a name, or {@code typing.X}) stands for, or null. May throw
         * a positioned error (a name imported from typing only after the annotation runs).
         */
        String typing(Expr e);

        /** Whether the program binds {@code name} itself, which shadows a builtin of that name. */
        boolean bound(String name);
    }

    /** Built-in classes that {@code cls[...]} makes a generic alias of (any arguments). */
    private static final Set<String> GENERIC_BUILTINS = Set.of("list", "dict", "set", "frozenset", "tuple", "type");
    /** Built-in classes that are not subscriptable. */
    private static final Set<String> PLAIN_BUILTINS = Set.of("int", "float", "bool", "str", "object", "bytes",
            "bytearray", "complex", "range", "slice", "memoryview");

    private final SourceFile file;
    private final Names names;
    private final boolean evaluated;

    private HintParser(SourceFile file, Names names, boolean evaluated) {
        this.file = file;
        this.names = names;
        this.evaluated = evaluated;
    }

    /** {@code evaluated}: whether CPython evaluates this annotation when the program runs. */
    public static TypeHint parse(SourceFile file, Expr annotation, Names names, boolean evaluated) {
        var p = new HintParser(file, names, evaluated);
        try {
            return p.whole(annotation);
        } catch (NotAType e) {
            return new TypeHint.Opaque();
        }
    }

    /** Thrown, in an annotation nobody evaluates, where the expression is not a type. */
    private static final class NotAType extends RuntimeException {
        NotAType() { super(null, null, false, false); }
    }

    /** The whole annotation, where a qualifier or a bare special form may stand. */
    private TypeHint whole(Expr e) {
        if (e instanceof Expr.Subscript s && form(s.value()) instanceof Form f && f.kind() == Kind.QUALIFIER) return subscript(s);
        if (form(e) instanceof Form f && !usableAsArgument(f)) return new TypeHint.Named(typingName(e));
        if (valueNotType(e)) {
            evaluate(e);
            return new TypeHint.Opaque();
        }
        return type(e);
    }

    /** A value that is no type but that CPython evaluates without fail: a number, a display, a builtin function. */
    private boolean valueNotType(Expr e) {
        return switch (e) {
            case Expr.Constant c -> !(c.value() instanceof PyNone || c.value() instanceof String);
            case Expr.UnaryOp u -> true;
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.Name n -> names.typing(n) == null && builtinFunction(n.id());
            default -> false;
        };
    }

    private boolean builtinFunction(String id) {
        return !names.bound(id) && !PLAIN_BUILTINS.contains(id) && !GENERIC_BUILTINS.contains(id)
                && (Builtins.SUPPORTED.contains(id) || Builtins.OTHER.contains(id) || Builtins.CLASSES.contains(id));
    }

    /** A type where typing accepts one: an argument, a member of a union, or the whole annotation. */
    private TypeHint type(Expr e) {
        return switch (e) {
            case Expr.Constant c when c.value() instanceof PyNone -> new TypeHint.NoneType();
            case Expr.Constant c when c.value() instanceof String s -> new TypeHint.Forward(s);
            case Expr.Name n -> name(n);
            case Expr.Attribute a -> {
                evaluate(a);
                yield named(a);
            }
            case Expr.Subscript s when form(s.value()) instanceof Form f && f.kind() == Kind.QUALIFIER -> {
                subscript(s);
                throw typeError(s.pos(), "typing." + typingName(s.value()) + "[...] is not valid as type argument");
            }
            case Expr.Subscript s -> subscript(s);
            case Expr.BinOp b when b.op() == Operator.BitOr -> union(b);
            default -> throw notAType(e);
        };
    }

    /**
     * Refuses what fails when CPython merely evaluates {@code e}, in CPython's order (operands
     * before the operation), before typing's own checks of what it is given.
     */
    private void evaluate(Expr e) {
        switch (e) {
            case Expr.Constant c -> { }
            case Expr.UnaryOp u when u.op() == UnaryOp.USub && u.operand() instanceof Expr.Constant c
                    && (c.value() instanceof BigInteger || c.value() instanceof Double) -> { }
            case Expr.Name n -> { if (names.typing(n) == null && !builtinFunction(n.id())) name(n); }
            case Expr.Attribute a -> {
                if (names.typing(a) == null) throw unsupported(a.pos(), "attributes in annotations other than typing.NAME");
            }
            case Expr.Tuple t -> t.elts().forEach(this::evaluate);
            case Expr.List l -> l.elts().forEach(this::evaluate);
            case Expr.Subscript s -> subscript(s);
            case Expr.BinOp b when b.op() == Operator.BitOr -> union(b);
            default -> throw notAType(e);
        }
    }

    private RuntimeException notAType(Expr e) {
        return unsupported(e.pos(), "this kind of annotation (only built-in types, names from typing, "
                + "their subscripts and unions, None and strings)");
    }

    private TypeHint name(Expr.Name n) {
        if (names.typing(n) != null) return named(n);
        String id = n.id();
        if (!names.bound(id) && (PLAIN_BUILTINS.contains(id) || GENERIC_BUILTINS.contains(id))) return new TypeHint.Named(id);
        if (!evaluated) return new TypeHint.Forward(id);
        if (names.bound(id)) {
            throw error(n.pos(), "an annotation naming '" + id + "', a name of the program, is not supported yet (the string '"
                    + id + "', which CPython does not evaluate, is accepted)");
        }
        if (Builtins.SUPPORTED.contains(id) || Builtins.OTHER.contains(id) || Builtins.CLASSES.contains(id)) {
            throw unsupported(n.pos(), "the builtin '" + id + "' as an annotation");
        }
        if (TypingNames.ALL.contains(id)) throw error(n.pos(), "name '" + id + "' is not defined (import it from typing)");
        throw error(n.pos(), "name '" + id + "' is not defined (the string '" + id + "', which CPython does not evaluate, is accepted)");
    }

    /** A typing name standing alone (not subscripted) inside a type. */
    private TypeHint named(Expr e) {
        String t = typingName(e);
        Form f = TypingNames.FORMS.get(t);
        if (f == null) throw unsupported(e.pos(), "'" + t + "' from typing in annotations");
        if (!usableAsArgument(f)) throw typeError(e.pos(), "plain typing." + t + " is not valid as type argument");
        return switch (f.kind()) {
            case ALIAS -> new TypeHint.Named(f.builtin());
            case TUPLE -> new TypeHint.Named("tuple");
            default -> new TypeHint.Named(f.builtin() != null ? f.builtin() : t);
        };
    }

    private static boolean usableAsArgument(Form f) {
        return switch (f.kind()) {
            case OPTIONAL, UNION, QUALIFIER, LITERAL -> false;
            default -> true;
        };
    }

    private TypeHint subscript(Expr.Subscript s) {
        List<Expr> args = args(s.slice());
        Form f = form(s.value());
        if (f == null) {
            evaluate(s.value());
            if (!(s.value() instanceof Expr.Name n)) throw unsupported(s.pos(), "this kind of annotation");
            evaluate(s.slice());
            String id = n.id();
            if (!GENERIC_BUILTINS.contains(id) || names.bound(id)) {
                throw typeError(s.pos(), (PLAIN_BUILTINS.contains(id) ? "type '" + id + "'" : "'" + id + "'") + " is not subscriptable");
            }
            // types.GenericAlias takes any arguments: qualifiers and bare special forms included.
            return id.equals("tuple") ? tuple(s, this::whole) : new TypeHint.Generic(id, map(args, this::whole));
        }
        String t = typingName(s.value());
        evaluate(s.slice());
        return switch (f.kind()) {
            case ALIAS, ABSTRACT -> {
                if (f.arity() == 0) throw typeError(s.pos(), "typing." + t + " is not subscriptable");
                if (args.size() != f.arity()) {
                    throw typeError(s.slice().pos(), "typing." + t + " takes " + f.arity() + " argument" + (f.arity() == 1 ? "" : "s"));
                }
                yield new TypeHint.Generic(f.builtin() != null ? f.builtin() : t, types(args));
            }
            case PLAIN -> throw typeError(s.pos(), "typing." + t + " is not subscriptable");
            case TUPLE -> tuple(s, this::type);
            case CALLABLE -> callable(s, args);
            case OPTIONAL -> {
                if (args.size() != 1) throw typeError(s.slice().pos(), "typing.Optional requires a single type");
                yield unionOf(List.of(type(args.get(0)), new TypeHint.NoneType()));
            }
            case UNION -> unionOf(types(args));
            case QUALIFIER -> {
                if (args.size() != 1) throw typeError(s.slice().pos(), "typing." + t + " accepts only a single type");
                yield type(args.get(0));
            }
            case LITERAL -> {
                var values = new ArrayList<TypeHint>();
                for (Expr a : args) values.add(literal(a));
                yield new TypeHint.Generic("Literal", values);
            }
        };
    }

    /** {@code tuple[()]}, {@code tuple[T, ...]}, {@code tuple[T1, T2]} (and the same with typing.Tuple). */
    private TypeHint tuple(Expr.Subscript s, Function<Expr, TypeHint> item) {
        if (s.slice() instanceof Expr.Tuple t && t.elts().isEmpty()) return new TypeHint.Generic("tuple", List.of());
        List<Expr> args = args(s.slice());
        if (args.size() == 2 && isEllipsis(args.get(1))) {
            return new TypeHint.Generic("tuple", List.of(item.apply(args.get(0)), new TypeHint.Ellipsis()));
        }
        return new TypeHint.Generic("tuple", map(args, item));
    }

    private TypeHint callable(Expr.Subscript s, List<Expr> args) {
        if (args.size() != 2 || !(args.get(0) instanceof Expr.List || isEllipsis(args.get(0)))) {
            throw unsupported(s.slice().pos(), "Callable annotations other than Callable[[T, ...], R] and Callable[..., R]");
        }
        TypeHint params = args.get(0) instanceof Expr.List l ? new TypeHint.Params(types(l.elts())) : new TypeHint.Ellipsis();
        return new TypeHint.Generic("Callable", List.of(params, type(args.get(1))));
    }

    private TypeHint literal(Expr a) {
        Object v = a instanceof Expr.Constant c ? c.value() : null;
        if (a instanceof Expr.UnaryOp u && u.op() == UnaryOp.USub && u.operand() instanceof Expr.Constant c
                && c.value() instanceof BigInteger i) {
            return new TypeHint.Value(i.negate().toString());
        }
        return switch (v) {
            case BigInteger i -> new TypeHint.Value(i.toString());
            case String s -> new TypeHint.Value(PyRepr.repr(s));
            case Boolean b -> new TypeHint.Value(b ? "True" : "False");
            case PyNone n -> new TypeHint.Value("None");
            case null, default -> throw unsupported(a.pos(), "Literal[...] of values other than ints, strings, booleans and None");
        };
    }

    /** {@code A | B}: types, neither a string (str has no {@code |}), not both None. */
    private TypeHint union(Expr.BinOp b) {
        evaluate(b.left());
        evaluate(b.right());
        for (Expr side : List.of(b.left(), b.right())) {
            if (side instanceof Expr.Constant c && c.value() instanceof String) {
                throw typeError(side.pos(), "'|' of a string annotation");
            }
        }
        TypeHint l = type(b.left());
        TypeHint r = type(b.right());
        if (l instanceof TypeHint.NoneType && r instanceof TypeHint.NoneType) throw typeError(b.pos(), "'None | None'");
        return unionOf(List.of(l, r));
    }

    /** A union with nested unions flattened and repeated members dropped, as typing.Union does. */
    private static TypeHint unionOf(List<TypeHint> members) {
        var flat = new ArrayList<TypeHint>();
        for (TypeHint m : members) {
            for (TypeHint x : m instanceof TypeHint.Union u ? u.members() : List.of(m)) if (!flat.contains(x)) flat.add(x);
        }
        return flat.size() == 1 ? flat.get(0) : new TypeHint.Union(List.copyOf(flat));
    }

    private List<TypeHint> types(List<Expr> args) { return map(args, this::type); }

    private static List<TypeHint> map(List<Expr> args, Function<Expr, TypeHint> item) {
        var out = new ArrayList<TypeHint>();
        for (Expr a : args) out.add(item.apply(a));
        return out;
    }

    private static List<Expr> args(Expr slice) {
        return slice instanceof Expr.Tuple t ? t.elts() : List.of(slice);
    }

    private static boolean isEllipsis(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof PyEllipsis;
    }

    /** The form of the typing name {@code e} stands for, or null when it is none. */
    private Form form(Expr e) {
        String t = e instanceof Expr.Name || e instanceof Expr.Attribute ? names.typing(e) : null;
        return t == null ? null : TypingNames.FORMS.get(t);
    }

    private String typingName(Expr e) { return names.typing(e); }

    private RuntimeException typeError(Pos pos, String why) {
        if (!evaluated) return new NotAType();
        return Errors.at(file, pos, why + ": CPython raises TypeError when it evaluates this annotation");
    }

    private RuntimeException unsupported(Pos pos, String what) {
        if (!evaluated) return new NotAType();
        return Errors.unsupported(file, pos, what);
    }

    private RuntimeException error(Pos pos, String message) {
        if (!evaluated) return new NotAType();
        return Errors.at(file, pos, message);
    }
}
