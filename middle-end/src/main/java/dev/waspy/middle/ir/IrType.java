package dev.waspy.middle.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The static type of an IR value. Each type has one machine representation ({@link Repr});
 * {@code OBJECT} is the boxed universal type, holding any Python value (ABI.md: tagged i64).
 */
public sealed interface IrType {

    /** How a value of this type is held in Wasm (ABI.md, "Value representation"). */
    enum Repr { I32, I64, F64, NONE }

    record Int() implements IrType {}
    record Float() implements IrType {}
    record Bool() implements IrType {}
    /** {@code None} known statically: no value is materialized. */
    record NoneType() implements IrType {}
    record Str() implements IrType {}
    record Tuple(List<IrType> items) implements IrType {
        public Tuple { items = List.copyOf(items); }
    }
    /** A boxed value of any Python type. */
    record Obj() implements IrType {}
    /** Pointer to a list object. */
    record ListT() implements IrType {}
    /** Pointer to a dict object. */
    record DictT() implements IrType {}
    /** Pointer to a set object. */
    record SetT() implements IrType {}

    IrType INT = new Int();
    IrType FLOAT = new Float();
    IrType BOOL = new Bool();
    IrType NONE = new NoneType();
    IrType STR = new Str();
    IrType OBJ = new Obj();
    IrType LIST = new ListT();
    IrType DICT = new DictT();
    IrType SET = new SetT();

    static IrType tuple(List<IrType> items) { return new Tuple(items); }

    default Repr repr() {
        return switch (this) {
            case Int i -> Repr.I64;
            case Float f -> Repr.F64;
            case Bool b -> Repr.I32;
            case NoneType n -> Repr.NONE;
            case Str s -> Repr.I32;
            case Tuple t -> Repr.I32;
            case Obj o -> Repr.I64;
            case ListT l -> Repr.I32;
            case DictT d -> Repr.I32;
            case SetT x -> Repr.I32;
        };
    }

    /** The spelling used by the text dump, Python-like: {@code int}, {@code tuple[int, str]}, {@code object}. */
    default String show() {
        return switch (this) {
            case Int i -> "int";
            case Float f -> "float";
            case Bool b -> "bool";
            case NoneType n -> "None";
            case Str s -> "str";
            case Tuple t -> t.items().stream().map(IrType::show)
                    .collect(Collectors.joining(", ", "tuple[", t.items().isEmpty() ? "()]" : "]"));
            case Obj o -> "object";
            case ListT l -> "list";
            case DictT d -> "dict";
            case SetT x -> "set";
        };
    }
}
