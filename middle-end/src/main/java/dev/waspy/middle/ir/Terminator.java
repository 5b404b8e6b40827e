package dev.waspy.middle.ir;

import java.util.List;

/** The last instruction of a block: where control goes next. */
public sealed interface Terminator {

    record Jump(Block target) implements Terminator {}

    /** Goes to {@code ifTrue} when the bool {@code cond} is true, else to {@code ifFalse}. */
    record Branch(Temp cond, Block ifTrue, Block ifFalse) implements Terminator {}

    /** Returns {@code value} (typed as the function's return type) to the caller. */
    record Return(Temp value) implements Terminator {}

    /**
     * Raises a new exception of the built-in class {@code excClass} (CPython's name, e.g.
     * {@code UnboundLocalError}) with the str {@code message}, or no message when null.
     */
    record Raise(String excClass, Temp message) implements Terminator {}

    /**
     * Raises the object {@code exc} ({@code raise e}, a re-raise, {@code sys.exit}'s SystemExit):
     * an exception instance, else TypeError "exceptions must derive from BaseException". It goes
     * to the block's handler, or to the caller.
     */
    record Throw(Temp exc) implements Terminator {}

    /** Control never gets here (after {@code sys.exit}, say). */
    record Unreachable() implements Terminator {}

    /** Normal-flow successors in order (a branch to the same block twice lists it twice). */
    default List<Block> successors() {
        return switch (this) {
            case Jump j -> List.of(j.target());
            case Branch b -> List.of(b.ifTrue(), b.ifFalse());
            case Return r -> List.of();
            case Raise r -> List.of();
            case Throw t -> List.of();
            case Unreachable u -> List.of();
        };
    }

    default List<Temp> uses() {
        return switch (this) {
            case Jump j -> List.of();
            case Branch b -> List.of(b.cond());
            case Return r -> List.of(r.value());
            case Raise r -> r.message() == null ? List.of() : List.of(r.message());
            case Throw t -> List.of(t.exc());
            case Unreachable u -> List.of();
        };
    }
}
