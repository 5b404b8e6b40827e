package dev.waspy.middle.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of the specialization table fits the primitive table, and the rows CPython forbids are absent. */
class TypedOpsTest {
    @Test
    void everyRowTypeChecksAgainstThePrimitives() {
        assertFalse(TypedOps.rows().isEmpty());
        for (TypedOps.Row r : TypedOps.rows()) {
            String what = r.generic().opName() + " " + r.operands();
            assertTrue(r.generic().opName().startsWith("obj."), what);
            assertEquals(r.generic().operands().size(), r.operands().size(), what);
            assertEquals(r.operands().size(), r.conversions().size(), what);
            if (r.identity()) {
                assertEquals(1, r.operands().size(), what);
            } else {
                for (int k = 0; k < r.operands().size(); k++) {
                    Prim conv = r.conversions().get(k);
                    IrType held = r.operands().get(k).repr();
                    if (conv != null) {
                        assertEquals(List.of(held), conv.operands(), what + ": conversion " + k);
                        held = conv.result();
                    }
                    assertEquals(r.typed().operands().get(k), held, what + ": operand " + k);
                }
            }
            IrType generic = r.generic().result();
            if (generic instanceof IrType.Obj) assertTrue(r.result().unboxed(), what + ": a typed result");
            else assertEquals(generic, r.result().repr(), what + ": the result keeps its IR type");
        }
    }

    @Test
    void rowsFollowCPython() {
        assertEquals(Prim.INT_ADD, TypedOps.lookup(Prim.OBJ_ADD, List.of(PyType.INT, PyType.INT)).typed());
        assertEquals(PyType.INT, TypedOps.lookup(Prim.OBJ_ADD, List.of(PyType.BOOL, PyType.BOOL)).result(), "True + True == 2");
        assertEquals(PyType.BOOL, TypedOps.lookup(Prim.OBJ_AND, List.of(PyType.BOOL, PyType.BOOL)).result(), "True & False is a bool");
        assertEquals(PyType.FLOAT, TypedOps.lookup(Prim.OBJ_TRUEDIV, List.of(PyType.INT, PyType.INT)).result());
        assertEquals(Prim.STR_CONCAT, TypedOps.lookup(Prim.OBJ_ADD, List.of(PyType.STR, PyType.STR)).typed());
        assertNull(TypedOps.lookup(Prim.OBJ_EQ, List.of(PyType.INT, PyType.FLOAT)), "2**53 + 1 == 2.0**53 is exact in CPython");
        assertNull(TypedOps.lookup(Prim.OBJ_LT, List.of(PyType.FLOAT, PyType.INT)));
        assertNull(TypedOps.lookup(Prim.OBJ_POW, List.of(PyType.INT, PyType.INT)), "2 ** -1 is a float");
        assertNull(TypedOps.lookup(Prim.OBJ_MUL, List.of(PyType.STR, PyType.INT)), "no typed repetition yet");
        assertNull(TypedOps.lookup(Prim.OBJ_ADD, List.of(PyType.INT, PyType.OBJECT)));
    }

    @Test
    void theLatticeIsFlat() {
        assertEquals(PyType.INT, PyType.BOTTOM.join(PyType.INT));
        assertEquals(PyType.INT, PyType.INT.join(PyType.BOTTOM));
        assertEquals(PyType.OBJECT, PyType.INT.join(PyType.FLOAT));
        assertEquals(PyType.OBJECT, PyType.BOOL.join(PyType.INT), "a bool and an int: the join is object, not int");
        assertEquals(IrType.OBJ, PyType.NONE.repr());
        assertEquals(IrType.FLOAT, PyType.FLOAT.repr());
    }
}
