package dev.waspy.difftest.gen;

/**
 * The static types the generator keeps its variables and expressions in. Each has productions in
 * {@link Grammar}; a new type is a constant here plus its productions there.
 */
public enum PyType {
    INT("int"),
    FLOAT("float"),
    BOOL("bool"),
    STR("str"),
    LIST_INT("list"),
    LIST_STR("list"),
    TUPLE_INT("tuple"),
    DICT_STR_INT("dict"),
    SET_INT("set"),
    LIST_LIST_INT("list"),
    /** A value whose type is known only at run time (one of the others, or None). */
    ANY("object");

    /** The built-in class {@code isinstance} checks values of this type against. */
    public final String className;

    PyType(String className) {
        this.className = className;
    }

    /** The types of values with one static type: every type but {@link #ANY}. */
    static final java.util.List<PyType> CONCRETE = java.util.Arrays.stream(values()).filter(t -> t != ANY).toList();
}
