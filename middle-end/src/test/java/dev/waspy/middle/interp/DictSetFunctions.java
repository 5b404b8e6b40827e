package dev.waspy.middle.interp;

import dev.waspy.middle.interp.Iteration.DictView;
import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;

/** The runtime's dict, dict view and set functions (dict.c, dictview.c, set.c). */
final class DictSetFunctions {
    private DictSetFunctions() {}

    private static PyDict d(Object o) { return (PyDict) o; }
    private static PySet s(Object o) { return (PySet) o; }

    static void register(RuntimeTable.Rows r) {
        r.add("rt_dict_new", a -> new PyDict());
        r.add("rt_dict_from_items", a -> {
            var kv = ((PyValues.Tuple) a.get(0)).items();
            var d = new PyDict();
            for (int i = 0; i < kv.size(); i += 2) d.set(kv.get(i), kv.get(i + 1));
            return d;
        });
        r.add("rt_dict_len", a -> BigInteger.valueOf(d(a.get(0)).size()));
        r.add("rt_dict_get", a -> d(a.get(0)).get(a.get(1)));
        r.add("rt_dict_get_default", a -> d(a.get(0)).getDefault(a.get(1), a.get(2)));
        r.effect("rt_dict_set", a -> d(a.get(0)).set(a.get(1), a.get(2)));
        r.effect("rt_dict_del", a -> d(a.get(0)).del(a.get(1)));
        r.add("rt_dict_contains", a -> d(a.get(0)).contains(a.get(1)));
        r.add("rt_dict_keys", a -> new PyList(d(a.get(0)).keys()));
        r.add("rt_dict_values", a -> new PyList(d(a.get(0)).values()));
        r.add("rt_dict_items", a -> new PyList(d(a.get(0)).items()));
        r.add("rt_dict_eq", a -> d(a.get(0)).eq(d(a.get(1))));
        r.add("rt_dict_repr", a -> PyValues.repr(a.get(0)));
        r.add("rt_dict_pop", a -> d(a.get(0)).pop(a.get(1)));
        r.add("rt_dict_pop_default", a -> d(a.get(0)).popDefault(a.get(1), a.get(2)));
        r.add("rt_dict_setdefault", a -> d(a.get(0)).setdefault(a.get(1), a.get(2)));
        r.effect("rt_dict_update", a -> d(a.get(0)).update(a.get(1)));
        r.add("rt_dict_or", a -> d(a.get(0)).or(d(a.get(1))));
        r.add("rt_dict_copy", a -> d(a.get(0)).copy());
        r.effect("rt_dict_clear", a -> d(a.get(0)).clear());
        r.add("rt_dict_popitem", a -> d(a.get(0)).popitem());
        r.add("rt_dict_keys_view", a -> new DictView(d(a.get(0)), 0));
        r.add("rt_dict_values_view", a -> new DictView(d(a.get(0)), 1));
        r.add("rt_dict_items_view", a -> new DictView(d(a.get(0)), 2));

        r.add("rt_set_new", a -> new PySet());
        r.add("rt_set_len", a -> BigInteger.valueOf(s(a.get(0)).size()));
        r.effect("rt_set_add", a -> s(a.get(0)).add(a.get(1)));
        r.add("rt_set_contains", a -> s(a.get(0)).contains(a.get(1)));
        r.effect("rt_set_discard", a -> s(a.get(0)).discard(a.get(1)));
        r.effect("rt_set_remove", a -> s(a.get(0)).remove(a.get(1)));
        r.add("rt_set_list", a -> new PyList(s(a.get(0)).items()));
        r.add("rt_set_eq", a -> s(a.get(0)).eq(s(a.get(1))));
        r.add("rt_set_repr", a -> PyValues.repr(a.get(0)));
        r.add("rt_set_union", a -> s(a.get(0)).union(s(a.get(1))));
        r.add("rt_set_intersection", a -> s(a.get(0)).intersection(s(a.get(1))));
        r.add("rt_set_difference", a -> s(a.get(0)).difference(s(a.get(1))));
        r.add("rt_set_symmetric_difference", a -> s(a.get(0)).symmetricDifferenceObj(a.get(1)));
        r.effect("rt_set_update", a -> s(a.get(0)).update(a.get(1)));
        r.effect("rt_set_intersection_update", a -> s(a.get(0)).intersectionUpdateObj(a.get(1)));
        r.effect("rt_set_difference_update", a -> s(a.get(0)).differenceUpdate(a.get(1)));
        r.effect("rt_set_symmetric_difference_update", a -> s(a.get(0)).symmetricDifferenceUpdateSet(s(a.get(1))));
        r.effect("rt_set_union_step", a -> s(a.get(0)).unionStep(s(a.get(1)), a.get(2)));
        r.add("rt_set_intersection_obj", a -> s(a.get(0)).intersectionObj(a.get(1)));
        r.effect("rt_set_intersection_update_obj", a -> s(a.get(0)).intersectionUpdateObj(a.get(1)));
        r.add("rt_set_difference_obj", a -> s(a.get(0)).differenceObj(a.get(1)));
        r.effect("rt_set_difference_update_obj", a -> s(a.get(0)).differenceUpdate(a.get(1)));
        r.add("rt_set_symmetric_difference_obj", a -> s(a.get(0)).symmetricDifferenceObj(a.get(1)));
        r.effect("rt_set_symmetric_difference_update_obj", a -> s(a.get(0)).symmetricDifferenceUpdateObj(a.get(1)));
        r.add("rt_set_issubset", a -> s(a.get(0)).issubset(s(a.get(1))));
        r.add("rt_set_issuperset", a -> s(a.get(1)).issubset(s(a.get(0))));
        r.add("rt_set_isdisjoint", a -> s(a.get(0)).isdisjoint(s(a.get(1))));
        r.add("rt_set_pop", a -> s(a.get(0)).pop());
        r.effect("rt_set_clear", a -> s(a.get(0)).clear());
        r.add("rt_set_copy", a -> s(a.get(0)).copy());
        r.add("rt_set_from_constants", a -> PySet.fromConstants(((Tuple) a.get(0)).items()));
        r.add("rt_obj_hash", a -> BigInteger.valueOf(Hashing.hash(a.get(0))));

        r.add("rt_frozenset_new", a -> new PySet().freeze());
        r.add("rt_obj_to_frozenset", a -> a.get(0) instanceof PySet s && s.frozen() ? s : PySet.of(a.get(0)).freeze());
        r.add("rt_set_freeze", a -> s(a.get(0)).freeze());
    }
}
