package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The collector's debug modes (waspy.h, rt_gc_config): the "collection due" word compiled code
 * tests, stress mode, and the heap verifier, which must stop a program whose roots missed an
 * object (status 70) and stay silent on a healthy heap.
 */
class HeapVerifierTest {
    private static final int VERIFY = 1;
    private static final int STRESS = 2;

    private final RuntimeInstance rt = new RuntimeInstance();
    /** The "collection due" word, then the roots. */
    private final int due = RuntimeLibrary.heapBase();
    private final int shadow = due + 8;

    HeapVerifierTest() {
        rt.call("rt_init", shadow, shadow + 65536, 0);
    }

    private void root(int slot, long boxed) {
        rt.memory.writeLong(shadow + 8 * slot, boxed);
    }

    /** A heap str (a decimal of 7 ** e), not rooted. */
    private int str(int e) {
        return (int) rt.call("rt_int_to_str", rt.call("rt_int_pow", 7L << 1, (long) e << 1));
    }

    private String stderr() {
        return rt.stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anObjectMissingFromTheRootsStopsTheProgram() {
        rt.call("rt_gc_config", due, VERIFY);
        int tuple = (int) rt.call("rt_tuple_new", 1);
        root(0, tuple | 1);
        int s = str(300);
        // A safepoint where compiled code forgot s: it is freed (and poisoned) ...
        rt.call("rt_gc_collect", shadow + 8);
        // ... then used, stored into a live object.
        rt.call("rt_tuple_set", tuple, 0, s | 1);
        var exit = assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_gc_collect", shadow + 8));
        assertEquals(70, exit.code);
        assertTrue(stderr().startsWith("waspy: internal error: heap verification before a collection: a reference points"),
                stderr());
    }

    @Test
    void aCorruptHeaderStopsTheProgram() {
        rt.call("rt_gc_config", due, VERIFY);
        int tuple = (int) rt.call("rt_tuple_new", 2);
        root(0, tuple | 1);
        rt.memory.writeI32(tuple, 40); // no such type id
        var exit = assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_gc_collect", shadow + 8));
        assertEquals(70, exit.code);
        assertTrue(stderr().contains("a block has an unknown type id"), stderr());
    }

    @Test
    void aHealthyHeapPassesVerification() {
        rt.call("rt_gc_config", due, VERIFY | STRESS);
        int tuple = (int) rt.call("rt_tuple_new", 50);
        root(0, tuple | 1);
        for (int i = 0; i < 200; i++) {
            int s = str(100 + i);
            if (i % 4 == 0) {
                rt.call("rt_tuple_set", tuple, i / 4, s | 1);
            }
            rt.call("rt_gc_poll", shadow + 8);
        }
        assertEquals(200, rt.call("rt_gc_count"), "stress mode collects at every poll");
        assertEquals("", stderr());
        String last = rt.readStr((int) (rt.call("rt_tuple_get", tuple, 49) ^ 1));
        assertEquals(java.math.BigInteger.valueOf(7).pow(100 + 196).toString(), last);
    }

    @Test
    void theDueWordTellsCompiledCodeWhenToPoll() {
        rt.call("rt_gc_config", due, 0);
        assertEquals(0, rt.memory.readInt(due));
        while (rt.memory.readInt(due) == 0) {
            str(2000);
        }
        assertTrue(rt.call("rt_heap_used") >= 4 << 20, "due after 4 MiB of allocation");
        rt.call("rt_gc_poll", shadow);
        assertEquals(1, rt.call("rt_gc_count"));
        assertEquals(0, rt.memory.readInt(due), "a collection clears it");
        rt.call("rt_gc_config", due, STRESS);
        assertEquals(1, rt.memory.readInt(due), "under stress it is always set");
    }
}
