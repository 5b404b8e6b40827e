package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import dev.waspy.middle.rt.AbiType;
import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.middle.rt.RuntimeFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The compiler's view of the runtime (the runtime function table, {@link Rt}, {@link ExcClass}) must be waspy.h's. */
class RuntimeHeaderTest {
    private static final Path HEADER = Path.of("runtime/include/waspy.h");

    private static String header() throws IOException {
        // Comments may hold prototypes of their own in examples; drop them first.
        return Files.readString(HEADER).replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** The ABI types a C type of waspy.h may stand for in the table. */
    private static Set<AbiType> abiTypes(String cType) {
        return switch (cType) {
            case "wint" -> Set.of(AbiType.INT);
            case "wobj" -> Set.of(AbiType.OBJ);
            case "int64_t", "uint64_t" -> Set.of(AbiType.I64);
            case "double" -> Set.of(AbiType.F64);
            case "uint32_t" -> Set.of(AbiType.U32, AbiType.BOOL, AbiType.PTR);
            case "int32_t" -> Set.of(AbiType.I32);
            case "wstr" -> Set.of(AbiType.STR);
            case "wtuple" -> Set.of(AbiType.TUPLE);
            case "wlist" -> Set.of(AbiType.LIST);
            case "wdict" -> Set.of(AbiType.DICT);
            case "wset" -> Set.of(AbiType.SET);
            case "wsb" -> Set.of(AbiType.SB);
            case "wexc" -> Set.of(AbiType.EXC);
            case "void" -> Set.of(AbiType.VOID);
            default -> throw new AssertionError("unmapped C type " + cType);
        };
    }

    /** Every exported prototype: name to its C types, result first. */
    private static Map<String, List<String>> prototypes() throws IOException {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*(\\w+)\\s+(rt_\\w+)\\s*\\(([^)]*)\\)\\s*;").matcher(header());
        while (m.find()) {
            List<String> types = new ArrayList<>(List.of(m.group(1)));
            String ps = m.group(3).strip();
            if (!ps.isEmpty() && !ps.equals("void")) {
                for (String p : ps.split(",")) types.add(p.strip().split("\\s+")[0]);
            }
            declared.put(m.group(2), types);
        }
        return declared;
    }

    @Test
    void typeIdsAreTheHeaders() throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        Matcher m = Pattern.compile("\\bT_(\\w+)\\s*=\\s*(\\d+)").matcher(header());
        while (m.find()) ids.put(m.group(1), Integer.parseInt(m.group(2)));
        for (var f : dev.waspy.middle.rt.RuntimeTypeIds.class.getFields()) {
            if (f.getType() != int.class) continue;
            try {
                assertEquals(ids.get(f.getName()), (Integer) f.getInt(null), "T_" + f.getName());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The table (runtime-functions.txt) and waspy.h list the same functions with the same
     * signatures: a function added to the runtime without its row, or a row without its C
     * function, fails here by name.
     */
    @Test
    void theRuntimeFunctionTableIsTheHeaders() throws IOException {
        Map<String, List<String>> declared = prototypes();
        List<String> problems = new ArrayList<>();
        for (var e : declared.entrySet()) {
            RuntimeFunction f = RuntimeFunctions.find(e.getKey()).orElse(null);
            if (f == null) {
                problems.add(e.getKey() + " is in waspy.h but has no row in runtime-functions.txt");
                continue;
            }
            List<AbiType> mine = new ArrayList<>(List.of(f.result()));
            mine.addAll(f.params());
            List<String> c = e.getValue();
            boolean same = mine.size() == c.size();
            for (int i = 0; same && i < c.size(); i++) same = abiTypes(c.get(i)).contains(mine.get(i));
            if (!same) problems.add(f.name() + ": waspy.h says " + c + ", the table " + mine.stream().map(AbiType::spelling).toList());
        }
        for (RuntimeFunction f : RuntimeFunctions.all()) {
            if (!declared.containsKey(f.name())) problems.add(f.name() + " has a row but is not in waspy.h");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFunctionTheCodeGeneratorNamesHasARow() {
        for (Rt rt : Rt.values()) assertNotNull(rt.fn(), rt.name());
    }

    /**
     * A comment block documents the prototype right after it (group comments such as "Binary
     * arithmetic ... Raise what the typed operation raises" are covered by marking the whole group);
     * a comment on the prototype's own line documents that one. Whatever the header says raises
     * (MemoryError aside, which compiled code does not check for yet) must be checked after a call.
     */
    @Test
    void everyFunctionTheHeaderSaysRaisesIsChecked() throws IOException {
        List<String> missing = new ArrayList<>();
        String block = "";
        Pattern proto = Pattern.compile("^\\s*\\w+\\s+(rt_\\w+)\\s*\\(.*");
        boolean inComment = false;
        StringBuilder comment = new StringBuilder();
        for (String line : Files.readAllLines(HEADER)) {
            String t = line.strip();
            if (inComment) {
                comment.append(' ').append(t);
                if (t.contains("*/")) {
                    inComment = false;
                    block = comment.toString();
                }
                continue;
            }
            if (t.startsWith("/*")) {
                comment.setLength(0);
                comment.append(t);
                if (t.contains("*/")) {
                    block = t;
                } else {
                    inComment = true;
                }
                continue;
            }
            if (t.isEmpty()) {
                block = "";
                continue;
            }
            Matcher m = proto.matcher(line);
            if (m.matches()) {
                String doc = block + " " + (line.contains("/*") ? line.substring(line.indexOf("/*")) : "");
                boolean raises = doc.replaceAll("Raises MemoryError[^.,]*", "").matches("(?s).*\\bRaises?\\b.*");
                RuntimeFunction f = RuntimeFunctions.find(m.group(1)).orElse(null);
                // A function without a row is reported by theRuntimeFunctionTableIsTheHeaders.
                if (f != null && raises && !f.mayRaise()) {
                    missing.add(f.name());
                }
                block = "";
            }
        }
        assertEquals(List.of(), missing, "documented to raise but without the raises flag in runtime-functions.txt");
    }

    @Test
    void exceptionClassIdsFollowTheHeadersEnum() throws IOException {
        Matcher m = Pattern.compile("(?s)EXC_BaseException = 1,(.*?)EXC_BUILTIN_COUNT").matcher(header());
        assertEquals(true, m.find());
        List<String> names = new ArrayList<>(List.of("BaseException"));
        for (String item : m.group(1).split(",")) {
            if (!item.isBlank()) {
                names.add(item.strip().substring("EXC_".length()));
            }
        }
        assertEquals(names, java.util.Arrays.stream(ExcClass.values()).map(Enum::name).toList());
    }
}
