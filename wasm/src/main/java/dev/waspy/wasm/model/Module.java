package dev.waspy.wasm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A WebAssembly 2.0 module: every section of the binary format as a plain, mutable Java structure.
 * Lists are live (code generators and the linker append to them). Index spaces follow the spec:
 * imported functions, tables, memories and globals come first, then the module's own.
 */
public final class Module {
    private final List<FuncType> types = new ArrayList<>();
    private final List<Import> imports = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<TableType> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> data = new ArrayList<>();
    private final List<CustomSection> customSections = new ArrayList<>();
    private final Names names = new Names();
    private Integer start;
    private Integer dataCount;

    public List<FuncType> types() {
        return types;
    }

    public List<Import> imports() {
        return imports;
    }

    /** Functions defined here (not imported); function index = imported function count + list index. */
    public List<Function> functions() {
        return functions;
    }

    public List<TableType> tables() {
        return tables;
    }

    public List<MemoryType> memories() {
        return memories;
    }

    public List<Global> globals() {
        return globals;
    }

    public List<Export> exports() {
        return exports;
    }

    public List<ElementSegment> elements() {
        return elements;
    }

    public List<DataSegment> data() {
        return data;
    }

    public List<CustomSection> customSections() {
        return customSections;
    }

    public Names names() {
        return names;
    }

    /** The start function's index, or null. */
    public Integer start() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    /**
     * The data count section's value, or null when the module has none. memory.init and data.drop
     * need it; the writer emits it whenever it is set.
     */
    public Integer dataCount() {
        return dataCount;
    }

    public void setDataCount(Integer dataCount) {
        this.dataCount = dataCount;
    }

    /** The index of {@code type}, adding it if no equal type exists yet. */
    public int typeIndex(FuncType type) {
        int i = types.indexOf(type);
        if (i >= 0) {
            return i;
        }
        types.add(type);
        return types.size() - 1;
    }

    public int importCount(ExternKind kind) {
        int n = 0;
        for (Import imp : imports) {
            if (imp.desc().kind() == kind) {
                n++;
            }
        }
        return n;
    }

    public int functionCount() {
        return importCount(ExternKind.FUNC) + functions.size();
    }

    public int tableCount() {
        return importCount(ExternKind.TABLE) + tables.size();
    }

    public int memoryCount() {
        return importCount(ExternKind.MEMORY) + memories.size();
    }

    public int globalCount() {
        return importCount(ExternKind.GLOBAL) + globals.size();
    }

    /** The type index of function {@code index} in the function index space, or -1 when out of range. */
    public int functionTypeIndex(int index) {
        int i = 0;
        for (Import imp : imports) {
            if (imp.desc() instanceof ImportDesc.Func f) {
                if (i == index) {
                    return f.typeIndex();
                }
                i++;
            }
        }
        int local = index - i;
        return local >= 0 && local < functions.size() ? functions.get(local).typeIndex() : -1;
    }

    /** The type of function {@code index}, or null when the function or its type does not exist. */
    public FuncType functionType(int index) {
        int t = functionTypeIndex(index);
        return t >= 0 && t < types.size() ? types.get(t) : null;
    }

    /** Table {@code index} in the table index space, or null. */
    public TableType tableType(int index) {
        int i = 0;
        for (Import imp : imports) {
            if (imp.desc() instanceof ImportDesc.Table t) {
                if (i == index) {
                    return t.type();
                }
                i++;
            }
        }
        int local = index - i;
        return local >= 0 && local < tables.size() ? tables.get(local) : null;
    }

    /** Memory {@code index} in the memory index space, or null. */
    public MemoryType memoryType(int index) {
        int i = 0;
        for (Import imp : imports) {
            if (imp.desc() instanceof ImportDesc.Memory m) {
                if (i == index) {
                    return m.type();
                }
                i++;
            }
        }
        int local = index - i;
        return local >= 0 && local < memories.size() ? memories.get(local) : null;
    }

    /** Global {@code index} in the global index space, or null. */
    public GlobalType globalType(int index) {
        int i = 0;
        for (Import imp : imports) {
            if (imp.desc() instanceof ImportDesc.Global g) {
                if (i == index) {
                    return g.type();
                }
                i++;
            }
        }
        int local = index - i;
        return local >= 0 && local < globals.size() ? globals.get(local).type() : null;
    }

    /** The debug name of function {@code index} from the name section, or null. */
    public String functionName(int index) {
        return names.functionNames().get(index);
    }
}
