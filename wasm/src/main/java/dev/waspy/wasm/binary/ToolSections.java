package dev.waspy.wasm.binary;

import dev.waspy.wasm.model.CustomSection;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.Producers;
import dev.waspy.wasm.model.TargetFeatures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The binary form of the tool-convention custom sections {@code producers} and
 * {@code target_features}. A module keeps them as raw {@link CustomSection}s (so a module read and
 * written again is unchanged); this class turns them into {@link Producers} and
 * {@link TargetFeatures} and back, and puts them at the end of a module, where wasm-ld puts them.
 */
public final class ToolSections {
    private ToolSections() {}

    public static byte[] encode(TargetFeatures features) {
        ByteWriter w = new ByteWriter();
        w.u32(features.entries().size());
        for (TargetFeatures.Entry e : features.entries()) {
            w.u8(e.prefix());
            w.name(e.name());
        }
        return w.toByteArray();
    }

    public static TargetFeatures decodeTargetFeatures(byte[] contents) throws MalformedWasmException {
        ByteReader r = reader(contents, TargetFeatures.SECTION);
        int n = r.count();
        List<TargetFeatures.Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int prefix = r.u8();
            if (prefix != '+' && prefix != '-' && prefix != '=') {
                throw r.error("feature prefix must be '+', '-' or '=', found 0x" + Integer.toHexString(prefix));
            }
            entries.add(new TargetFeatures.Entry((char) prefix, r.name()));
        }
        end(r);
        return new TargetFeatures(entries);
    }

    public static byte[] encode(Producers producers) {
        ByteWriter w = new ByteWriter();
        w.u32(producers.fields().size());
        for (var field : producers.fields().entrySet()) {
            w.name(field.getKey());
            w.u32(field.getValue().size());
            for (Producers.Tool t : field.getValue()) {
                w.name(t.name());
                w.name(t.version());
            }
        }
        return w.toByteArray();
    }

    public static Producers decodeProducers(byte[] contents) throws MalformedWasmException {
        ByteReader r = reader(contents, Producers.SECTION);
        Map<String, List<Producers.Tool>> fields = new LinkedHashMap<>();
        int n = r.count();
        for (int i = 0; i < n; i++) {
            String field = r.name();
            int tools = r.count();
            List<Producers.Tool> list = new ArrayList<>(tools);
            for (int k = 0; k < tools; k++) {
                list.add(new Producers.Tool(r.name(), r.name()));
            }
            if (fields.put(field, list) != null) {
                throw r.error("field '" + field + "' appears twice");
            }
        }
        end(r);
        return new Producers(fields);
    }

    /** Sets the module's producers section, replacing one it had. */
    public static void put(Module module, Producers producers) {
        put(module, Producers.SECTION, encode(producers));
    }

    /** Sets the module's target_features section, replacing one it had. */
    public static void put(Module module, TargetFeatures features) {
        put(module, TargetFeatures.SECTION, encode(features));
    }

    public static Optional<Producers> producers(Module module) throws MalformedWasmException {
        Optional<byte[]> raw = find(module, Producers.SECTION);
        return raw.isEmpty() ? Optional.empty() : Optional.of(decodeProducers(raw.get()));
    }

    public static Optional<TargetFeatures> targetFeatures(Module module) throws MalformedWasmException {
        Optional<byte[]> raw = find(module, TargetFeatures.SECTION);
        return raw.isEmpty() ? Optional.empty() : Optional.of(decodeTargetFeatures(raw.get()));
    }

    private static Optional<byte[]> find(Module module, String name) {
        return module.customSections().stream().filter(c -> c.name().equals(name)).map(CustomSection::contents)
                .findFirst();
    }

    private static void put(Module module, String name, byte[] contents) {
        module.customSections().removeIf(c -> c.name().equals(name));
        module.customSections().add(new CustomSection(name, contents, CustomSection.AT_END));
    }

    private static ByteReader reader(byte[] contents, String section) {
        ByteReader r = new ByteReader(contents);
        r.setSection(section);
        return r;
    }

    private static void end(ByteReader r) throws MalformedWasmException {
        if (!r.atEnd()) {
            throw r.error("unexpected bytes after the last entry");
        }
    }
}
