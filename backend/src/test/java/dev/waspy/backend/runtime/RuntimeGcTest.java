package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The mark-sweep collector: roots on the shadow stack and in rt_exc survive intact, garbage is
 * reclaimed and its memory reused, deep structures survive a mark-stack overflow.
 */
class RuntimeGcTest {
    private final RuntimeInstance rt = new RuntimeInstance();
    private final int shadow = RuntimeLibrary.heapBase();

    RuntimeGcTest() {
        rt.call("rt_init", shadow, shadow + 65536, 0);
    }

    private void root(int slot, long boxed) {
        rt.memory.writeLong(shadow + 8 * slot, boxed);
    }

    private long pow(long base, long exp) {
        return rt.call("rt_int_pow", base << 1, exp << 1);
    }

    /** Makes garbage: big ints and their decimal strings. */
    private void churn(int rounds) {
        for (int i = 0; i < rounds; i++) {
            rt.call("rt_int_to_str", pow(7, 300 + i % 50));
        }
    }

    @Test
    void garbageIsReclaimedAndReused() {
        churn(50);
        rt.call("rt_gc_collect", shadow);
        int afterFirst = (int) rt.call("rt_heap_used");
        long pages = rt.memory.pages();
        for (int round = 0; round < 20; round++) {
            churn(50);
            rt.call("rt_gc_collect", shadow);
        }
        assertEquals(21, rt.call("rt_gc_count"));
        assertTrue(rt.call("rt_heap_used") <= afterFirst + 64, "nothing is rooted, so nothing survives");
        assertEquals(pages, rt.memory.pages(), "freed blocks are reused: memory does not grow");
    }

    @Test
    void rootsSurviveIntact() {
        long big = pow(3, 200);
        int tuple = (int) rt.call("rt_tuple_new", 3);
        rt.call("rt_tuple_set", tuple, 0, big);
        rt.call("rt_tuple_set", tuple, 1, rt.call("rt_box_float", RuntimeInstance.f(1.5)));
        rt.call("rt_tuple_set", tuple, 2, rt.str("hé") | 1);
        root(0, tuple | 1);
        int sb = (int) rt.call("rt_sb_new");
        root(1, sb | 1);
        rt.call("rt_raise", 32, rt.str("kept message"));
        for (int i = 0; i < 10; i++) {
            churn(30);
            rt.call("rt_sb_add_str", sb, (int) rt.call("rt_int_to_str", (long) i << 1));
            rt.call("rt_gc_collect", shadow + 16);
        }
        String expected = "(" + BigInteger.valueOf(3).pow(200) + ", 1.5, 'hé')";
        assertEquals(expected, rt.readStr((int) rt.call("rt_tuple_repr", tuple)));
        assertEquals("0123456789", rt.readStr((int) rt.call("rt_sb_finish", sb)));
        int e = rt.takeException();
        assertEquals("kept message", rt.exceptionMessage(e));
    }

    /** Iterators (type 16, generic layout) keep their container alive and resume after a collection. */
    @Test
    void iteratorsSurviveWithTheirContainers() {
        long set = rt.call("rt_set_new");
        long dict = rt.call("rt_dict_new");
        for (int i = 0; i < 40; i++) {
            rt.call("rt_set_add", set, pow(2, 70 + i));
            rt.call("rt_dict_set", dict, rt.str("k" + i) | 1, pow(3, 70 + i));
        }
        long setIt = rt.call("rt_obj_iter", set | 1);
        long dictIt = rt.call("rt_obj_iter", dict | 1);
        root(0, setIt);
        root(1, dictIt);
        StringBuilder keys = new StringBuilder();
        long sum = 0;
        for (int i = 0; i < 40; i++) {
            churn(20);
            rt.call("rt_gc_collect", shadow + 16);
            assertEquals(1, rt.call("rt_iter_step", setIt));
            assertEquals(1, rt.call("rt_iter_step", dictIt));
            long v = rt.call("rt_iter_value", setIt);
            sum += rt.call("rt_int_bit_length", v) >> 1;
            keys.append(rt.readStr((int) rt.call("rt_obj_str", rt.call("rt_iter_value", dictIt))));
        }
        assertEquals(0, rt.call("rt_iter_step", setIt));
        assertEquals(0, rt.call("rt_iter_step", dictIt));
        assertEquals((71 + 110) * 40 / 2, sum, "every big int of the set came back intact");
        StringBuilder want = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            want.append("k").append(i);
        }
        assertEquals(want.toString(), keys.toString());
    }

    @Test
    void deepStructuresSurviveMarkStackOverflow() {
        int depth = 30_000;
        long chain = rt.call("rt_box_none");
        for (int i = 0; i < depth; i++) {
            int t = (int) rt.call("rt_tuple_new", 2);
            rt.call("rt_tuple_set", t, 0, chain);
            rt.call("rt_tuple_set", t, 1, (long) i << 1);
            chain = t | 1;
        }
        root(0, chain);
        churn(20);
        rt.call("rt_gc_collect", shadow + 8);
        churn(20);
        rt.call("rt_gc_collect", shadow + 8);
        int n = 0;
        long v = chain;
        while (rt.call("rt_obj_type", v) == 6) {
            int t = (int) (v ^ 1);
            assertEquals((long) (depth - 1 - n) << 1, rt.call("rt_tuple_get", t, 1));
            v = rt.call("rt_tuple_get", t, 0);
            n++;
        }
        assertEquals(depth, n);
    }

    @Test
    void listsAndDictsSurviveWithTheirContents() {
        long d = rt.call("rt_dict_new");
        long l = rt.call("rt_list_new", 0);
        root(0, d | 1);
        root(1, l | 1);
        for (int i = 0; i < 300; i++) {
            long key = rt.call("rt_int_to_str", pow(3, 40 + i)) | 1;
            rt.call("rt_dict_set", d, key, rt.call("rt_box_float", RuntimeInstance.f(i + 0.5)));
            rt.call("rt_list_append", l, key);
            if (i % 3 == 0) {
                rt.call("rt_dict_del", d, rt.call("rt_list_get", l, (long) (i / 2) << 1));
            }
            churn(2);
            if (i % 50 == 0) {
                rt.call("rt_gc_collect", shadow + 16);
            }
        }
        rt.call("rt_gc_collect", shadow + 16);
        StringBuilder py = new StringBuilder("d = {}\nl = []\nfor i in range(300):\n    k = str(3 ** (40 + i))\n"
                + "    d[k] = i + 0.5\n    l.append(k)\n    if i % 3 == 0:\n        del d[l[i // 2]]\n"
                + "print(len(d), sum(d.values()), list(d)[:3] == [str(3 ** (40 + i)) for i in (1, 2, 4)])\n");
        String expected = python(py.toString());
        long values = rt.call("rt_dict_values", d);
        double sum = 0;
        long n = rt.call("rt_list_len", values) >> 1;
        for (long i = 0; i < n; i++) {
            sum += Double.longBitsToDouble(rt.call("rt_unbox_float", rt.call("rt_list_get", values, i << 1)));
        }
        long keys = rt.call("rt_dict_keys", d);
        boolean firstKeys = rt.readStr((int) (rt.call("rt_list_get", keys, 0) ^ 1))
                .equals(BigInteger.valueOf(3).pow(41).toString());
        assertEquals(expected, (rt.call("rt_dict_len", d) >> 1) + " " + sum + " " + (firstKeys ? "True" : "False"));
    }

    private static String python(String program) {
        try {
            Process p = new ProcessBuilder("python3", "-c", program).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void setsSurviveWithTheirOrder() {
        long st = rt.call("rt_set_new");
        root(0, st | 1);
        for (int i = 0; i < 100; i++) {
            rt.call("rt_set_add", st, pow(2, 62 + i % 7));
            rt.call("rt_set_add", st, (long) (i * 37 % 101) << 1);
            churn(1);
            if (i % 25 == 0) {
                rt.call("rt_gc_collect", shadow + 8);
            }
        }
        rt.call("rt_gc_collect", shadow + 8);
        String expected = python("s = set()\nfor i in range(100):\n    s.add(2 ** (62 + i % 7))\n    s.add(i * 37 % 101)\nprint(s)");
        assertEquals(expected, rt.readStr((int) rt.call("rt_set_repr", st)));
    }

    @Test
    void registeredClassNamesSurvive() {
        int name = (int) rt.call("rt_str_concat", rt.str("Bad"), rt.str("Input"));
        rt.call("rt_exc_register", 70, 32, name);
        churn(30);
        rt.call("rt_gc_collect", shadow);
        churn(30);
        rt.call("rt_raise", 70, 0);
        assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_uncaught"));
        assertEquals("Traceback (most recent call last):\nBadInput\n", rt.stderrText());
    }

    @Test
    void pollCollectsOnlyAfterEnoughAllocation() {
        rt.call("rt_gc_poll", shadow);
        assertEquals(0, rt.call("rt_gc_count"), "nothing allocated yet");
        for (int i = 0; i < 200 && rt.call("rt_gc_count") == 0; i++) {
            churn(20);
            rt.call("rt_gc_poll", shadow);
        }
        assertTrue(rt.call("rt_gc_count") > 0, "polling collects once megabytes were allocated");
    }
}
