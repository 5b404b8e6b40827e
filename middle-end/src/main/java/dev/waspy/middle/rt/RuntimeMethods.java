package dev.waspy.middle.rt;

import static dev.waspy.middle.rt.RuntimeTypeIds.FROZENSET;
import static dev.waspy.middle.rt.RuntimeTypeIds.LIST;
import static dev.waspy.middle.rt.RuntimeTypeIds.RANGE;
import static dev.waspy.middle.rt.RuntimeTypeIds.SET;
import static dev.waspy.middle.rt.RuntimeTypeIds.STR;
import static dev.waspy.middle.rt.RuntimeTypeIds.TUPLE;
import static dev.waspy.middle.rt.RuntimeTypeIds.bits;

import java.util.Map;

/**
 * The methods the runtime calls by name ({@code rt_obj_call_method}, the table of
 * backend/runtime/src/methods.c): for each name, the type ids (a mask of
 * {@link RuntimeTypeIds#bits}) that have a row for it. Every built-in type of the runtime that has
 * a method of that name in CPython must have its row, since a missing one is an AttributeError;
 * the backend's RuntimeMethodsTest holds the C table to this one.
 */
public final class RuntimeMethods {
    private RuntimeMethods() {}

    public static final Map<String, Long> BY_NAME = Map.ofEntries(
            Map.entry("startswith", bits(STR)),
            Map.entry("endswith", bits(STR)),
            Map.entry("find", bits(STR)),
            Map.entry("rfind", bits(STR)),
            Map.entry("index", bits(STR, LIST, TUPLE, RANGE)),
            Map.entry("rindex", bits(STR)),
            Map.entry("count", bits(STR, LIST, TUPLE, RANGE)),
            Map.entry("replace", bits(STR)),
            Map.entry("union", bits(SET, FROZENSET)),
            Map.entry("intersection", bits(SET, FROZENSET)),
            Map.entry("difference", bits(SET, FROZENSET)),
            Map.entry("symmetric_difference", bits(SET, FROZENSET)),
            Map.entry("intersection_update", bits(SET)),
            Map.entry("difference_update", bits(SET)),
            Map.entry("symmetric_difference_update", bits(SET)),
            Map.entry("issubset", bits(SET, FROZENSET)),
            Map.entry("issuperset", bits(SET, FROZENSET)));
}
