package dev.waspy.frontend.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.waspy.frontend.TestParse;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.lower.Lowering;
import dev.waspy.frontend.scope.ScopeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Element types of lists, dicts and sets are inferred per allocation site and must be sound under
 * aliasing: a store through any reference to a container is seen by every other reference, and a
 * container that is held as an object (where code unaware of its sites may store anything) gets
 * object elements for good.
 */
class ContainerInferenceTest {
    private static TypeEnv infer(String src) {
        var file = SourceFile.of("t.py", src);
        var m = TestParse.parse(file);
        return Lowering.inferTypes(file, m, ScopeAnalysis.analyze(file, m));
    }

    private static Type elemOfGlobal(TypeEnv env, String name) {
        Type t = env.global(name);
        assertInstanceOf(Type.ListT.class, t, name + " is a list");
        return env.elem(t);
    }

    @Test
    void precise_when_only_ints_are_stored() {
        var env = infer("a = [1, 2]\na.append(3)\n");
        assertEquals(Type.INT, elemOfGlobal(env, "a"));
    }

    @Test
    void a_store_through_an_alias_reaches_the_original() {
        var env = infer("a = [1, 2]\nb = a\nb.append(2.5)\n");
        assertEquals(Type.OBJ, elemOfGlobal(env, "a"));
        assertEquals(Type.OBJ, elemOfGlobal(env, "b"));
    }

    @Test
    void a_store_inside_a_function_reaches_the_callers_list() {
        var env = infer("def grow(xs):\n    xs.append('s')\n\nw = [1]\ngrow(w)\n");
        assertEquals(Type.OBJ, elemOfGlobal(env, "w"));
    }

    @Test
    void a_list_held_as_an_object_escapes() {
        // items mixes a list and a str, so its elements are objects: w may then be changed by code
        // that does not know w's site, and its own elements become objects.
        var env = infer("w = [1]\nitems = [w, 'x']\n");
        assertEquals(Type.OBJ, elemOfGlobal(env, "items"));
        assertEquals(Type.OBJ, elemOfGlobal(env, "w"));
    }

    @Test
    void nested_lists_keep_their_element_types() {
        var env = infer("m = [[0.0] * 3 for _ in range(3)]\nm[1][2] = 4.5\n");
        Type row = elemOfGlobal(env, "m");
        assertInstanceOf(Type.ListT.class, row);
        assertEquals(Type.FLOAT, env.elem(row));
    }

    @Test
    void dict_keys_and_values_have_their_own_cells() {
        var env = infer("d = {}\nfor w in 'a b a'.split():\n    d[w] = d.get(w, 0) + 1\n");
        Type d = env.global("d");
        assertInstanceOf(Type.DictT.class, d);
        assertEquals(Type.STR, env.elem(d));
        assertEquals(Type.INT, env.value(d));
    }

    @Test
    void two_lists_joined_in_one_variable_share_every_store() {
        var env = infer("a = [1]\nb = ['s']\nc = a if len(a) > 0 else b\nc.append(2)\n");
        assertEquals(Type.INT, elemOfGlobal(env, "a"));
        assertEquals(Type.OBJ, env.elem(env.global("c")));
        // c may be b: b's cell must hold ints too, so it is the join of str and int.
        assertEquals(Type.OBJ, elemOfGlobal(env, "b"));
    }
}
