package dev.waspy.middle.infer;

import static dev.waspy.middle.infer.ListRules.Rule.*;

import dev.waspy.middle.ir.Prim;
import java.util.Map;

/**
 * What each operation does with the lists it is given, as inference models it: the table behind
 * {@link Transfer}'s list rules. An operation not in the table is not modeled: the lists of its
 * operands escape ({@link Cells#escape}).
 */
final class ListRules {
    private ListRules() {}

    enum Rule {
        /** Reads the lists (their length, items, identity) and keeps no reference to them or their items. */
        READ,
        /** Its value is an item of its first operand (a list, or an iterator over one): the cell. */
        ITEM,
        /** Its value is a new list of items of its first operand (a copy, a slice, a repetition): the same sites. */
        DERIVED,
        /** Its value is an iterator over its first operand, a list. */
        ITER,
        /** Stores its last operand into its first, a list. */
        STORE,
        /** Stores the items of its second operand (any iterable) into its first, a list; its value, if any, is the first. */
        EXTEND,
        /** Its value is its first operand, checked. */
        SAME
    }

    /** Runtime functions by name. An index operand must be an int or a bool for ITEM and STORE to apply. */
    static final Map<String, Rule> RUNTIME = Map.ofEntries(
            Map.entry("rt_obj_len", READ), Map.entry("rt_obj_isinstance", READ), Map.entry("rt_obj_count", READ),
            Map.entry("rt_obj_index", READ), Map.entry("rt_obj_hash", READ), Map.entry("rt_obj_contains", READ),
            Map.entry("rt_str_join_list", READ), Map.entry("rt_list_sort", READ), Map.entry("rt_list_reverse", READ),
            Map.entry("rt_obj_remove", READ), Map.entry("rt_obj_clear", READ), Map.entry("rt_obj_delitem", READ),
            Map.entry("rt_iter_step", READ),
            Map.entry("rt_obj_getitem", ITEM), Map.entry("rt_list_get", ITEM), Map.entry("rt_obj_pop", ITEM),
            Map.entry("rt_obj_pop_at", ITEM), Map.entry("rt_iter_value", ITEM), Map.entry("rt_obj_next", ITEM),
            Map.entry("rt_obj_next_default", ITEM),
            Map.entry("rt_obj_getslice", DERIVED), Map.entry("rt_obj_copy", DERIVED), Map.entry("rt_obj_to_list", DERIVED),
            Map.entry("rt_obj_imul", DERIVED),
            Map.entry("rt_obj_iter", ITER), Map.entry("rt_obj_reversed", ITER),
            Map.entry("rt_obj_setitem", STORE), Map.entry("rt_list_set", STORE), Map.entry("rt_list_append", STORE),
            Map.entry("rt_list_insert", STORE),
            Map.entry("rt_list_extend_iter", EXTEND), Map.entry("rt_obj_iadd", EXTEND),
            Map.entry("rt_obj_expect", SAME), Map.entry("rt_obj_expect_any", SAME));

    /** Primitives. {@code obj.add} of two lists and {@code obj.mul} of a list by an int are DERIVED. */
    static final Map<Prim, Rule> PRIMS = Map.ofEntries(
            Map.entry(Prim.OBJ_TRUTHY, READ), Map.entry(Prim.OBJ_STR, READ), Map.entry(Prim.OBJ_REPR, READ),
            Map.entry(Prim.OBJ_EQ, READ), Map.entry(Prim.OBJ_NE, READ), Map.entry(Prim.OBJ_LT, READ),
            Map.entry(Prim.OBJ_LE, READ), Map.entry(Prim.OBJ_GT, READ), Map.entry(Prim.OBJ_GE, READ),
            Map.entry(Prim.OBJ_CONTAINS, READ), Map.entry(Prim.OBJ_IS_NONE, READ), Map.entry(Prim.OBJ_IS, READ),
            Map.entry(Prim.LIST_LEN, READ), Map.entry(Prim.LIST_TRUTHY, READ),
            Map.entry(Prim.OBJ_ADD, DERIVED), Map.entry(Prim.OBJ_MUL, DERIVED));
}
