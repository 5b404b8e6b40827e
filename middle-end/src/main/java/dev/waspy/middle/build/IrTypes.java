package dev.waspy.middle.build;

import dev.waspy.frontend.types.Type;
import dev.waspy.middle.ir.IrType;

/** Inferred types to IR types (one to one; no unknown type reaches the IR). */
final class IrTypes {
    private IrTypes() {}

    static IrType of(Type t) {
        return switch (t) {
            case Type.Int i -> IrType.INT;
            case Type.Float f -> IrType.FLOAT;
            case Type.Bool b -> IrType.BOOL;
            case Type.NoneType n -> IrType.NONE;
            case Type.Str s -> IrType.STR;
            case Type.Tuple tt -> IrType.tuple(tt.items().stream().map(IrTypes::of).toList());
            case Type.Obj o -> IrType.OBJ;
            case Type.ListT l -> IrType.LIST;
            case Type.DictT d -> IrType.DICT;
            case Type.SetT x -> IrType.SET;
            case Type.Bottom b -> throw new IllegalStateException("an unknown type reached the IR");
        };
    }
}
