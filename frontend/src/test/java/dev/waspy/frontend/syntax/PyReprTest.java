package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.frontend.syntax.ast.PyComplex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Float and complex repr against CPython's, over random bit patterns and edge values. */
class PyReprTest {
    @Test
    void floatAndComplexReprMatchCPython() throws Exception {
        Random rnd = new Random(7);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 1e-4, 1e-5, 5e-324, 1e-323,
                Double.MAX_VALUE, Double.MIN_NORMAL, 123456789.0, 1.5e300, 2.5, 9.999999999999999e22,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
        for (int i = 0; i < 3000; i++) {
            values.add(Double.longBitsToDouble(rnd.nextLong()));
            values.add((double) rnd.nextInt(1_000_000) / Math.pow(10, rnd.nextInt(12)));
            values.add(Double.longBitsToDouble(rnd.nextLong() & 0x000F_FFFF_FFFF_FFFFL));
        }
        StringBuilder hex = new StringBuilder();
        for (double d : values) {
            hex.append(String.format("%016x%n", Double.doubleToRawLongBits(d)));
        }
        String code = "import struct, sys\nfor h in sys.stdin.read().split():\n"
                + "    x = struct.unpack('>d', bytes.fromhex(h))[0]\n"
                + "    print(repr(x), repr(complex(0.0, x)), repr(complex(x, 1.0)))\n";
        String[] lines = CPythonOracle.eval(code, hex.toString()).split("\n");
        assertEquals(values.size(), lines.length);
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i);
            String mine = PyRepr.floatRepr(d) + " " + PyRepr.complexRepr(new PyComplex(0.0, d)) + " "
                    + PyRepr.complexRepr(new PyComplex(d, 1.0));
            assertEquals(lines[i], mine, "repr of " + Double.doubleToRawLongBits(d));
        }
    }

    @Test
    void strAndBytesRepr() {
        assertEquals("'a\\'b\"'", PyRepr.repr("a'b\""));
        assertEquals("\"a'b\"", PyRepr.repr("a'b"));
        assertEquals("'\\x00\\x7f\\t\\n\\r\\\\é\\u200b\\U000e0001😀'", PyRepr.repr("\0\u007f\t\n\r\\é\u200b\uDB40\uDC01😀"));
        assertEquals("b'\\x00\\xff\\'\"'", PyRepr.repr(new dev.waspy.frontend.syntax.ast.PyBytes(new byte[] {0, -1, '\'', '"'})));
    }
}
