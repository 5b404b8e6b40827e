package dev.waspy.wasm.binary;

import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.CustomSection;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementMode;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.Names;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a {@link Module} in the binary format. Empty sections are left out; custom sections go
 * back where they were read ({@link CustomSection#after()}); the name section, when the module has
 * names, goes after the data section ahead of any other trailing custom section.
 */
public final class WasmWriter {
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private WasmWriter() {
    }

    public static byte[] write(Module module) {
        ByteWriter out = new ByteWriter();
        out.bytes(HEADER);
        customsAfter(module, SectionId.CUSTOM, out);
        for (int id : SectionId.ORDER) {
            ByteWriter body = sectionBody(module, id);
            if (body != null) {
                out.u8(id);
                out.vecBytes(body.toByteArray());
            }
            if (id == SectionId.DATA && !module.names().isEmpty()) {
                custom("name", names(module.names()), out);
            }
            customsAfter(module, id, out);
        }
        return out.toByteArray();
    }

    private static void customsAfter(Module module, int id, ByteWriter out) {
        for (CustomSection c : module.customSections()) {
            if (c.after() == id) {
                custom(c.name(), c.contents(), out);
            }
        }
    }

    private static void custom(String name, byte[] contents, ByteWriter out) {
        ByteWriter body = new ByteWriter();
        body.name(name);
        body.bytes(contents);
        out.u8(SectionId.CUSTOM);
        out.vecBytes(body.toByteArray());
    }

    /** The body of section {@code id}, or null when the module has nothing for it. */
    private static ByteWriter sectionBody(Module m, int id) {
        ByteWriter w = new ByteWriter();
        switch (id) {
            case SectionId.TYPE -> {
                if (m.types().isEmpty()) {
                    return null;
                }
                w.u32(m.types().size());
                for (FuncType t : m.types()) {
                    w.u8(0x60);
                    valTypes(t.params(), w);
                    valTypes(t.results(), w);
                }
            }
            case SectionId.IMPORT -> {
                if (m.imports().isEmpty()) {
                    return null;
                }
                w.u32(m.imports().size());
                for (Import imp : m.imports()) {
                    w.name(imp.module());
                    w.name(imp.name());
                    w.u8(imp.desc().kind().code());
                    switch (imp.desc()) {
                        case ImportDesc.Func f -> w.u32(f.typeIndex());
                        case ImportDesc.Table t -> tableType(t.type(), w);
                        case ImportDesc.Memory mem -> limits(mem.type().limits(), w);
                        case ImportDesc.Global g -> globalType(g.type(), w);
                    }
                }
            }
            case SectionId.FUNCTION -> {
                if (m.functions().isEmpty()) {
                    return null;
                }
                w.u32(m.functions().size());
                for (Function f : m.functions()) {
                    w.u32(f.typeIndex());
                }
            }
            case SectionId.TABLE -> {
                if (m.tables().isEmpty()) {
                    return null;
                }
                w.u32(m.tables().size());
                for (TableType t : m.tables()) {
                    tableType(t, w);
                }
            }
            case SectionId.MEMORY -> {
                if (m.memories().isEmpty()) {
                    return null;
                }
                w.u32(m.memories().size());
                for (MemoryType mem : m.memories()) {
                    limits(mem.limits(), w);
                }
            }
            case SectionId.GLOBAL -> {
                if (m.globals().isEmpty()) {
                    return null;
                }
                w.u32(m.globals().size());
                for (Global g : m.globals()) {
                    globalType(g.type(), w);
                    expr(g.init(), w);
                }
            }
            case SectionId.EXPORT -> {
                if (m.exports().isEmpty()) {
                    return null;
                }
                w.u32(m.exports().size());
                for (Export e : m.exports()) {
                    w.name(e.name());
                    w.u8(e.kind().code());
                    w.u32(e.index());
                }
            }
            case SectionId.START -> {
                if (m.start() == null) {
                    return null;
                }
                w.u32(m.start());
            }
            case SectionId.ELEMENT -> {
                if (m.elements().isEmpty()) {
                    return null;
                }
                w.u32(m.elements().size());
                for (ElementSegment e : m.elements()) {
                    element(e, w);
                }
            }
            case SectionId.DATA_COUNT -> {
                if (m.dataCount() == null) {
                    return null;
                }
                w.u32(m.dataCount());
            }
            case SectionId.CODE -> {
                if (m.functions().isEmpty()) {
                    return null;
                }
                w.u32(m.functions().size());
                for (Function f : m.functions()) {
                    w.vecBytes(code(f));
                }
            }
            case SectionId.DATA -> {
                if (m.data().isEmpty()) {
                    return null;
                }
                w.u32(m.data().size());
                for (DataSegment d : m.data()) {
                    data(d, w);
                }
            }
            default -> throw new IllegalArgumentException("no section " + id);
        }
        return w;
    }

    private static void valTypes(List<ValType> types, ByteWriter w) {
        w.u32(types.size());
        for (ValType t : types) {
            w.u8(t.code());
        }
    }

    private static void limits(Limits l, ByteWriter w) {
        w.u8(l.hasMax() ? 1 : 0);
        w.u32(l.min());
        if (l.hasMax()) {
            w.u32(l.max());
        }
    }

    private static void tableType(TableType t, ByteWriter w) {
        w.u8(t.elemType().code());
        limits(t.limits(), w);
    }

    private static void globalType(GlobalType g, ByteWriter w) {
        w.u8(g.type().code());
        w.u8(g.mutable() ? 1 : 0);
    }

    private static void expr(ConstExpr e, ByteWriter w) {
        for (Instruction i : e.instructions()) {
            InstructionEncoder.encode(i, w);
        }
    }

    /**
     * Chooses the most compact of the eight segment encodings (flags 0-7): bit 0 passive or
     * declarative, bit 1 explicit table index (or declarative), bit 2 expressions instead of
     * function indices.
     */
    private static void element(ElementSegment e, ByteWriter w) {
        boolean exprs = e.items() instanceof ElementItems.Expressions;
        int flags = exprs ? 4 : 0;
        switch (e.mode()) {
            case ElementMode.Active a -> {
                boolean implicit = a.tableIndex() == 0 && e.type() == ValType.FUNCREF;
                if (!implicit) {
                    flags |= 2;
                }
                w.u8(flags);
                if (!implicit) {
                    w.u32(a.tableIndex());
                }
                expr(a.offset(), w);
                if (!implicit) {
                    elemKind(e.type(), exprs, w);
                }
            }
            case ElementMode.Passive p -> {
                w.u8(flags | 1);
                elemKind(e.type(), exprs, w);
            }
            case ElementMode.Declarative d -> {
                w.u8(flags | 3);
                elemKind(e.type(), exprs, w);
            }
        }
        switch (e.items()) {
            case ElementItems.FuncIndices f -> {
                w.u32(f.indices().size());
                for (int index : f.indices()) {
                    w.u32(index);
                }
            }
            case ElementItems.Expressions x -> {
                w.u32(x.exprs().size());
                for (ConstExpr item : x.exprs()) {
                    expr(item, w);
                }
            }
        }
    }

    /** Function-index segments carry an elemkind byte (0x00 = funcref); expression segments a reftype. */
    private static void elemKind(ValType type, boolean exprs, ByteWriter w) {
        w.u8(exprs ? type.code() : 0x00);
    }

    private static byte[] code(Function f) {
        ByteWriter w = new ByteWriter();
        List<ValType> locals = f.locals();
        int groups = 0;
        for (int i = 0; i < locals.size(); i++) {
            if (i == 0 || locals.get(i) != locals.get(i - 1)) {
                groups++;
            }
        }
        w.u32(groups);
        int i = 0;
        while (i < locals.size()) {
            int j = i;
            while (j < locals.size() && locals.get(j) == locals.get(i)) {
                j++;
            }
            w.u32(j - i);
            w.u8(locals.get(i).code());
            i = j;
        }
        for (Instruction instr : f.body()) {
            InstructionEncoder.encode(instr, w);
        }
        return w.toByteArray();
    }

    private static void data(DataSegment d, ByteWriter w) {
        switch (d.mode()) {
            case DataMode.Active a -> {
                if (a.memoryIndex() == 0) {
                    w.u8(0);
                } else {
                    w.u8(2);
                    w.u32(a.memoryIndex());
                }
                expr(a.offset(), w);
            }
            case DataMode.Passive p -> w.u8(1);
        }
        w.vecBytes(d.bytes());
    }

    private static byte[] names(Names names) {
        ByteWriter w = new ByteWriter();
        if (names.moduleName() != null) {
            ByteWriter sub = new ByteWriter();
            sub.name(names.moduleName());
            subsection(0, sub, w);
        }
        if (!names.functionNames().isEmpty()) {
            ByteWriter sub = new ByteWriter();
            nameMap(names.functionNames(), sub);
            subsection(1, sub, w);
        }
        if (!names.localNames().isEmpty()) {
            ByteWriter sub = new ByteWriter();
            sub.u32(names.localNames().size());
            for (Map.Entry<Integer, SortedMap<Integer, String>> e : names.localNames().entrySet()) {
                sub.u32(e.getKey());
                nameMap(e.getValue(), sub);
            }
            subsection(2, sub, w);
        }
        // Subsections go in increasing id order: raw ones below 7, global names, raw ones above.
        for (Map.Entry<Integer, byte[]> e : names.otherSubsections().headMap(NameSectionReader.GLOBAL_NAMES).entrySet()) {
            w.u8(e.getKey());
            w.vecBytes(e.getValue());
        }
        if (!names.globalNames().isEmpty()) {
            ByteWriter sub = new ByteWriter();
            nameMap(names.globalNames(), sub);
            subsection(NameSectionReader.GLOBAL_NAMES, sub, w);
        }
        for (Map.Entry<Integer, byte[]> e : names.otherSubsections().tailMap(NameSectionReader.GLOBAL_NAMES + 1).entrySet()) {
            w.u8(e.getKey());
            w.vecBytes(e.getValue());
        }
        return w.toByteArray();
    }

    private static void nameMap(SortedMap<Integer, String> map, ByteWriter w) {
        w.u32(map.size());
        for (Map.Entry<Integer, String> e : map.entrySet()) {
            w.u32(e.getKey());
            w.name(e.getValue());
        }
    }

    private static void subsection(int id, ByteWriter body, ByteWriter w) {
        w.u8(id);
        w.vecBytes(body.toByteArray());
    }
}
