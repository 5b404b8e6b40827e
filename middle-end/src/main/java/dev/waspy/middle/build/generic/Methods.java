package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.types.RuntimeTypeIds;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import java.util.List;
import java.util.Map;

/**
 * Method calls on values of unknown type. Without a generic method call in the runtime, only two
 * kinds are possible: methods several built-in types share, which the runtime dispatches
 * ({@code rt_obj_count}, ...), and methods of exactly one built-in type taking only objects, called
 * after {@code rt_obj_expect} checked the receiver's type (CPython's AttributeError otherwise).
 */
final class Methods {
    private Methods() {}

    /** A supported method: the receiver's runtime type id (0: any, dispatched by the runtime) and its arity. */
    record Method(int type, int minArgs, int maxArgs) {}

    static final int ANY = 0;

    static final Map<String, Method> TABLE = Map.ofEntries(
            Map.entry("count", new Method(ANY, 1, 1)),
            Map.entry("index", new Method(ANY, 1, 1)),
            Map.entry("pop", new Method(ANY, 0, 1)),
            Map.entry("remove", new Method(ANY, 1, 1)),
            Map.entry("update", new Method(ANY, 1, 1)),
            Map.entry("copy", new Method(ANY, 0, 0)),
            Map.entry("clear", new Method(ANY, 0, 0)),
            Map.entry("append", new Method(RuntimeTypeIds.LIST, 1, 1)),
            Map.entry("extend", new Method(RuntimeTypeIds.LIST, 1, 1)),
            Map.entry("reverse", new Method(RuntimeTypeIds.LIST, 0, 0)),
            Map.entry("get", new Method(RuntimeTypeIds.DICT, 1, 2)),
            Map.entry("keys", new Method(RuntimeTypeIds.DICT, 0, 0)),
            Map.entry("values", new Method(RuntimeTypeIds.DICT, 0, 0)),
            Map.entry("items", new Method(RuntimeTypeIds.DICT, 0, 0)),
            Map.entry("setdefault", new Method(RuntimeTypeIds.DICT, 1, 2)),
            Map.entry("add", new Method(RuntimeTypeIds.SET, 1, 1)),
            Map.entry("discard", new Method(RuntimeTypeIds.SET, 1, 1)),
            Map.entry("upper", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("lower", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("title", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("capitalize", new Method(RuntimeTypeIds.STR, 0, 0)),
            Map.entry("strip", new Method(RuntimeTypeIds.STR, 0, 1)),
            Map.entry("lstrip", new Method(RuntimeTypeIds.STR, 0, 1)),
            Map.entry("rstrip", new Method(RuntimeTypeIds.STR, 0, 1)),
            Map.entry("split", new Method(RuntimeTypeIds.STR, 0, 1)));

    /**
     * {@code self.name(args)}. CPython looks the method up before evaluating the arguments, so a
     * receiver without it raises first: the type check comes before the arguments here too. The
     * runtime's shared methods check after them, so Refusals give those only arguments that cannot
     * have an effect (names and constants).
     */
    static Temp call(GenericFunction f, String name, Temp self, List<Expr> args) {
        Emitter em = f.em;
        Method m = TABLE.get(name);
        if (m.type() == ANY) {
            List<Temp> a = f.ex.values(args);
            return switch (name) {
                case "count" -> em.box(em.rt("rt_obj_count", IrType.INT, self, a.get(0)));
                case "index" -> em.box(em.rt("rt_obj_index", IrType.INT, self, a.get(0)));
                case "pop" -> a.isEmpty() ? em.rt("rt_obj_pop", IrType.OBJ, self) : em.rt("rt_obj_pop_at", IrType.OBJ, self, a.get(0));
                case "remove" -> none(em, em.rt("rt_obj_remove", IrType.NONE, self, a.get(0)));
                case "update" -> none(em, em.rt("rt_obj_update", IrType.NONE, self, a.get(0)));
                case "copy" -> em.rt("rt_obj_copy", IrType.OBJ, self);
                case "clear" -> none(em, em.rt("rt_obj_clear", IrType.NONE, self));
                default -> throw new IllegalStateException(name);
            };
        }
        IrType as = switch (m.type()) {
            case RuntimeTypeIds.LIST -> IrType.LIST;
            case RuntimeTypeIds.DICT -> IrType.DICT;
            case RuntimeTypeIds.SET -> IrType.SET;
            default -> IrType.STR;
        };
        Temp checked = em.rt("rt_obj_expect", IrType.OBJ, self, em.smallInt(m.type()), em.str(name));
        Temp r = em.unbox(checked, as);
        List<Temp> a = f.ex.values(args);
        return switch (name) {
            case "append" -> none(em, em.rt("rt_list_append", IrType.NONE, r, a.get(0)));
            case "extend" -> none(em, em.rt("rt_list_extend_iter", IrType.NONE, r, a.get(0)));
            case "reverse" -> none(em, em.rt("rt_list_reverse", IrType.NONE, r));
            case "get" -> em.rt("rt_dict_get_default", IrType.OBJ, r, a.get(0), a.size() > 1 ? a.get(1) : em.none());
            case "keys" -> em.rt("rt_dict_keys_view", IrType.OBJ, r);
            case "values" -> em.rt("rt_dict_values_view", IrType.OBJ, r);
            case "items" -> em.rt("rt_dict_items_view", IrType.OBJ, r);
            case "setdefault" -> em.rt("rt_dict_setdefault", IrType.OBJ, r, a.get(0), a.size() > 1 ? a.get(1) : em.none());
            case "add" -> none(em, em.rt("rt_set_add", IrType.NONE, r, a.get(0)));
            case "discard" -> none(em, em.rt("rt_set_discard", IrType.NONE, r, a.get(0)));
            case "upper", "lower", "title", "capitalize" -> em.box(em.rt("rt_str_" + name, IrType.STR, r));
            case "strip", "lstrip", "rstrip" -> em.box(em.rt("rt_str_" + name, IrType.STR, r, a.isEmpty() ? em.none() : a.get(0)));
            case "split" -> em.box(em.rt("rt_str_split", IrType.LIST, r, a.isEmpty() ? em.none() : a.get(0), em.smallInt(-1)));
            default -> throw new IllegalStateException(name);
        };
    }

    /** A method returning None: the call is made for its effect. */
    private static Temp none(Emitter em, Temp effect) { return em.none(); }
}
