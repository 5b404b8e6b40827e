package dev.waspy.middle.rt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of runtime functions, read once from {@code runtime-functions.txt} beside this class.
 * Each row: name, result, parameters (comma-separated, {@code -} for none), reads, writes (alias
 * classes, comma-separated, {@code any} for every class a boxed value can reach, {@code -} for
 * none), then flags ({@code alloc raises exits callback fresh}, or {@code -}), separated by spaces.
 */
public final class RuntimeFunctions {
    private static final String RESOURCE = "runtime-functions.txt";
    private static final Map<String, RuntimeFunction> TABLE = load();

    private RuntimeFunctions() {}

    /** The function with this waspy.h name; a name the table does not hold is a compiler bug. */
    public static RuntimeFunction get(String name) {
        RuntimeFunction f = TABLE.get(name);
        if (f == null) throw new IllegalStateException("no runtime function " + name + " in " + RESOURCE);
        return f;
    }

    public static Optional<RuntimeFunction> find(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    /** Every row, in the table's order. */
    public static Collection<RuntimeFunction> all() {
        return TABLE.values();
    }

    private static Map<String, RuntimeFunction> load() {
        try (InputStream in = RuntimeFunctions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Map<String, RuntimeFunction> table = new LinkedHashMap<>();
            int lineNo = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) continue;
                RuntimeFunction f = parse(row, lineNo);
                if (table.put(f.name(), f) != null) throw bad(lineNo, "second row for " + f.name());
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuntimeFunction parse(String row, int lineNo) {
        String[] c = row.split("\\s+");
        if (c.length < 6) throw bad(lineNo, "expected name, result, params, reads, writes, flags");
        List<AbiType> params = new ArrayList<>();
        if (!c[2].equals("-")) for (String p : c[2].split(",")) params.add(type(p, lineNo));
        Set<String> flags = new java.util.HashSet<>();
        for (int i = 5; i < c.length; i++) if (!c[i].equals("-")) flags.add(c[i]);
        for (String f : flags) {
            if (!Set.of("alloc", "raises", "exits", "callback", "fresh").contains(f)) throw bad(lineNo, "unknown flag " + f);
        }
        boolean callback = flags.contains("callback");
        Set<AliasClass> reads = classes(c[3], lineNo), writes = classes(c[4], lineNo);
        if (callback) {
            // Compiled code may do anything: read and write every class, raise, stop the program.
            reads = EnumSet.allOf(AliasClass.class);
            writes = EnumSet.allOf(AliasClass.class);
        }
        return new RuntimeFunction(c[0], type(c[1], lineNo), params, reads, writes,
                flags.contains("alloc"), callback || flags.contains("raises"), callback || flags.contains("exits"),
                callback, flags.contains("fresh"));
    }

    private static AbiType type(String s, int lineNo) {
        try {
            return AbiType.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(lineNo, "unknown type " + s);
        }
    }

    private static Set<AliasClass> classes(String s, int lineNo) {
        Set<AliasClass> set = EnumSet.noneOf(AliasClass.class);
        if (s.equals("-")) return set;
        for (String c : s.split(",")) {
            if (c.equals("any")) {
                set.addAll(AliasClass.ANY_OBJECT);
                continue;
            }
            try {
                set.add(AliasClass.valueOf(c.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw bad(lineNo, "unknown alias class " + c);
            }
        }
        return set;
    }

    private static IllegalStateException bad(int lineNo, String what) {
        return new IllegalStateException(RESOURCE + ":" + lineNo + ": " + what);
    }
}
