package dev.waspy.middle.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table reads, its rows are consistent, and a name it lacks is a clear error. (The backend checks it against waspy.h.) */
class RuntimeFunctionsTest {
    @Test
    void anUnknownNameIsAnErrorNamingIt() {
        var e = assertThrows(IllegalStateException.class, () -> RuntimeFunctions.get("rt_no_such_thing"));
        assertTrue(e.getMessage().contains("rt_no_such_thing"), e.getMessage());
    }

    @Test
    void aMalformedRowIsAnErrorWithItsLine() {
        var e = assertThrows(IllegalStateException.class,
                () -> RuntimeFunctions.parse("rt_x int str - list_itemz -", 7));
        assertTrue(e.getMessage().contains(":7: unknown alias class list_itemz"), e.getMessage());
    }

    @Test
    void rowsAreConsistent() {
        List<String> bad = new ArrayList<>();
        for (RuntimeFunction f : RuntimeFunctions.all()) {
            if (!f.name().startsWith("rt_")) bad.add(f.name() + ": not an rt_ name");
            if (f.params().contains(AbiType.VOID)) bad.add(f.name() + ": a void parameter");
            // A fresh object is allocated, and is an object.
            if (f.fresh() && !f.allocates()) bad.add(f.name() + ": fresh but does not allocate");
            if (f.fresh() && Set.of(AbiType.VOID, AbiType.INT, AbiType.I64, AbiType.F64, AbiType.BOOL, AbiType.U32,
                    AbiType.I32).contains(f.result())) bad.add(f.name() + ": fresh result of type " + f.result());
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void effectsOfKnownFunctions() {
        RuntimeFunction upper = RuntimeFunctions.get("rt_str_upper");
        assertTrue(upper.isPure(), "str.upper reads nothing mutable and cannot raise");
        assertTrue(upper.needsExceptionCheck(), "it allocates, so MemoryError is possible");
        RuntimeFunction len = RuntimeFunctions.get("rt_list_len");
        assertEquals(Set.of(AliasClass.LIST_LENGTH), len.reads());
        assertTrue(len.removableWhenUnused());
        assertFalse(len.needsExceptionCheck());
        RuntimeFunction append = RuntimeFunctions.get("rt_list_append");
        assertTrue(append.writes().contains(AliasClass.LIST_ITEMS));
        assertFalse(append.removableWhenUnused());
        assertFalse(RuntimeFunctions.get("rt_str_index_in").removableWhenUnused(), "may raise ValueError");
        assertFalse(RuntimeFunctions.get("rt_obj_eq").removableWhenUnused(), "two NaN boxes stop the program");
        assertTrue(RuntimeFunctions.get("rt_write_str").writes().contains(AliasClass.OUTPUT));
        assertEquals(List.of(AbiType.LIST, AbiType.INT, AbiType.OBJ), RuntimeFunctions.get("rt_list_set").params());
    }
}
