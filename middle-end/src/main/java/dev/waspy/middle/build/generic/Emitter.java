package dev.waspy.middle.build.generic;

import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.List;
import java.util.function.Function;

/**
 * Appends instructions to the block being built of one function: the only class of the generic
 * builder that creates {@link Inst}s, so the IR vocabulary it uses is visible in one place. Code
 * after a terminator goes into a fresh block without predecessors, which {@code dead-blocks}
 * removes.
 *
 * <p>Inside a {@code try}, every block gets the handler of the innermost {@link #handler()}, and
 * a block ends right after each instruction that may raise: the exception edge then leaves from
 * a point where every store before the raise is done and none after it is, so mem2reg can take
 * the variables' values at the end of the block as those the handler sees (invoke-style, one
 * may-raise instruction per block).
 */
final class Emitter {
    final IrFunction fn;
    private Block cur;
    private int hidden;
    /** Where an exception raised by the code being emitted goes: an except or finally block, null for the caller. */
    private Block handler;

    Emitter(IrFunction fn) {
        this.fn = fn;
        this.cur = fn.newBlock();
    }

    Block current() { return cur; }

    /**
     * Continues emitting in {@code b} (a block created by {@link #block()} and not terminated yet).
     * The block being left must be terminated, unless it is the empty unreachable block that
     * {@link #terminate} opened, which is dropped.
     */
    void at(Block b) {
        if (b == cur) return;
        if (cur.terminator() == null) {
            if (!cur.insts().isEmpty() || fn.cfg().inDegreeOf(cur) != 0 || cur == fn.entry()) {
                throw new IllegalStateException("left " + cur + " of " + fn.name() + " unterminated");
            }
            fn.removeBlocks(List.of(cur));
        }
        cur = b;
        if (b.insts().isEmpty() && b.handler() != handler) fn.setHandler(b, handler);
    }

    Block block() { return fn.newBlock(); }

    Block handler() { return handler; }

    /**
     * Continues in a fresh block from which exceptions go to {@code h} (null: to the caller); the
     * code emitted from here on is protected by it until the next call.
     */
    void protect(Block h) {
        Block next = fn.newBlock();
        jumpTo(next);
        handler = h;
        at(next);
    }

    /**
     * After a jump out of protected code (the current block is the unreachable one {@link
     * #terminate} opened): the code emitted next is protected by {@code h} again.
     */
    void resume(Block h) {
        handler = h;
        fn.setHandler(cur, h);
    }

    /** Starts emitting the handler block {@code b}, whose own exceptions go to {@code outer}. */
    void atHandler(Block b, Block outer) {
        handler = outer;
        at(b);
    }

    Temp emit(IrType type, Function<Temp, Inst> make) {
        Temp t = fn.newTemp(type);
        Inst inst = make.apply(t);
        cur.add(inst);
        if (handler != null && inst.mayRaise()) {
            Block next = fn.newBlock();
            jumpTo(next);
            at(next);
        }
        return t;
    }

    Temp prim(Prim p, Temp... args) {
        return emit(p.result(), t -> new Inst.PrimOp(t, p, List.of(args)));
    }

    /**
     * A call of the runtime function {@code name} of waspy.h, arguments and result in its ABI types:
     * every runtime call of the generic builder is made here.
     */
    Temp rt(String name, IrType result, Temp... args) {
        return emit(result, t -> new Inst.RtCall(t, RuntimeFunctions.get(name), List.of(args)));
    }

    Temp call(String function, List<Temp> args) {
        return emit(IrType.OBJ, t -> new Inst.Call(t, function, args));
    }

    Temp constant(Constant c) { return emit(c.type(), t -> new Inst.Const(t, c)); }

    /** Tuples made here, and their boxes, with their items: unpacking one needs no iteration. */
    private final java.util.Map<Temp, List<Temp>> tupleItems = new java.util.HashMap<>();

    Temp str(String s) { return constant(new Constant.StrC(s)); }

    Temp bool(boolean b) { return constant(new Constant.BoolC(b)); }

    Temp smallInt(long v) { return constant(Constant.of(v)); }

    /** A value as an {@code object}: free for an int or an object already. */
    Temp box(Temp x) {
        if (x.type() instanceof IrType.Obj) return x;
        Temp b = emit(IrType.OBJ, t -> new Inst.Box(t, x));
        if (tupleItems.containsKey(x)) tupleItems.put(b, tupleItems.get(x));
        return b;
    }

    /** The items of a tuple this builder made (or its box), or null for any other value. */
    List<Temp> tupleItems(Temp v) { return tupleItems.get(v); }

    /** An object known (by a check just made) to hold a value of {@code type}. */
    Temp unbox(Temp x, IrType type) { return emit(type, t -> new Inst.Unbox(t, x)); }

    /** A value no execution observes: what {@code del} stores (the unbound checks stop every read of it). */
    Temp undef() { return emit(IrType.OBJ, t -> new Inst.Undef(t)); }

    Temp none() { return box(constant(new Constant.NoneC())); }

    Temp tuple(List<Temp> items) {
        List<IrType> types = items.stream().map(Temp::type).toList();
        Temp t = emit(IrType.tuple(types), d -> new Inst.MakeTuple(d, items));
        tupleItems.put(t, List.copyOf(items));
        return t;
    }

    Temp load(Var v) { return emit(v.type(), t -> new Inst.Load(t, v)); }

    void store(Var v, Temp value) { cur.add(new Inst.Store(v, value)); }

    /** A fresh slot of this function for a value the builder needs across blocks ({@code $j0}, ...). */
    Var.Local hiddenSlot(String prefix, IrType type) { return fn.addLocal("$" + prefix + hidden++, type); }

    /** Ends the current block; what follows is unreachable until something jumps to a new block. */
    void terminate(Terminator t) {
        fn.setTerminator(cur, t);
        cur = fn.newBlock();
        if (handler != null) fn.setHandler(cur, handler);
    }

    void jumpTo(Block target) { fn.setTerminator(cur, new Terminator.Jump(target)); }

    void branch(Temp cond, Block ifTrue, Block ifFalse) {
        fn.setTerminator(cur, new Terminator.Branch(cond, ifTrue, ifFalse));
    }

    /** Raises a new built-in exception with a constant message. */
    void raise(String excClass, String message) {
        terminate(new Terminator.Raise(excClass, str(message)));
    }
}
