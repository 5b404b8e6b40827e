package dev.waspy.backend.library;

import dev.waspy.middle.ir.IrType;
import dev.waspy.wasm.model.ValType;

import java.util.List;

/**
 * The types a library module's exported functions take and return, and how each crosses the
 * boundary (ABI.md, "Library modules"): scalars as plain Wasm values, a str or a list as a block
 * of linear memory the generated bindings fill (arguments: address and length) or read (results:
 * the address of a record).
 */
public enum HostType {
    INT("int", -1),
    FLOAT("float", -1),
    BOOL("bool", -1),
    STR("str", -1),
    LIST_INT("list[int]", 0),
    LIST_FLOAT("list[float]", 1),
    LIST_STR("list[str]", 2),
    NONE("None", -1);

    private final String python;
    private final int listKind;

    HostType(String python, int listKind) {
        this.python = python;
        this.listKind = listKind;
    }

    /** As Python spells it. */
    public String python() {
        return python;
    }

    public boolean isList() {
        return listKind >= 0;
    }

    /** The element kind number of a list (0 int, 1 float, 2 str), as the runtime's host.c reads it. */
    public int listKind() {
        return listKind;
    }

    /** The Wasm parameters that carry an argument of this type. */
    public List<ValType> wasmParams() {
        return switch (this) {
            case INT -> List.of(ValType.I64);
            case FLOAT -> List.of(ValType.F64);
            case BOOL -> List.of(ValType.I32);
            case STR, LIST_INT, LIST_FLOAT, LIST_STR -> List.of(ValType.I32, ValType.I32);
            case NONE -> throw new IllegalArgumentException("None is no parameter type");
        };
    }

    /** The Wasm results that carry a result of this type (none for None). */
    public List<ValType> wasmResults() {
        return switch (this) {
            case INT -> List.of(ValType.I64);
            case FLOAT -> List.of(ValType.F64);
            case NONE -> List.of();
            case BOOL, STR, LIST_INT, LIST_FLOAT, LIST_STR -> List.of(ValType.I32);
        };
    }

    /** The IR type of a value of this type once it crossed (every list is a list). */
    public IrType irType() {
        return switch (this) {
            case INT -> IrType.INT;
            case FLOAT -> IrType.FLOAT;
            case BOOL -> IrType.BOOL;
            case STR -> IrType.STR;
            case LIST_INT, LIST_FLOAT, LIST_STR -> IrType.LIST;
            case NONE -> IrType.NONE;
        };
    }
}
