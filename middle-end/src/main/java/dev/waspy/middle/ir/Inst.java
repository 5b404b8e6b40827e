package dev.waspy.middle.ir;

import dev.waspy.middle.rt.RuntimeFunction;
import java.util.List;

/**
 * A non-terminating instruction. Every instruction except {@link Store} defines exactly one SSA
 * {@link Temp} ({@code None}-typed temps are defined too and materialize nothing), so uses and
 * definitions can be listed uniformly.
 */
public sealed interface Inst {

    /** {@code dst = constant}. */
    record Const(Temp dst, Constant value) implements Inst {}

    /** {@code dst = load var}: reads a variable slot (always bound; the builder inserts the checks). */
    record Load(Temp dst, Var var) implements Inst {}

    /** {@code store var, src}. */
    record Store(Var var, Temp src) implements Inst {}

    /** {@code dst = prim(args)}: an operation of the primitive table. */
    record PrimOp(Temp dst, Prim prim, List<Temp> args) implements Inst {
        public PrimOp { args = List.copyOf(args); }
    }

    /** {@code dst = call f(args)}: a direct call of a compiled function; arguments match its parameter types. */
    record Call(Temp dst, String callee, List<Temp> args) implements Inst {
        public Call { args = List.copyOf(args); }
    }

    /**
     * {@code dst = runtime f(args)}: a call of a runtime function, arguments and result in the ABI
     * types of its descriptor (a void function defines a None temp). What it reads, writes, whether
     * it raises or allocates come from the descriptor.
     */
    record RtCall(Temp dst, RuntimeFunction function, List<Temp> args) implements Inst {
        public RtCall { args = List.copyOf(args); }
    }

    /**
     * {@code dst = call_indirect frame}: calls the compiled function a frame names, through the
     * program's function table. A frame ({@code rt_call_prepare}, {@code rt_method_prepare}) is a
     * tuple {@code (table index, mode, result, arguments...)} with the arguments already bound to
     * the callee's parameters; the table entry unpacks them and calls the function's instance
     * whose parameters are all {@code object} ({@link IrProgram#entries}). dst is an object.
     */
    record CallIndirect(Temp dst, Temp frame) implements Inst {}

    /** {@code dst = box src}: from a typed representation to {@code object}. */
    record Box(Temp dst, Temp src) implements Inst {}

    /**
     * {@code dst = unbox src}: from {@code object} to dst's type; raises TypeError on a mismatch.
     * The frontend unboxes to {@code int} only where CPython requires an integer (range()
     * arguments), so that message is CPython's: {@code 'float' object cannot be interpreted as an
     * integer}.
     */
    record Unbox(Temp dst, Temp src) implements Inst {}

    /** {@code dst = (items...)}: builds a tuple; its type lists the items' types. */
    record MakeTuple(Temp dst, List<Temp> items) implements Inst {
        public MakeTuple { items = List.copyOf(items); }
    }

    /** {@code dst = tuple[index]}, index checked statically. */
    record TupleGet(Temp dst, Temp tuple, int index) implements Inst {}

    /** {@code dst = phi [pred: value]...}: one incoming value per CFG predecessor. */
    record Phi(Temp dst, List<PhiArg> args) implements Inst {
        public Phi { args = List.copyOf(args); }
    }

    record PhiArg(Block pred, Temp value) {}

    /**
     * {@code dst = undef}: some value of dst's type, which no execution may observe. mem2reg gives
     * it to a variable on the paths where it has no value yet; the unbound-variable checks stop
     * every such path before a read. The backend materializes the zero of the Wasm type (a null
     * pointer, small int 0), which the collector ignores.
     */
    record Undef(Temp dst) implements Inst {}

    /** The temp this instruction defines, or null for {@link Store}. */
    default Temp def() {
        return switch (this) {
            case Const c -> c.dst();
            case Load l -> l.dst();
            case Store s -> null;
            case PrimOp p -> p.dst();
            case Call c -> c.dst();
            case RtCall c -> c.dst();
            case CallIndirect c -> c.dst();
            case Box b -> b.dst();
            case Unbox u -> u.dst();
            case MakeTuple t -> t.dst();
            case TupleGet g -> g.dst();
            case Phi p -> p.dst();
            case Undef u -> u.dst();
        };
    }

    /** The temps this instruction reads, in operand order. */
    default List<Temp> uses() {
        return switch (this) {
            case Const c -> List.of();
            case Load l -> List.of();
            case Store s -> List.of(s.src());
            case PrimOp p -> p.args();
            case Call c -> c.args();
            case RtCall c -> c.args();
            case CallIndirect c -> List.of(c.frame());
            case Box b -> List.of(b.src());
            case Unbox u -> List.of(u.src());
            case MakeTuple t -> t.items();
            case TupleGet g -> List.of(g.tuple());
            case Phi p -> p.args().stream().map(PhiArg::value).toList();
            case Undef u -> List.of();
        };
    }

    /**
     * Whether executing this may leave a pending exception, which the code generator must check
     * for right after it (jumping to the block's handler, or returning to the caller).
     */
    default boolean mayRaise() {
        return switch (this) {
            case PrimOp p -> p.prim().mayRaise();
            case Call c -> true;
            case CallIndirect c -> true;
            case RtCall c -> c.function().needsExceptionCheck();
            case Unbox u -> true;
            case Const c -> false;
            case Load l -> false;
            case Store s -> false;
            case Box b -> false;
            case MakeTuple t -> false;
            case TupleGet g -> false;
            case Phi p -> false;
            case Undef u -> false;
        };
    }
}
