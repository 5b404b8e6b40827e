package dev.waspy.frontend.hint;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an annotation says, read without evaluating it: the same data for {@code List[int]},
 * {@code list[int]} and {@code typing.List[int]}, for {@code Optional[T]}, {@code Union[T, None]}
 * and {@code T | None}. Names of typing that alias a builtin are spelled as the builtin
 * ({@code List} is {@code list}, {@code Text} is {@code str}); qualifiers ({@code Final},
 * {@code ClassVar}) are dropped, since they say nothing about the value.
 */
public sealed interface TypeHint {
    /** A class or a typing name without arguments: {@code int}, {@code list}, {@code Iterable}, {@code Any}. */
    record Named(String name) implements TypeHint {}

    /** A subscripted generic: {@code dict[str, float]}, {@code Iterable[int]}, {@code Callable[[int], str]}. */
    record Generic(String origin, List<TypeHint> args) implements TypeHint {}

    /** {@code Union[...]}, {@code Optional[T]} (T and None), {@code A | B}. */
    record Union(List<TypeHint> members) implements TypeHint {}

    /** {@code None}, the type of the None value. */
    record NoneType() implements TypeHint {}

    /** A string annotation, or a name of the program's own: a reference CPython does not resolve. */
    record Forward(String text) implements TypeHint {}

    /** The parameter list of {@code Callable[[int, str], R]}. */
    record Params(List<TypeHint> types) implements TypeHint {}

    /** {@code ...} in {@code tuple[int, ...]} and {@code Callable[..., R]}. */
    record Ellipsis() implements TypeHint {}

    /** A value inside {@code Literal[...]}, as Python writes it. */
    record Value(String repr) implements TypeHint {}

    /** An expression that is not a type (an annotation CPython never evaluates may hold anything). */
    record Opaque() implements TypeHint {}

    /** The hint as Python would write it, for messages. */
    default String show() {
        return switch (this) {
            case Named n -> n.name();
            case Generic g -> g.origin() + "[" + join(g.args()) + "]";
            case Union u -> u.members().stream().map(TypeHint::show).collect(Collectors.joining(" | "));
            case NoneType n -> "None";
            case Forward f -> "'" + f.text() + "'";
            case Params p -> "[" + join(p.types()) + "]";
            case Ellipsis e -> "...";
            case Value v -> v.repr();
            case Opaque o -> "?";
        };
    }

    private static String join(List<TypeHint> hints) {
        return hints.stream().map(TypeHint::show).collect(Collectors.joining(", "));
    }
}
