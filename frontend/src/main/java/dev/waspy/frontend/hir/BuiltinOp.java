package dev.waspy.frontend.hir;

/** Built-in operations, with the operand types each accepts (the lowering converts to them). */
public enum BuiltinOp {
    /** str(x) for any x: str. */
    STR,
    /** repr(x) for any x: str. */
    REPR,
    /** format(x, spec) for x of int, float, str or object; spec a str. */
    FORMAT,
    /** abs(x), x int, float or object. */
    ABS,
    /** int(x), x int, float, str or object. */
    INT,
    /** float(x), x int, float, str or object. */
    FLOAT,
    /** round(x), x int, float or object. */
    ROUND,
    /** round(x, n), (int, int), (float, int) or (object, object). */
    ROUND_N,
    /** pow(x, y, m), all int or all object. */
    POWMOD,
    /** len(s), s a str. */
    LEN,
    /** list[i] boxed, for an index the code just checked to be in range (a for loop's cursor). */
    LIST_ITEM,
    /** x is None, x an object. */
    IS_NONE,
    /** divmod(x, y), both int, both float or both object: a 2-tuple of that type. */
    DIVMOD,
    /** sys.exit(code), code an object; the type is None. */
    EXIT,
    /** Writes a str to stdout; the type is None. */
    WRITE
}
