package dev.waspy.backend.link;

import dev.waspy.backend.runtime.RuntimeLibrary;
import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime function table's {@code callback} flag against runtime.wasm itself: a function
 * whose call graph reaches an import of {@code waspy_prog} (the runtime calling compiled code, or a
 * hook into class.c, which does)
 * must say so, since a pass trusts the row (a callback reads and writes anything).
 */
class RuntimeCallbackTest {
    /** Hooks into class.c that only read: a class's name, the value of the last __next__ step, whether a value is callable. */
    private static final java.util.Set<String> NEVER_CALL_BACK = java.util.Set.of("class_type_name", "class_iter_value", "class_callable");

    @Test
    void everyFunctionThatMayCallCompiledCodeIsFlagged() {
        Module rt = RuntimeLibrary.module();
        // waspy_prog.call, and the hooks through which other files reach class.c, which calls back
        BitSet fromProgram = new BitSet();
        int fi = 0;
        for (Import imp : rt.imports()) {
            if (!(imp.desc() instanceof ImportDesc.Func)) continue;
            if (imp.module().equals(Linker.PROGRAM_MODULE) && !NEVER_CALL_BACK.contains(imp.name())) fromProgram.set(fi);
            fi++;
        }
        assertTrue(fromProgram.cardinality() > 1, "runtime.wasm imports waspy_prog.call and the class hooks");
        List<String> missing = new ArrayList<>();
        for (Export e : rt.exports()) {
            if (e.kind() != ExternKind.FUNC || !e.name().startsWith("rt_")) continue;
            BitSet roots = new BitSet();
            roots.set(e.index());
            boolean reaches = Reachability.from(rt, roots).intersects(fromProgram);
            RuntimeFunction row = RuntimeFunctions.get(e.name());
            if (reaches && !row.callsBack()) missing.add(e.name());
        }
        assertEquals(List.of(), missing, "rows of runtime-functions.txt that need the callback flag");
    }
}
