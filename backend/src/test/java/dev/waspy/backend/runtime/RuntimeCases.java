package dev.waspy.backend.runtime;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The differential cases of src/test/python/runtime_cases.py, produced by running python3 now. */
record RuntimeCases(List<Case> cases) {
    record Case(String op, List<String> args, List<String> accepted, String line) {
    }

    static RuntimeCases generate(long seed, double scale) throws IOException, InterruptedException {
        List<Case> cases = new ArrayList<>(run(Path.of("src/test/python/runtime_cases.py"), seed, scale));
        cases.addAll(run(Path.of("src/test/python/runtime_container_cases.py"), seed, scale));
        return new RuntimeCases(cases);
    }

    private static List<Case> run(Path script, long seed, double scale) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", script.toString(), Long.toString(seed), Double.toString(scale))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(script.getFileName() + " failed (is python3 3.11 on the PATH?)");
        }
        List<Case> cases = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            cases.add(new Case(f[0], List.of(f).subList(1, f.length - 1), List.of(f[f.length - 1].split("\\|")), line));
        }
        return cases;
    }

    static String text(String hex) {
        return Wtf8.decode(HexFormat.of().parseHex(hex));
    }

    /** Converts a typed field (i:, x:, f:, s:, b:, n:) into the runtime value it denotes. */
    static long arg(RuntimeInstance rt, String field) {
        String v = field.substring(2);
        return switch (field.charAt(0)) {
            case 'i' -> rt.integer(new BigInteger(v));
            case 'x' -> rt.integer(new BigInteger(v, 16));
            case 'f' -> Long.parseUnsignedLong(v, 16);
            case 's' -> rt.str(text(v));
            case 'b' -> Long.parseLong(v);
            case 'l' -> list(rt, v);
            default -> throw new IllegalArgumentException("bad field " + field);
        };
    }

    private static long list(RuntimeInstance rt, String items) {
        long l = rt.call("rt_list_new", 0);
        if (!items.isEmpty()) {
            for (String item : items.split(",")) {
                rt.call("rt_list_append", l, boxed(rt, item));
            }
        }
        return l;
    }

    /** The field as a boxed value (ABI.md): what a slot of unknown static type holds. */
    static long boxed(RuntimeInstance rt, String field) {
        return switch (field.charAt(0)) {
            case 'i', 'x' -> arg(rt, field);
            case 'f' -> rt.call("rt_box_float", arg(rt, field));
            case 's' -> arg(rt, field) | 1;
            case 'b' -> rt.call("rt_box_bool", arg(rt, field));
            case 'n' -> rt.call("rt_box_none");
            case 'l' -> arg(rt, field) | 1;
            default -> throw new IllegalArgumentException("bad field " + field);
        };
    }

    /** A human-readable rendering of a field or an expectation, for failure messages. */
    static String show(String field) {
        if (field.startsWith("s:")) {
            return '"' + text(field.substring(2)).replace("\n", "\\n") + '"';
        }
        if (field.startsWith("f:")) {
            return Double.toString(Double.longBitsToDouble(Long.parseUnsignedLong(field.substring(2), 16)));
        }
        if (field.startsWith("E:")) {
            String[] p = field.split(":", 3);
            return p[1] + ": " + text(p[2]);
        }
        return field;
    }
}
