package dev.waspy.frontend.types;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The static types of inference, a lattice: {@code bottom} (no value seen yet) below the precise
 * types, below {@code object} (any value, held boxed). Two different precise types join to
 * {@code object}: an int that is sometimes a float must print as whichever it is, so no numeric
 * widening happens in a join.
 */
public sealed interface Type {
    record Bottom() implements Type {}
    record Int() implements Type {}
    record Float() implements Type {}
    record Bool() implements Type {}
    record NoneType() implements Type {}
    record Str() implements Type {}
    record Tuple(List<Type> items) implements Type {
        public Tuple { items = List.copyOf(items); }
    }
    record Obj() implements Type {}
    /**
     * A list allocated at one of {@code sites} (allocation sites of the program, numbered by the
     * {@link TypeEnv}); the element type is the join of the sites' element cells, kept in the env
     * because every alias of a list must see every store into it.
     */
    record ListT(java.util.Set<Integer> sites) implements Type {
        public ListT { sites = java.util.Set.copyOf(sites); }
    }
    /** A dict allocated at one of {@code sites}; key and value types live in the sites' cells. */
    record DictT(java.util.Set<Integer> sites) implements Type {
        public DictT { sites = java.util.Set.copyOf(sites); }
    }
    /** A set allocated at one of {@code sites}; the element type lives in the sites' cells. */
    record SetT(java.util.Set<Integer> sites) implements Type {
        public SetT { sites = java.util.Set.copyOf(sites); }
    }

    Type BOTTOM = new Bottom();
    Type INT = new Int();
    Type FLOAT = new Float();
    Type BOOL = new Bool();
    Type NONE = new NoneType();
    Type STR = new Str();
    Type OBJ = new Obj();

    /** Tuples nest at most this deep; deeper ones are objects, so inference always terminates. */
    int MAX_TUPLE_DEPTH = 3;

    static Type tuple(List<Type> items) {
        Type t = new Tuple(items);
        return depth(t) > MAX_TUPLE_DEPTH ? OBJ : t;
    }

    private static int depth(Type t) {
        return t instanceof Tuple tt ? 1 + tt.items().stream().mapToInt(Type::depth).max().orElse(0) : 0;
    }

    /** The least upper bound. */
    static Type join(Type a, Type b) {
        if (a instanceof Bottom) return b;
        if (b instanceof Bottom) return a;
        if (a.equals(b)) return a;
        if (a instanceof ListT x && b instanceof ListT y) return new ListT(union(x.sites(), y.sites()));
        if (a instanceof DictT x && b instanceof DictT y) return new DictT(union(x.sites(), y.sites()));
        if (a instanceof SetT x && b instanceof SetT y) return new SetT(union(x.sites(), y.sites()));
        if (a instanceof Tuple ta && b instanceof Tuple tb && ta.items().size() == tb.items().size()) {
            var items = new ArrayList<Type>();
            for (int i = 0; i < ta.items().size(); i++) items.add(join(ta.items().get(i), tb.items().get(i)));
            return tuple(items);
        }
        return OBJ;
    }

    private static java.util.Set<Integer> union(java.util.Set<Integer> a, java.util.Set<Integer> b) {
        var u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** A list, dict or set: a mutable container whose element types live in allocation-site cells. */
    default boolean isContainer() { return this instanceof ListT || this instanceof DictT || this instanceof SetT; }

    /** The allocation sites of a container type (empty for every other type). */
    default java.util.Set<Integer> sites() {
        return switch (this) {
            case ListT l -> l.sites();
            case DictT d -> d.sites();
            case SetT s -> s.sites();
            default -> java.util.Set.of();
        };
    }

    /** int or bool: the types Python's int operations accept. */
    default boolean isIntLike() { return this instanceof Int || this instanceof Bool; }

    /** int, bool or float. */
    default boolean isNumeric() { return isIntLike() || this instanceof Float; }

    /** Whether any precise part is still unknown (bottom) inside this type. */
    default boolean hasBottom() {
        return this instanceof Bottom || (this instanceof Tuple t && t.items().stream().anyMatch(Type::hasBottom));
    }

    /** Python's spelling: {@code int}, {@code tuple[int, str]}, {@code object}. */
    default String show() {
        return switch (this) {
            case Bottom b -> "<nothing>";
            case Int i -> "int";
            case Float f -> "float";
            case Bool b -> "bool";
            case NoneType n -> "None";
            case Str s -> "str";
            case Tuple t -> t.items().isEmpty() ? "tuple[()]"
                    : t.items().stream().map(Type::show).collect(Collectors.joining(", ", "tuple[", "]"));
            case Obj o -> "object";
            case ListT l -> "list";
            case DictT d -> "dict";
            case SetT x -> "set";
        };
    }

    /** The name CPython gives the type of a value in messages ({@code 'int'}, {@code 'NoneType'}). */
    default String pyName() {
        return switch (this) {
            case NoneType n -> "NoneType";
            case Tuple t -> "tuple";
            default -> show();
        };
    }
}
