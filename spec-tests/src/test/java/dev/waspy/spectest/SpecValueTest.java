package dev.waspy.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's comparisons are exact: bit patterns, and NaN classes exactly as the spec defines them. */
class SpecValueTest {
    private static SpecValue v(String type, String value) {
        return new SpecValue(type, value);
    }

    @Test
    void floatsCompareByBits() {
        assertTrue(v("f32", "2147483648").matches(0x8000_0000L));      // -0.0
        assertFalse(v("f32", "2147483648").matches(0));                 // +0.0 is not -0.0
        assertTrue(v("f64", "9221120237041090560").matches(0x7FF8_0000_0000_0000L));
        assertFalse(v("f64", "9221120237041090560").matches(0x7FF8_0000_0000_0001L));
    }

    @Test
    void nanClassesAreTheSpecs() {
        assertTrue(v("f32", "nan:canonical").matches(0x7FC0_0000L));
        assertTrue(v("f32", "nan:canonical").matches(0xFFC0_0000L));
        assertFalse(v("f32", "nan:canonical").matches(0x7FE0_0000L));  // quiet but not canonical
        assertTrue(v("f32", "nan:arithmetic").matches(0x7FE0_0000L));
        assertFalse(v("f32", "nan:arithmetic").matches(0x7FA0_0000L)); // signalling
        assertFalse(v("f32", "nan:arithmetic").matches(0x7F80_0000L)); // infinity
        assertTrue(v("f64", "nan:arithmetic").matches(0xFFF8_0000_0000_0001L));
        assertFalse(v("f64", "nan:arithmetic").matches(0x7FF4_0000_0000_0000L));
        assertTrue(v("f64", "nan:arithmetic").isSignallingNanFor(0x7FF4_0000_0000_0000L));
        assertFalse(v("f64", "nan:arithmetic").isSignallingNanFor(0x7FF8_0000_0000_0000L));
        assertFalse(v("f64", "0").isSignallingNanFor(0x7FF4_0000_0000_0000L));
    }

    @Test
    void integersAreUnsignedDecimalsAndReferencesNullOrHost() {
        assertEquals(-1L, v("i32", "4294967295").toChicory() | 0xFFFF_FFFF_0000_0000L);
        assertTrue(v("i32", "4294967295").matches(-1L));
        assertTrue(v("i64", "18446744073709551615").matches(-1L));
        assertTrue(v("externref", "null").matches(-1L));
        assertFalse(v("externref", "0").matches(-1L));
        assertTrue(v("funcref", null).matches(3));
        assertFalse(v("funcref", null).matches(-1L));
    }

    @Test
    void jsonReadsWast2JsonShapes() {
        Object parsed = Json.parse("{\"commands\": [{\"type\": \"module\", \"line\": 3, \"a\\\"b\": [true, null]}]}");
        Map<?, ?> cmd = (Map<?, ?>) ((List<?>) ((Map<?, ?>) parsed).get("commands")).get(0);
        assertEquals("module", cmd.get("type"));
        assertEquals(3L, cmd.get("line"));
        assertEquals(java.util.Arrays.asList(true, null), cmd.get("a\"b"));
    }
}
