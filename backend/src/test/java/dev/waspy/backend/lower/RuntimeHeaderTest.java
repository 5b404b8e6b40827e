package dev.waspy.backend.lower;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The code generator's view of the runtime ({@link Rt}, {@link ExcClass}) must be waspy.h's. */
class RuntimeHeaderTest {
    private static final Path HEADER = Path.of("runtime/include/waspy.h");

    private static String header() throws IOException {
        // Comments may hold prototypes of their own in examples; drop them first.
        return Files.readString(HEADER).replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String wasmType(String cType) {
        return switch (cType) {
            case "wint", "wobj", "int64_t", "uint64_t" -> "i64";
            case "double" -> "f64";
            case "uint32_t", "int32_t" -> "i32";
            // Every other w-type is a pointer to a heap object (wstr, wtuple, wlist, ...).
            default -> {
                if (cType.startsWith("w")) {
                    yield "i32";
                }
                throw new AssertionError("unmapped C type " + cType);
            }
        };
    }

    @Test
    void typeIdsAreTheHeaders() throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        Matcher m = Pattern.compile("\\bT_(\\w+)\\s*=\\s*(\\d+)").matcher(header());
        while (m.find()) ids.put(m.group(1), Integer.parseInt(m.group(2)));
        for (var f : dev.waspy.frontend.types.RuntimeTypeIds.class.getFields()) {
            if (f.getType() != int.class) continue;
            try {
                assertEquals(ids.get(f.getName()), (Integer) f.getInt(null), "T_" + f.getName());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void everyRuntimeFunctionHasTheHeadersSignature() throws IOException {
        Map<String, String> declared = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*(\\w+)\\s+(rt_\\w+)\\s*\\(([^)]*)\\)\\s*;").matcher(header());
        while (m.find()) {
            List<String> params = new ArrayList<>();
            String ps = m.group(3).strip();
            if (!ps.isEmpty() && !ps.equals("void")) {
                for (String p : ps.split(",")) {
                    params.add(wasmType(p.strip().split("\\s+")[0]));
                }
            }
            String result = m.group(1).equals("void") ? "" : wasmType(m.group(1));
            declared.put(m.group(2), params + " -> " + result);
        }
        for (Rt rt : Rt.values()) {
            String sig = declared.get(rt.symbol());
            assertNotNull(sig, rt.symbol() + " is not in waspy.h");
            String mine = rt.type().params().stream().map(Object::toString).toList() + " -> "
                    + String.join("", rt.type().results().stream().map(Object::toString).toList());
            assertEquals(sig, mine, rt.symbol());
        }
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
                Rt rt = java.util.Arrays.stream(Rt.values()).filter(r -> r.symbol().equals(m.group(1)))
                        .findFirst().orElse(null);
                // A function Rt does not list yet is never called by compiled code.
                if (rt != null && raises && !rt.mayRaise()) {
                    missing.add(rt.symbol());
                }
                block = "";
            }
        }
        assertEquals(List.of(), missing, "documented to raise but not marked mayRaise in Rt");
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
