package dev.waspy.middle.rt;

/**
 * The type ids of the runtime's object headers (waspy.h's {@code T_*}, ABI.md), for the code that
 * tests a value's type at run time: isinstance, method dispatch on values of unknown type, unboxing.
 */
public final class RuntimeTypeIds {
    private RuntimeTypeIds() {}

    public static final int NONE = 1;
    public static final int BOOL = 2;
    public static final int INT = 3;
    public static final int FLOAT = 4;
    public static final int STR = 5;
    public static final int TUPLE = 6;
    public static final int LIST = 8;
    public static final int DICT = 9;
    public static final int SET = 10;
    public static final int RANGE = 11;
    public static final int DICTVIEW = 17;
    public static final int FROZENSET = 22;

    /** A set of type ids as a bit mask (bit t for id t), as rt_obj_expect_any and rt_obj_isinstance take it. */
    public static long bits(int... ids) {
        long b = 0;
        for (int t : ids) b |= 1L << t;
        return b;
    }
}
