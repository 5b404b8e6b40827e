package dev.waspy.middle.types;

import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.IrType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What inference knows about a Python value: a {@link Kind} and the set of list allocation sites
 * the value may be (FOUNDATION.md, section 4). The kinds form a lattice of finite height:
 * {@code bottom} (no value yet: unreachable, or not computed so far) below the scalars and the
 * containers ({@code list}, {@code dict}, {@code set}), all below {@code object} (any value). {@link #join} is the least upper bound: two
 * different kinds join to {@code object}, and the sites are united whatever the kinds, so an
 * {@code object} still says which lists it may be (a list joined with None is {@code object}
 * with the list's sites: if it escapes, those lists escape with it).
 *
 * <p>A {@code list} value's elements are what the element cells of its sites say
 * ({@link dev.waspy.middle.infer.Cells}); an {@code iterator} is an iterator over the lists of its
 * sites, made by iterating one; a {@code range} has a site of its own, whose cell is {@code int}.
 *
 * <p>The type says what a value <em>is</em>; {@link #repr} says how a value of that type is held
 * once specialized: the scalars unboxed ({@code int} tagged i64, {@code float} f64, {@code bool}
 * i32, {@code str} pointer), a list, dict or set as a pointer to the container, everything else
 * boxed as {@code object}.
 */
public final class PyType {
    public enum Kind {
        BOTTOM("bottom", null), INT("int", IrType.INT), FLOAT("float", IrType.FLOAT), BOOL("bool", IrType.BOOL),
        NONE("None", null), STR("str", IrType.STR), LIST("list", IrType.LIST), DICT("dict", IrType.DICT),
        SET("set", IrType.SET), RANGE("range", null),
        ITERATOR("iterator", null),
        OBJECT("object", null);

        final String show;
        final IrType unboxed;

        Kind(String show, IrType unboxed) {
            this.show = show;
            this.unboxed = unboxed;
        }

        /** The kind's name in dumps and instance names: {@code int}, {@code None}, {@code list}. */
        public String show() { return show; }
    }

    public static final PyType BOTTOM = new PyType(Kind.BOTTOM, List.of());
    public static final PyType INT = new PyType(Kind.INT, List.of());
    public static final PyType FLOAT = new PyType(Kind.FLOAT, List.of());
    public static final PyType BOOL = new PyType(Kind.BOOL, List.of());
    public static final PyType NONE = new PyType(Kind.NONE, List.of());
    public static final PyType STR = new PyType(Kind.STR, List.of());
    /** A dict or a set: what it holds is not tracked yet (storing a list into one makes the list escape). */
    public static final PyType DICT = new PyType(Kind.DICT, List.of());
    public static final PyType SET = new PyType(Kind.SET, List.of());
    public static final PyType OBJECT = new PyType(Kind.OBJECT, List.of());

    private final Kind kind;
    /** Sorted, without repeats. */
    private final List<Integer> sites;

    private PyType(Kind kind, List<Integer> sites) {
        this.kind = kind;
        this.sites = List.copyOf(sites);
    }

    /** A list made at one of {@code sites}. */
    public static PyType list(java.util.Collection<Integer> sites) { return make(Kind.LIST, sites); }

    /** An iterator over a list made at one of {@code sites}. */
    public static PyType iterator(java.util.Collection<Integer> sites) { return make(Kind.ITERATOR, sites); }

    /** A range made at one of {@code sites}: a site of its own, whose cell holds the range's items (ints). */
    public static PyType range(java.util.Collection<Integer> sites) { return make(Kind.RANGE, sites); }

    private static PyType make(Kind kind, java.util.Collection<Integer> sites) {
        if (sites.isEmpty() && kind != Kind.LIST && kind != Kind.ITERATOR && kind != Kind.RANGE) return of(kind);
        return new PyType(kind, new ArrayList<>(new TreeSet<>(sites)));
    }

    private static PyType of(Kind k) {
        return switch (k) {
            case BOTTOM -> BOTTOM;
            case INT -> INT;
            case FLOAT -> FLOAT;
            case BOOL -> BOOL;
            case NONE -> NONE;
            case STR -> STR;
            case DICT -> DICT;
            case SET -> SET;
            case OBJECT -> OBJECT;
            case LIST, ITERATOR, RANGE -> throw new IllegalArgumentException(k + " needs its sites");
        };
    }

    public Kind kind() { return kind; }

    /** The list allocation sites this value may be (or, for an iterator, iterate). */
    public List<Integer> sites() { return sites; }

    public boolean isList() { return kind == Kind.LIST; }

    public String show() {
        if (sites.isEmpty()) return kind.show;
        return sites.stream().map(s -> "#" + s).collect(Collectors.joining(",", kind.show + "{", "}"));
    }

    /** The least upper bound: bottom is the identity, equal kinds stay, anything else is object; sites are united. */
    public PyType join(PyType other) {
        if (this.equals(other) || other.kind == Kind.BOTTOM) return this;
        if (this.kind == Kind.BOTTOM) return other;
        Kind k = kind == other.kind ? kind : Kind.OBJECT;
        var all = new TreeSet<>(sites);
        all.addAll(other.sites);
        return make(k, all);
    }

    /** Whether a value of this type is held unboxed once specialized. */
    public boolean unboxed() { return kind.unboxed != null; }

    /** The IR type of a value of this type once specialized: its unboxed form, else {@code object}. */
    public IrType repr() { return kind.unboxed != null ? kind.unboxed : IrType.OBJ; }

    /** What a value of IR type {@code t} is known to be from its representation alone. */
    public static PyType of(IrType t) {
        return switch (t) {
            case IrType.Int i -> INT;
            case IrType.Float f -> FLOAT;
            case IrType.Bool b -> BOOL;
            case IrType.NoneType n -> NONE;
            case IrType.Str s -> STR;
            case IrType.DictT d -> DICT;
            case IrType.SetT x -> SET;
            default -> OBJECT;
        };
    }

    public static PyType of(Constant c) { return of(c.type()); }

    @Override public boolean equals(Object o) {
        return o instanceof PyType t && t.kind == kind && t.sites.equals(sites);
    }

    @Override public int hashCode() { return Objects.hash(kind, sites); }

    @Override public String toString() { return show(); }
}
