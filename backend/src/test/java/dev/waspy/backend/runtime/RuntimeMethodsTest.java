package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.middle.rt.RuntimeMethods;
import dev.waspy.middle.rt.RuntimeTypeIds;
import org.junit.jupiter.api.Test;

/**
 * The method call by name (rt_obj_lookup_method, rt_obj_call_method, methods.c): results, and
 * the AttributeErrors and TypeErrors in CPython 3.11's words (each message as python3 prints it).
 */
class RuntimeMethodsTest {
    private static final int ATTRIBUTE = 13;
    private static final int TYPE = 31;
    private static final int VALUE = 32;

    private final RuntimeInstance rt = new RuntimeInstance();

    private long tuple(long... items) {
        int t = (int) rt.call("rt_tuple_new", items.length);
        for (int i = 0; i < items.length; i++) rt.call("rt_tuple_set", t, i, items[i]);
        return t;
    }

    private long list(long... items) {
        return rt.call("rt_list_from_tuple", tuple(items)) | 1;
    }

    private static long small(long v) { return v << 1; }

    private long s(String text) { return rt.str(text) | 1; }

    private long call(long self, String name, long... args) {
        return rt.call("rt_obj_call_method", self, rt.str(name), tuple(args));
    }

    private void assertRaises(int cls, String message, long self, String name, long... args) {
        call(self, name, args);
        assertTrue(rt.pending(), name + " should raise");
        int e = rt.takeException();
        assertEquals(cls, rt.exceptionClass(e));
        assertEquals(message, rt.exceptionMessage(e));
    }

    @Test
    void dispatchesOnTheReceiversType() {
        long none = rt.call("rt_box_none");
        assertEquals(small(2), call(s("banana"), "index", s("n"), small(1)));
        assertEquals(small(2), call(list(small(1), small(2), small(1), small(1)), "index", small(1), small(-2)));
        assertEquals(small(2), call(tuple(small(5), small(6), small(5)) | 1, "index", small(5), small(1), small(3)));
        assertEquals(small(1), call(s("banana"), "count", s("an"), small(2), none));
        assertEquals(rt.call("rt_box_bool", 1), call(s("banana"), "startswith", tuple(s("x"), s("na")) | 1, small(2)));
        assertEquals("bAnAna", rt.readStr((int) (call(s("banana"), "replace", s("a"), s("A"), small(2)) ^ 1)));
        assertEquals(rt.call("rt_box_bool", 1), call((rt.call("rt_obj_to_set", list(small(1))) | 1), "issuperset", list(small(1), small(1))));
        assertFalse(rt.pending());
    }

    @Test
    void lookupGivesTheReceiverOrTheAttributeError() {
        long text = s("abc");
        assertEquals(text, rt.call("rt_obj_lookup_method", text, rt.str("rindex")));
        assertFalse(rt.pending());
        rt.call("rt_obj_lookup_method", small(5), rt.str("count"));
        int e = rt.takeException();
        assertEquals(ATTRIBUTE, rt.exceptionClass(e));
        assertEquals("'int' object has no attribute 'count'", rt.exceptionMessage(e));
        assertRaises(ATTRIBUTE, "'str' object has no attribute 'union'", s("a"), "union", small(1));
    }

    /**
     * methods.c has a row for exactly the types the compiler's RuntimeMethods lists per name:
     * a value of each runtime type looks each name up, which fails with AttributeError elsewhere.
     */
    @Test
    void rowsAreTheCompilersTable() {
        java.util.Map<Integer, Long> samples = java.util.Map.of(
                RuntimeTypeIds.STR, s("a"),
                RuntimeTypeIds.LIST, list(small(1)),
                RuntimeTypeIds.TUPLE, tuple(small(1)) | 1,
                RuntimeTypeIds.RANGE, rt.call("rt_range_new", small(0), small(3), small(1)),
                RuntimeTypeIds.SET, rt.call("rt_obj_to_set", list(small(1))) | 1,
                RuntimeTypeIds.DICT, rt.call("rt_dict_new") | 1,
                RuntimeTypeIds.INT, small(7),
                RuntimeTypeIds.FLOAT, rt.call("rt_box_float", RuntimeInstance.f(1.5)),
                RuntimeTypeIds.BOOL, rt.call("rt_box_bool", 1));
        for (var row : RuntimeMethods.BY_NAME.entrySet()) {
            for (var sample : samples.entrySet()) {
                rt.call("rt_obj_lookup_method", sample.getValue(), rt.str(row.getKey()));
                boolean found = !rt.pending();
                if (!found) rt.takeException();
                assertEquals((row.getValue() & RuntimeTypeIds.bits(sample.getKey())) != 0, found,
                        "methods.c's row of " + row.getKey() + " for type id " + sample.getKey());
            }
        }
    }

    @Test
    void wrongArgumentsInCPythonsWords() {
        long set = (rt.call("rt_obj_to_set", list(small(1))) | 1);
        assertRaises(TYPE, "find() takes at least 1 argument (0 given)", s("a"), "find");
        assertRaises(TYPE, "rindex() takes at most 3 arguments (4 given)", s("a"), "rindex", s("a"), small(1), small(2), small(3));
        assertRaises(TYPE, "replace expected at least 2 arguments, got 1", s("a"), "replace", s("a"));
        assertRaises(TYPE, "index expected at most 3 arguments, got 4", list(), "index", small(1), small(2), small(3), small(4));
        assertRaises(TYPE, "list.count() takes exactly one argument (2 given)", list(), "count", small(1), small(2));
        assertRaises(TYPE, "range.index() takes exactly one argument (2 given)",
                rt.call("rt_range_new", small(0), small(3), small(1)), "index", small(1), small(2));
        assertRaises(TYPE, "set.issubset() takes exactly one argument (0 given)", set, "issubset");
        assertRaises(TYPE, "must be str, not int", s("a"), "count", small(1));
        assertRaises(TYPE, "replace() argument 2 must be str, not int", s("a"), "replace", s("a"), small(2));
        assertRaises(TYPE, "'str' object cannot be interpreted as an integer", s("a"), "replace", s("a"), s("b"), s("c"));
        assertRaises(TYPE, "slice indices must be integers or have an __index__ method", list(small(1)), "index", small(1),
                rt.call("rt_box_none"));
        assertRaises(VALUE, "1 is not in list", list(small(1)), "index", small(1), small(1));
        assertRaises(VALUE, "tuple.index(x): x not in tuple", tuple(small(1)) | 1, "index", small(1), small(0), small(0));
        assertRaises(TYPE, "'int' object is not iterable", set, "union", list(), small(3));
    }

    @Test
    void typeNamesAreCPythons() {
        long l = list(small(1));
        long d = rt.call("rt_dict_new") | 1;
        assertEquals("list_iterator", rt.readStr((int) rt.call("rt_obj_type_name", rt.call("rt_obj_iter", l))));
        assertEquals("dict_keys", rt.readStr((int) rt.call("rt_obj_type_name", rt.call("rt_dict_keys_view", (int) (d ^ 1)))));
        assertEquals("NoneType", rt.readStr((int) rt.call("rt_obj_type_name", rt.call("rt_box_none"))));
        assertEquals("int", rt.readStr((int) rt.call("rt_obj_type_name", rt.integer(java.math.BigInteger.TEN.pow(30)))));
    }

    @Test
    void joinTakesAnyIterable() {
        assertEquals("a-b", rt.readStr((int) rt.call("rt_str_join_obj", rt.str("-"), list(s("a"), s("b")))));
        assertEquals("x.y", rt.readStr((int) rt.call("rt_str_join_obj", rt.str("."), s("xy"))));
        rt.call("rt_str_join_obj", rt.str(","), small(5));
        int e = rt.takeException();
        assertEquals(TYPE, rt.exceptionClass(e));
        assertEquals("can only join an iterable", rt.exceptionMessage(e));
        rt.call("rt_str_join_obj", rt.str(","), list(s("a"), small(5)));
        assertEquals("sequence item 1: expected str instance, int found", rt.exceptionMessage(rt.takeException()));
    }
}
