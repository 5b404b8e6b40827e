// Calls the library through the generated Java class (LibraryBindingsTest): the same calls as
// driver.py, whose CPython output is the expectation, then the host boundary's own cases.

import com.dylibso.chicory.wasi.WasiOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

public final class LibDriver {
    private LibDriver() {}

    public static String run(byte[] wasm) {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Lib lib = new Lib(wasm, WasiOptions.builder().withStdout(out).withStderr(out).build())) {
            call(out, "add", () -> lib.add(2, 40));
            call(out, "add", () -> lib.add(-(1L << 62), (1L << 62) - 1));
            call(out, "count_calls", lib::count_calls);
            call(out, "mean", () -> lib.mean(List.of(1.5, 2.5, 4.0)));
            call(out, "mean", () -> lib.mean(List.of()));
            call(out, "scale", () -> lib.scale(List.of(0.5, -1.25), 3.0));
            call(out, "total", () -> lib.total(List.of(1L, 2L, 3L, -4L)));
            call(out, "squares", () -> lib.squares(5));
            call(out, "greet", () -> lib.greet("wörld 🐍"));
            call(out, "words", () -> lib.words("  split   these words "));
            call(out, "shout", () -> lib.shout(List.of("a", "bé", "c")));
            call(out, "is_even", () -> lib.is_even(10));
            call(out, "is_even", () -> lib.is_even(7));
            call(out, "negate", () -> lib.negate(true));
            call(out, "div", () -> lib.div(7, 2));
            call(out, "div", () -> lib.div(1, 0));
            call(out, "default", () -> lib.default_(4));
            call(out, "log", () -> {
                lib.log("hi");
                return null;
            });
            call(out, "pick", () -> lib.pick("abc", 5));
            call(out, "count_calls", lib::count_calls);
            out.println("--- host boundary");
            call(out, "big", () -> lib.big(62));
            call(out, "big", () -> lib.big(63));
            call(out, "add", () -> lib.add(1L << 62, 1L << 62));
            call(out, "looks_int", () -> lib.looks_int(true));
            call(out, "looks_int", () -> lib.looks_int(false));
            call(out, "greet", () -> lib.greet("x".repeat(20_000_000)));
            for (int i = 0; i < 300; i++) {
                lib.greet("x".repeat(2000));
            }
            call(out, "count_calls", lib::count_calls);
            call(out, "stop", () -> {
                lib.stop(3);
                return null;
            });
            call(out, "add", () -> lib.add(1, 2));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void call(PrintStream out, String name, Supplier<Object> f) {
        try {
            out.println(name + ": " + show(f.get()));
        } catch (Lib.PythonException | IllegalStateException e) {
            out.println(name + ": " + e.getMessage());
        }
    }

    private static String show(Object v) {
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : l) {
                sb.append(sb.length() > 1 ? ", " : "").append(show(x));
            }
            return sb.append(']').toString();
        }
        return v == null ? "None" : String.valueOf(v);
    }
}
