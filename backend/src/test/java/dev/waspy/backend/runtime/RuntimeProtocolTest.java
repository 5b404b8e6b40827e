package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The ABI's protocols: output buffering, the uncaught-exception report, exit, memory limits, classes. */
class RuntimeProtocolTest {
    private static final int ZERO_DIVISION = 11;
    private static final int ARITHMETIC = 8;
    private static final int EXCEPTION = 5;
    private static final int LOOKUP = 18;
    private static final int MEMORY = 21;
    private static final int VALUE = 32;

    @Test
    void stdoutIsBufferedAndFlushedBeforeStderr() {
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_write_str", rt.str("hello "));
        assertEquals("", rt.stdoutText(), "small writes stay in the buffer");
        rt.call("rt_ewrite_str", rt.str("oops\n"));
        assertEquals("hello ", rt.stdoutText(), "stderr output flushes stdout first");
        assertEquals("oops\n", rt.stderrText());
        String big = "x".repeat(20_000);
        rt.call("rt_write_str", rt.str(big));
        rt.call("rt_flush");
        assertEquals("hello " + big, rt.stdoutText());
    }

    @Test
    void writesUtf8() {
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_write_str", rt.str("é日😀"));
        rt.call("rt_write_char", 0x263A);
        rt.call("rt_write_int", rt.integer(new java.math.BigInteger("-123456789012345678901234567890")));
        rt.call("rt_write_float", RuntimeInstance.f(1e-7));
        rt.call("rt_flush");
        assertEquals("é日😀☺-1234567890123456789012345678901e-07", rt.stdoutText());
    }

    @Test
    void uncaughtExceptionReportMatchesCPythonsLastLine() throws Exception {
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_write_str", rt.str("before\n"));
        rt.call("rt_int_floordiv", 2, 0);
        RuntimeInstance.Exit exit = assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_uncaught"));
        Process p = new ProcessBuilder("python3", "-c", "print('before'); 1 // 0").start();
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String[] lines = err.strip().split("\n");
        assertEquals(p.exitValue(), exit.code);
        assertEquals("before\n", rt.stdoutText());
        assertEquals("Traceback (most recent call last):\n" + lines[lines.length - 1] + "\n", rt.stderrText());
    }

    @Test
    void anExceptionWithoutMessagePrintsOnlyItsName() {
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_raise", MEMORY, 0);
        assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_uncaught"));
        assertEquals("Traceback (most recent call last):\nMemoryError\n", rt.stderrText());
    }

    @Test
    void programDefinedClassesReportTheirNameAndParents() {
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_exc_register", 64, VALUE, rt.str("BadInput"));
        rt.call("rt_raise", 64, rt.str("no digits"));
        int e = (int) rt.call("rt_exc_take");
        assertEquals(1, rt.call("rt_exc_matches", e, VALUE));
        assertEquals(1, rt.call("rt_exc_matches", e, EXCEPTION));
        assertEquals(0, rt.call("rt_exc_matches", e, LOOKUP));
        rt.call("rt_raise_exc", e);
        assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_uncaught"));
        assertEquals("Traceback (most recent call last):\nBadInput: no digits\n", rt.stderrText());
    }

    @Test
    void builtinHierarchyFollowsCPython() {
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_int_mod", 2, 0);
        int e = rt.takeException();
        assertEquals(ZERO_DIVISION, rt.exceptionClass(e));
        assertEquals(1, rt.call("rt_exc_matches", e, ARITHMETIC));
        assertEquals(1, rt.call("rt_exc_matches", e, EXCEPTION));
        assertEquals(1, rt.call("rt_exc_matches", e, 1));
        assertEquals(0, rt.call("rt_exc_matches", e, VALUE));
        assertEquals("integer modulo by zero", rt.readStr((int) rt.call("rt_exc_str", e)));
    }

    @Test
    void runningOutOfMemoryRaisesMemoryError() {
        RuntimeInstance rt = new RuntimeInstance();
        long pages = rt.memory.pages();
        rt.call("rt_init", 0, 0, pages + 4);
        assertTrue(rt.call("rt_alloc", 100_000, 13) != 0, "room for 100 kB within the limit");
        assertEquals(0, rt.call("rt_alloc", 1_000_000, 13));
        int e = rt.takeException();
        assertEquals(MEMORY, rt.exceptionClass(e));
        // A huge repetition is refused the same way, before touching memory.
        rt.call("rt_str_repeat", rt.str("ab"), 1L << 61);
        assertEquals(MEMORY, rt.exceptionClass(rt.takeException()));
    }

    /** 2 ** (32 * limbs) - 1: every limb all ones, so that no multiplication has a shortcut. */
    private static long allOnes(RuntimeInstance rt, int limbs) {
        long power = rt.call("rt_int_lshift", 1L << 1, (32L * limbs) << 1);
        return rt.call("rt_int_sub", power, 1L << 1);
    }

    @Test
    void karatsubaTemporariesStayLinearInTheOperands() {
        // Allocated level by level and kept until a collection, Karatsuba's temporaries for two
        // operands of 8192 limbs came to about 6 MiB; from one workspace, under 256 KiB.
        RuntimeInstance rt = new RuntimeInstance();
        rt.call("rt_init", 0, 0, rt.memory.pages() + 40);
        int limbs = 8192;
        long x = allOnes(rt, limbs);
        long square = rt.call("rt_int_mul", x, x);
        assertFalse(rt.pending(), "no exception pending");
        // (2**n - 1) ** 2 = 2**2n - 2**(n+1) + 1: 2n bits, n of them ones.
        assertEquals(2L * 32 * limbs << 1, rt.call("rt_int_bit_length", square));
        assertEquals(32L * limbs << 1, rt.call("rt_int_bit_count", square));
    }

    @Test
    void memoryRunningOutInsideAnAlgorithmEndsTheProgramAsAnUncaughtMemoryError() {
        // A division that gets its quotient buffer but not its working copy of the dividend cannot
        // stop half-way: the program ends with stdout flushed, CPython's report and status 1
        // (it went on writing through a null pointer, over static data and stdout's buffer).
        RuntimeInstance rt = new RuntimeInstance();
        long limit = rt.memory.pages() + 16;
        rt.call("rt_init", 0, 0, limit);
        long dividend = allOnes(rt, 16384);
        rt.call("rt_write_str", rt.str("before\n"));
        long top = rt.call("rt_alloc", 16, 13) + 16;
        long room = limit * 65536 - top;
        rt.call("rt_alloc", room - 68 * 1024, 13); // leaves room for the 64 KiB quotient only
        long divisor = ((1L << 40) + 1) << 1;
        RuntimeInstance.Exit exit = assertThrows(RuntimeInstance.Exit.class,
                () -> rt.call("rt_int_floordiv", dividend, divisor));
        assertEquals(1, exit.code);
        assertEquals("before\n", rt.stdoutText());
        assertEquals("Traceback (most recent call last):\nMemoryError\n", rt.stderrText());
    }

    @Test
    void initMakesMemoryReachTheHeap() {
        RuntimeInstance rt = new RuntimeInstance();
        int a = RuntimeLibrary.heapBase();
        int c = a + 10 * 65536 + 123;
        rt.call("rt_init", a, c, 0);
        assertTrue(rt.memory.pages() * 65536L >= c, "the shadow stack below the heap is backed by memory");
        rt.memory.writeLong(c - 8, 42); // the top shadow-stack slot is writable
        assertTrue(rt.call("rt_alloc", 32, 13) >= c);
    }

    @Test
    void unsupportedOperationsStopWithAnExplicitMessage() {
        RuntimeInstance rt = new RuntimeInstance();
        RuntimeInstance.Exit exit = assertThrows(RuntimeInstance.Exit.class,
                () -> rt.call("rt_float_pow", RuntimeInstance.f(-8.0), RuntimeInstance.f(1.0 / 3)));
        assertEquals(3, exit.code);
        assertTrue(rt.stderrText().contains("complex"), rt.stderrText());
    }

    @Test
    void stringBuilderMakesTheNarrowestKind() {
        RuntimeInstance rt = new RuntimeInstance();
        int sb = (int) rt.call("rt_sb_new");
        rt.call("rt_sb_add_str", sb, rt.str("total: "));
        rt.call("rt_sb_add_str", sb, (int) rt.call("rt_int_format", 1234567L << 1, rt.str(",")));
        int s = (int) rt.call("rt_sb_finish", sb);
        assertEquals("total: 1,234,567", rt.readStr(s));
        assertEquals(1, rt.memory.readInt(s + 12), "latin-1 text is stored one byte per code point");
        int wide = (int) rt.call("rt_sb_new");
        rt.call("rt_sb_add_char", wide, 0x1F600);
        assertEquals(4, rt.memory.readInt((int) rt.call("rt_sb_finish", wide) + 12));
    }

    @Test
    void twoBoxesOfNaNWhereIdentityDecidesStopTheProgram() {
        // CPython would answer by object identity, which unboxed floats do not keep: exit status 3.
        RuntimeInstance rt = new RuntimeInstance();
        int t = (int) rt.call("rt_tuple_new", 1);
        rt.call("rt_tuple_set", t, 0, rt.call("rt_box_float", RuntimeInstance.f(Double.NaN)));
        long other = rt.call("rt_box_float", RuntimeInstance.f(Double.NaN));
        var exit = org.junit.jupiter.api.Assertions.assertThrows(RuntimeInstance.Exit.class,
                () -> rt.call("rt_obj_contains", t | 1, other));
        assertEquals(3, exit.code);
    }

    @Test
    void identityIsKeptForContainersAndSmallIntsAndRefusedBetweenOtherEqualValuesOfCachedTypes() {
        RuntimeInstance rt = new RuntimeInstance();
        long a = rt.call("rt_list_new", 0) | 1;
        long b = rt.call("rt_list_new", 0) | 1;
        assertEquals(1, rt.call("rt_obj_is", a, a));
        assertEquals(0, rt.call("rt_obj_is", a, b), "two empty lists are two objects");
        assertEquals(1, rt.call("rt_obj_is", rt.call("rt_box_none"), rt.call("rt_box_none")));
        assertEquals(0, rt.call("rt_obj_is", rt.call("rt_box_bool", 1), 2L), "True is not 1");
        assertEquals(0, rt.call("rt_obj_is", 2L, 4L), "unequal ints are different objects");
        assertEquals(0, rt.call("rt_obj_is", rt.str("a") | 1, 2L));
        assertEquals(0, rt.call("rt_obj_is", rt.str("a") | 1, rt.str("b") | 1));
        assertEquals(1, rt.call("rt_obj_is", 6L, 6L), "3 is 3: CPython's small-int cache holds one 3");
        assertEquals(1, rt.call("rt_obj_is", -10L, -10L), "-5 is -5");
        assertEquals(1, rt.call("rt_obj_is", 512L, 512L), "256 is 256");
        assertUndecided(new RuntimeInstance(), 514L, 514L);
        assertUndecided(new RuntimeInstance(), -12L, -12L);
        assertUndecided(new RuntimeInstance(), 2000L, 2000L);
        RuntimeInstance strs = new RuntimeInstance();
        assertUndecided(strs, strs.str("ab") | 1, strs.str("ab") | 1);
        RuntimeInstance nans = new RuntimeInstance();
        long nan = nans.call("rt_box_float", RuntimeInstance.f(Double.NaN));
        assertUndecided(nans, nan, nans.call("rt_box_float", RuntimeInstance.f(Double.NaN)));
    }

    /** Two equal ints past the small-int cache, strs, ...: how each was made decides, so the program stops (status 3), never guesses. */
    private static void assertUndecided(RuntimeInstance rt, long a, long b) {
        var exit = assertThrows(RuntimeInstance.Exit.class, () -> rt.call("rt_obj_is", a, b));
        assertEquals(3, exit.code);
    }

    @Test
    void joinAndContainsOnTuples() {
        RuntimeInstance rt = new RuntimeInstance();
        int t = (int) rt.call("rt_tuple_new", 3);
        rt.call("rt_tuple_set", t, 0, rt.str("a") | 1);
        rt.call("rt_tuple_set", t, 1, rt.str("日本") | 1);
        rt.call("rt_tuple_set", t, 2, rt.str("") | 1);
        assertEquals("a, 日本, ", rt.readStr((int) rt.call("rt_str_join", rt.str(", "), t)));
        long nan = rt.call("rt_box_float", RuntimeInstance.f(Double.NaN));
        rt.call("rt_tuple_set", t, 2, nan);
        assertEquals(1, rt.call("rt_obj_contains", t | 1, nan), "the same object is found (identity first)");
        assertEquals(1, rt.call("rt_obj_contains", t | 1, rt.str("日本") | 1));
        rt.call("rt_str_join", rt.str("-"), t);
        int e = rt.takeException();
        assertEquals("sequence item 2: expected str instance, float found", rt.exceptionMessage(e));
    }

    @Test
    void printfFormattingWithAMapping() {
        RuntimeInstance rt = new RuntimeInstance();
        long d = rt.call("rt_dict_new");
        rt.call("rt_dict_set", d, rt.str("name") | 1, rt.str("Ada") | 1);
        rt.call("rt_dict_set", d, rt.str("e") | 1, rt.call("rt_box_float", RuntimeInstance.f(-0.169075164)));
        int s = (int) rt.call("rt_str_mod", rt.str("%(name)s: %(e).9f (%(e)+10.3e)"), d | 1);
        assertEquals("Ada: -0.169075164 (-1.691e-01)", rt.readStr(s));
        rt.call("rt_str_mod", rt.str("%(missing)s"), d | 1);
        int e = rt.takeException();
        assertEquals(20, rt.exceptionClass(e));
        assertEquals("'missing'", rt.exceptionMessage(e));
    }

    @Test
    void unicodeTablesAreUpToDate() throws Exception {
        Path tmp = Files.createTempFile("unicode", ".c");
        Process p = new ProcessBuilder("python3", "runtime/tools/gen_unicode.py", tmp.toString()).inheritIO().start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0);
        String fresh = Files.readString(tmp);
        Files.delete(tmp);
        assertEquals(fresh, Files.readString(Path.of("runtime/src/unicode_tables.c")),
                "runtime/src/unicode_tables.c is stale: run runtime/tools/gen_unicode.py runtime/src/unicode_tables.c");
    }
}
