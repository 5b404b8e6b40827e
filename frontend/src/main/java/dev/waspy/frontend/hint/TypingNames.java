package dev.waspy.frontend.hint;

import java.util.Map;
import java.util.Set;

/**
 * The names of CPython 3.11's {@code typing} module: which ones an annotation may use, and how
 * each one is subscripted (the arity is that of {@code typing}'s own alias, which raises
 * TypeError for any other count).
 */
public final class TypingNames {
    private TypingNames() {}

    public enum Kind {
        /** An alias of a builtin class: {@code List[T]} is {@code list[T]}. */
        ALIAS,
        /** An abstract collection ({@code Iterable[T]}), kept under its own name. */
        ABSTRACT,
        /** A type that takes no arguments: {@code Any}, {@code NoReturn}. */
        PLAIN,
        /** {@code Tuple[()]}, {@code Tuple[T, ...]}, {@code Tuple[T1, T2]}. */
        TUPLE,
        /** {@code Callable[[T1, T2], R]}, {@code Callable[..., R]}. */
        CALLABLE,
        /** {@code Optional[T]}. */
        OPTIONAL,
        /** {@code Union[T1, T2, ...]}. */
        UNION,
        /** {@code Final[T]}, {@code ClassVar[T]}: only the whole annotation, never an argument. */
        QUALIFIER,
        /** {@code Literal[1, 'a', None]}. */
        LITERAL
    }

    /** {@code builtin}: the class an ALIAS or PLAIN name stands for, or null. */
    public record Form(Kind kind, int arity, String builtin) {}

    private static Form alias(String builtin, int arity) { return new Form(Kind.ALIAS, arity, builtin); }

    private static Form abstractOf(int arity) { return new Form(Kind.ABSTRACT, arity, null); }

    private static Form special(Kind kind) { return new Form(kind, -1, null); }

    /** Every name an annotation may use, with its form. */
    public static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("List", alias("list", 1)), Map.entry("Dict", alias("dict", 2)),
            Map.entry("Set", alias("set", 1)), Map.entry("FrozenSet", alias("frozenset", 1)),
            Map.entry("Type", alias("type", 1)), Map.entry("Text", new Form(Kind.PLAIN, 0, "str")),
            Map.entry("DefaultDict", abstractOf(2)), Map.entry("OrderedDict", abstractOf(2)),
            Map.entry("Counter", abstractOf(1)), Map.entry("Deque", abstractOf(1)), Map.entry("ChainMap", abstractOf(2)),
            Map.entry("Iterable", abstractOf(1)), Map.entry("Iterator", abstractOf(1)),
            Map.entry("Sequence", abstractOf(1)), Map.entry("MutableSequence", abstractOf(1)),
            Map.entry("Mapping", abstractOf(2)), Map.entry("MutableMapping", abstractOf(2)),
            Map.entry("AbstractSet", abstractOf(1)), Map.entry("MutableSet", abstractOf(1)),
            Map.entry("Collection", abstractOf(1)), Map.entry("Container", abstractOf(1)),
            Map.entry("Reversible", abstractOf(1)), Map.entry("Generator", abstractOf(3)),
            Map.entry("ItemsView", abstractOf(2)), Map.entry("KeysView", abstractOf(1)),
            Map.entry("ValuesView", abstractOf(1)), Map.entry("MappingView", abstractOf(1)),
            Map.entry("Hashable", abstractOf(0)), Map.entry("Sized", abstractOf(0)),
            Map.entry("Any", special(Kind.PLAIN)), Map.entry("NoReturn", special(Kind.PLAIN)),
            Map.entry("Never", special(Kind.PLAIN)), Map.entry("LiteralString", special(Kind.PLAIN)),
            Map.entry("Tuple", special(Kind.TUPLE)), Map.entry("Callable", special(Kind.CALLABLE)),
            Map.entry("Optional", special(Kind.OPTIONAL)), Map.entry("Union", special(Kind.UNION)),
            Map.entry("Final", special(Kind.QUALIFIER)), Map.entry("ClassVar", special(Kind.QUALIFIER)),
            Map.entry("Literal", special(Kind.LITERAL)));

    /** {@code typing.__all__} of CPython 3.11: what {@code from typing import NAME} finds. */
    public static final Set<String> ALL = Set.of(
            "AbstractSet", "Annotated", "Any", "AnyStr", "AsyncContextManager", "AsyncGenerator",
            "AsyncIterable", "AsyncIterator", "Awaitable", "BinaryIO", "ByteString", "Callable", "ChainMap",
            "ClassVar", "Collection", "Concatenate", "Container", "ContextManager", "Coroutine", "Counter",
            "DefaultDict", "Deque", "Dict", "Final", "ForwardRef", "FrozenSet", "Generator", "Generic",
            "Hashable", "IO", "ItemsView", "Iterable", "Iterator", "KeysView", "List", "Literal",
            "LiteralString", "Mapping", "MappingView", "Match", "MutableMapping", "MutableSequence",
            "MutableSet", "NamedTuple", "Never", "NewType", "NoReturn", "NotRequired", "Optional",
            "OrderedDict", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "Pattern", "Protocol", "Required",
            "Reversible", "Self", "Sequence", "Set", "Sized", "SupportsAbs", "SupportsBytes",
            "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
            "TYPE_CHECKING", "Text", "TextIO", "Tuple", "Type", "TypeAlias", "TypeGuard", "TypeVar",
            "TypeVarTuple", "TypedDict", "Union", "Unpack", "ValuesView", "assert_never", "assert_type",
            "cast", "clear_overloads", "dataclass_transform", "final", "get_args", "get_origin",
            "get_overloads", "get_type_hints", "is_typeddict", "no_type_check", "no_type_check_decorator",
            "overload", "reveal_type", "runtime_checkable");
}
