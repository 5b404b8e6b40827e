package dev.waspy.wasm.binary;

import dev.waspy.wasm.model.Names;
import java.util.SortedMap;
import java.util.TreeMap;

/** Parses the "name" custom section's module, function and local name subsections. */
final class NameSectionReader {
    /** Subsection id of global names (extended name section, as written by wasm-ld). */
    static final int GLOBAL_NAMES = 7;

    private NameSectionReader() {
    }

    /** Fills {@code names}; returns false (leaving it empty) when the section does not parse. */
    static boolean read(byte[] contents, Names names) {
        ByteReader r = new ByteReader(contents);
        r.setSection("name");
        Names parsed = new Names();
        try {
            int lastId = -1;
            while (!r.atEnd()) {
                int id = r.u8();
                long size = r.unsigned(32);
                if (id <= lastId || size > r.limit() - r.pos()) {
                    return false;
                }
                lastId = id;
                int end = r.pos() + (int) size;
                int outer = r.pushLimit(end);
                switch (id) {
                    case 0 -> parsed.setModuleName(r.name());
                    case 1 -> parsed.functionNames().putAll(nameMap(r));
                    case 2 -> {
                        int n = r.count();
                        for (int i = 0; i < n; i++) {
                            int function = r.index();
                            parsed.localNames().put(function, nameMap(r));
                        }
                    }
                    case GLOBAL_NAMES -> parsed.globalNames().putAll(nameMap(r));
                    default -> parsed.otherSubsections().put(id, r.bytes(size));
                }
                if (r.pos() != end) {
                    return false;
                }
                r.restoreLimit(outer);
            }
        } catch (MalformedWasmException e) {
            return false;
        }
        names.setModuleName(parsed.moduleName());
        names.functionNames().putAll(parsed.functionNames());
        names.localNames().putAll(parsed.localNames());
        names.globalNames().putAll(parsed.globalNames());
        names.otherSubsections().putAll(parsed.otherSubsections());
        return true;
    }

    private static SortedMap<Integer, String> nameMap(ByteReader r) throws MalformedWasmException {
        SortedMap<Integer, String> map = new TreeMap<>();
        int n = r.count();
        for (int i = 0; i < n; i++) {
            int index = r.index();
            map.put(index, r.name());
        }
        return map;
    }
}
