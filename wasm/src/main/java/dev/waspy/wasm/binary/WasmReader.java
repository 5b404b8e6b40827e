package dev.waspy.wasm.binary;

import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.CustomSection;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementMode;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a binary module into the model, rejecting anything the binary format does not allow
 * (the spec's "malformed" modules) with a {@link MalformedWasmException}. Validation (types,
 * indices) is the {@code Validator}'s job, so a well-formed but invalid module reads fine.
 */
public final class WasmReader {
    /** Engines cap locals per function; so does Waspy, well above anything real code needs. */
    static final long MAX_LOCALS = 50_000;

    private final ByteReader r;
    private final Module module = new Module();
    private int functionCount = -1;
    private final List<Integer> functionTypes = new ArrayList<>();
    private boolean sawCode;
    private boolean sawData;

    private WasmReader(byte[] bytes) {
        this.r = new ByteReader(bytes);
    }

    public static Module read(byte[] bytes) throws MalformedWasmException {
        WasmReader reader = new WasmReader(bytes);
        reader.module();
        return reader.module;
    }

    private void module() throws MalformedWasmException {
        if (r.limit() < 4) {
            throw r.error("unexpected end (no complete magic header)");
        }
        byte[] magic = {0x00, 0x61, 0x73, 0x6D};
        for (byte b : magic) {
            if (r.u8() != b) {
                throw r.errorAt(0, "magic header not detected");
            }
        }
        if (r.limit() < 8) {
            throw r.error("unexpected end");
        }
        int version = r.f32();
        if (version != 1) {
            throw r.errorAt(4, "unknown binary version " + version);
        }
        int lastRank = -1;
        int lastId = 0;
        while (!r.atEnd()) {
            r.setSection("header");
            int idOffset = r.pos();
            int id = r.u8();
            int rank = id == SectionId.CUSTOM ? -1 : SectionId.rank(id);
            if (id != SectionId.CUSTOM && rank < 0) {
                throw r.errorAt(idOffset, "malformed section id " + id);
            }
            r.setSection(SectionId.name(id));
            if (id != SectionId.CUSTOM) {
                if (rank <= lastRank) {
                    throw r.errorAt(idOffset, "unexpected content after last section (section "
                            + SectionId.name(id) + " out of order or repeated)");
                }
                lastRank = rank;
            }
            long size = r.unsigned(32);
            if (size > r.limit() - r.pos()) {
                throw r.error("length out of bounds: section size " + size + " exceeds the remaining "
                        + (r.limit() - r.pos()) + " bytes (unexpected end)");
            }
            int end = r.pos() + (int) size;
            int outer = r.pushLimit(end);
            section(id, lastId);
            if (r.pos() != end) {
                throw r.error("section size mismatch: " + (end - r.pos()) + " bytes left unread");
            }
            r.restoreLimit(outer);
            if (id != SectionId.CUSTOM) {
                lastId = id;
            }
        }
        r.setSection("module");
        int declared = functionCount < 0 ? 0 : functionCount;
        if (!sawCode && declared != 0) {
            throw r.error("function and code section have inconsistent lengths (" + declared + " functions, no code)");
        }
        if (module.dataCount() != null && !sawData && module.dataCount() != 0) {
            throw r.error("data count and data section have inconsistent lengths");
        }
    }

    private void section(int id, int after) throws MalformedWasmException {
        switch (id) {
            case SectionId.CUSTOM -> custom(after);
            case SectionId.TYPE -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    int at = r.pos();
                    if (r.u8() != 0x60) {
                        throw r.errorAt(at, "malformed function type (expected 0x60)");
                    }
                    module.types().add(new FuncType(valTypes(), valTypes()));
                }
            }
            case SectionId.IMPORT -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    String mod = r.name();
                    String name = r.name();
                    int at = r.pos();
                    int kind = r.u8();
                    ImportDesc desc = switch (kind) {
                        case 0 -> new ImportDesc.Func(r.index());
                        case 1 -> new ImportDesc.Table(tableType());
                        case 2 -> new ImportDesc.Memory(new MemoryType(limits()));
                        case 3 -> new ImportDesc.Global(globalType());
                        default -> throw r.errorAt(at, "malformed import kind " + kind);
                    };
                    module.imports().add(new Import(mod, name, desc));
                }
            }
            case SectionId.FUNCTION -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    functionTypes.add(r.index());
                }
                functionCount = n;
            }
            case SectionId.TABLE -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    module.tables().add(tableType());
                }
            }
            case SectionId.MEMORY -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    module.memories().add(new MemoryType(limits()));
                }
            }
            case SectionId.GLOBAL -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    GlobalType type = globalType();
                    module.globals().add(new Global(type, constExpr()));
                }
            }
            case SectionId.EXPORT -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    String name = r.name();
                    int at = r.pos();
                    int kind = r.u8();
                    if (kind > 3) {
                        throw r.errorAt(at, "malformed export kind " + kind);
                    }
                    module.exports().add(new Export(name, ExternKind.values()[kind], r.index()));
                }
            }
            case SectionId.START -> module.setStart(r.index());
            case SectionId.ELEMENT -> {
                int n = r.count();
                for (int i = 0; i < n; i++) {
                    module.elements().add(element());
                }
            }
            case SectionId.DATA_COUNT -> module.setDataCount(r.index());
            case SectionId.CODE -> code();
            case SectionId.DATA -> data();
            default -> throw new IllegalStateException("section id checked by caller: " + id);
        }
    }

    private void custom(int after) throws MalformedWasmException {
        String name = r.name();
        byte[] contents = r.bytes(r.limit() - r.pos());
        if (name.equals("name") && module.names().isEmpty()) {
            // A broken name section is not a broken module (custom sections carry no semantics): keep it raw.
            if (NameSectionReader.read(contents, module.names())) {
                return;
            }
        }
        module.customSections().add(new CustomSection(name, contents, after));
    }

    private void code() throws MalformedWasmException {
        sawCode = true;
        int n = r.count();
        int declared = functionCount < 0 ? 0 : functionCount;
        if (n != declared) {
            throw r.error("function and code section have inconsistent lengths (" + declared + " functions, "
                    + n + " bodies)");
        }
        for (int i = 0; i < n; i++) {
            r.setSection("code (function " + i + " of the code section)");
            long size = r.unsigned(32);
            if (size > r.limit() - r.pos()) {
                throw r.error("length out of bounds: function body size " + size);
            }
            int end = r.pos() + (int) size;
            int outer = r.pushLimit(end);
            List<ValType> locals = locals();
            List<Instruction> body = InstructionDecoder.expression(r);
            if (r.pos() != end) {
                throw r.error("section size mismatch: bytes after the function's end");
            }
            r.restoreLimit(outer);
            if (module.dataCount() == null) {
                for (Instruction instr : body) {
                    if (instr instanceof BulkMemory.MemoryInit || instr instanceof BulkMemory.DataDrop) {
                        throw r.error("data count section required by memory.init/data.drop");
                    }
                }
            }
            module.functions().add(new Function(functionTypes.get(i), locals, body));
        }
        r.setSection("code");
    }

    private List<ValType> locals() throws MalformedWasmException {
        int groups = r.count();
        long total = 0;
        List<ValType> locals = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int at = r.pos();
            long count = r.unsigned(32);
            total += count;
            if (total > 0xFFFF_FFFFL) {
                throw r.errorAt(at, "too many locals");
            }
            if (total > MAX_LOCALS) {
                throw r.errorAt(at, "too many locals (more than " + MAX_LOCALS + ")");
            }
            ValType t = valType(r);
            for (long k = 0; k < count; k++) {
                locals.add(t);
            }
        }
        return locals;
    }

    private void data() throws MalformedWasmException {
        sawData = true;
        int n = r.count();
        if (module.dataCount() != null && module.dataCount() != n) {
            throw r.error("data count and data section have inconsistent lengths (" + module.dataCount()
                    + " vs " + n + ")");
        }
        for (int i = 0; i < n; i++) {
            int at = r.pos();
            long flags = r.unsigned(32);
            DataMode mode = switch ((int) flags) {
                case 0 -> new DataMode.Active(0, constExpr());
                case 1 -> new DataMode.Passive();
                case 2 -> {
                    int memory = r.index();
                    yield new DataMode.Active(memory, constExpr());
                }
                default -> throw r.errorAt(at, "malformed data segment flags " + flags);
            };
            long length = r.unsigned(32);
            module.data().add(new DataSegment(mode, r.bytes(length)));
        }
    }

    private ElementSegment element() throws MalformedWasmException {
        int at = r.pos();
        long flags = r.unsigned(32);
        if (flags > 7) {
            throw r.errorAt(at, "malformed elements segment kind " + flags);
        }
        boolean passiveOrDeclarative = (flags & 1) != 0;
        boolean explicit = (flags & 2) != 0;
        boolean exprs = (flags & 4) != 0;
        ElementMode mode;
        if (!passiveOrDeclarative) {
            int table = explicit ? r.index() : 0;
            mode = new ElementMode.Active(table, constExpr());
        } else {
            mode = explicit ? new ElementMode.Declarative() : new ElementMode.Passive();
        }
        ValType type = ValType.FUNCREF;
        if (passiveOrDeclarative || explicit) {
            if (exprs) {
                type = refType(r);
            } else {
                int kindAt = r.pos();
                int kind = r.u8();
                if (kind != 0x00) {
                    throw r.errorAt(kindAt, "malformed element kind " + kind);
                }
            }
        }
        int n = r.count();
        ElementItems items;
        if (exprs) {
            List<ConstExpr> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(constExpr());
            }
            items = new ElementItems.Expressions(list);
        } else {
            List<Integer> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(r.index());
            }
            items = new ElementItems.FuncIndices(list);
        }
        return new ElementSegment(type, mode, items);
    }

    private ConstExpr constExpr() throws MalformedWasmException {
        return new ConstExpr(InstructionDecoder.expression(r));
    }

    private List<ValType> valTypes() throws MalformedWasmException {
        int n = r.count();
        List<ValType> types = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            types.add(valType(r));
        }
        return types;
    }

    static ValType valType(ByteReader r) throws MalformedWasmException {
        int at = r.pos();
        int code = r.u8();
        ValType t = ValType.fromCode(code);
        if (t == null) {
            throw r.errorAt(at, "malformed value type 0x" + Integer.toHexString(code));
        }
        return t;
    }

    static ValType refType(ByteReader r) throws MalformedWasmException {
        int at = r.pos();
        int code = r.u8();
        ValType t = ValType.fromCode(code);
        if (t == null || !t.isReference()) {
            throw r.errorAt(at, "malformed reference type 0x" + Integer.toHexString(code));
        }
        return t;
    }

    private TableType tableType() throws MalformedWasmException {
        ValType elem = refType(r);
        return new TableType(elem, limits());
    }

    private GlobalType globalType() throws MalformedWasmException {
        ValType t = valType(r);
        int at = r.pos();
        int mut = r.u8();
        if (mut > 1) {
            throw r.errorAt(at, "malformed mutability " + mut);
        }
        return new GlobalType(t, mut == 1);
    }

    private Limits limits() throws MalformedWasmException {
        int at = r.pos();
        int flag = r.u8();
        // The flag is a one-bit LEB128: a continuation bit makes it too long, other bits too large.
        if ((flag & 0x80) != 0) {
            throw r.errorAt(at, "integer representation too long: limits flags 0x" + Integer.toHexString(flag));
        }
        return switch (flag) {
            case 0 -> Limits.atLeast(r.unsigned(32));
            case 1 -> {
                long min = r.unsigned(32);
                yield Limits.between(min, r.unsigned(32));
            }
            default -> throw r.errorAt(at, "integer too large: malformed limits flags 0x" + Integer.toHexString(flag)
                    + (flag == 2 || flag == 3 ? " (shared memory is not in Wasm 2.0)" : ""));
        };
    }
}
