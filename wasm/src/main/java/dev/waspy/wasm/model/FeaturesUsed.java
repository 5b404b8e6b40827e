package dev.waspy.wasm.model;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.instr.Parametric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which post-MVP features of WebAssembly 2.0 a module actually uses, by what it contains, named
 * as in {@code target_features} (the names LLVM and Binaryen use):
 *
 * <ul>
 *   <li>{@code mutable-globals}: a mutable global imported or exported;
 *   <li>{@code sign-ext}: {@code i32.extend8_s} and the other sign extensions;
 *   <li>{@code nontrapping-fptoint}: {@code trunc_sat} conversions;
 *   <li>{@code bulk-memory}: {@code memory.copy/fill/init}, {@code data.drop}, {@code table.copy/init},
 *       {@code elem.drop}, passive data segments;
 *   <li>{@code multivalue}: a function type with several results, a block typed by a type index;
 *   <li>{@code reference-types}: {@code ref.*}, {@code table.get/set/size/grow/fill}, a typed
 *       {@code select} of references, reference-typed locals, parameters, results or globals, or more
 *       than one table.
 * </ul>
 */
public final class FeaturesUsed {
    public static final String MUTABLE_GLOBALS = "mutable-globals";
    public static final String SIGN_EXT = "sign-ext";
    public static final String NONTRAPPING_FPTOINT = "nontrapping-fptoint";
    public static final String BULK_MEMORY = "bulk-memory";
    public static final String MULTIVALUE = "multivalue";
    public static final String REFERENCE_TYPES = "reference-types";

    /** The order of the names in the result. */
    private static final List<String> ORDER = List.of(MUTABLE_GLOBALS, SIGN_EXT, NONTRAPPING_FPTOINT, BULK_MEMORY,
            MULTIVALUE, REFERENCE_TYPES);

    private static final Set<NumericOp> SIGN_EXTENSIONS = EnumSet.of(NumericOp.I32_EXTEND8_S,
            NumericOp.I32_EXTEND16_S, NumericOp.I64_EXTEND8_S, NumericOp.I64_EXTEND16_S, NumericOp.I64_EXTEND32_S);

    /** Prefix of the non-trapping conversions among the numeric ops. */
    private static final int SATURATING_PREFIX = 0xFC;

    private final Set<String> found = new HashSet<>();
    private final Module module;

    private FeaturesUsed(Module module) {
        this.module = module;
    }

    /** The features {@code module} uses, in a fixed order. */
    public static List<String> in(Module module) {
        FeaturesUsed scan = new FeaturesUsed(module);
        scan.scan();
        return ORDER.stream().filter(scan.found::contains).toList();
    }

    private void scan() {
        for (Import i : module.imports()) {
            if (i.desc() instanceof ImportDesc.Global g && g.type().mutable()) {
                found.add(MUTABLE_GLOBALS);
            }
        }
        for (Export e : module.exports()) {
            if (e.kind() == ExternKind.GLOBAL && module.globalType(e.index()).mutable()) {
                found.add(MUTABLE_GLOBALS);
            }
        }
        for (FuncType t : module.types()) {
            if (t.results().size() > 1) {
                found.add(MULTIVALUE);
            }
            references(t.params());
            references(t.results());
        }
        if (module.tableCount() > 1) {
            found.add(REFERENCE_TYPES);
        }
        for (Global g : module.globals()) {
            references(List.of(g.type().type()));
            g.init().instructions().forEach(this::instruction);
        }
        for (DataSegment d : module.data()) {
            if (d.mode() instanceof DataMode.Passive) {
                found.add(BULK_MEMORY);
            }
        }
        for (ElementSegment e : module.elements()) {
            if (e.items() instanceof ElementItems.Expressions(var exprs)) {
                exprs.forEach(x -> x.instructions().forEach(this::instruction));
            }
        }
        for (Function f : module.functions()) {
            references(f.locals());
            f.body().forEach(this::instruction);
        }
    }

    private void references(List<ValType> types) {
        if (types.stream().anyMatch(ValType::isReference)) {
            found.add(REFERENCE_TYPES);
        }
    }

    private void instruction(Instruction i) {
        switch (i) {
            case Numeric.Op(NumericOp op) when SIGN_EXTENSIONS.contains(op) -> found.add(SIGN_EXT);
            case Numeric.Op(NumericOp op) when op.prefix() == SATURATING_PREFIX -> found.add(NONTRAPPING_FPTOINT);
            case BulkMemory b -> found.add(BULK_MEMORY);
            case TableAccess.TableCopy t -> found.add(BULK_MEMORY);
            case TableAccess.TableInit t -> found.add(BULK_MEMORY);
            case TableAccess.ElemDrop t -> found.add(BULK_MEMORY);
            case TableAccess t -> found.add(REFERENCE_TYPES);
            case Reference r -> found.add(REFERENCE_TYPES);
            case Parametric.Select(var types) when types != null -> references(types);
            case Control.Block(BlockType type) -> blockType(type);
            case Control.Loop(BlockType type) -> blockType(type);
            case Control.If(BlockType type) -> blockType(type);
            case Control.CallIndirect(int type, int table) when table != 0 -> found.add(REFERENCE_TYPES);
            default -> { }
        }
    }

    private void blockType(BlockType type) {
        if (type instanceof BlockType.TypeIndex) {
            found.add(MULTIVALUE);
        }
    }
}
