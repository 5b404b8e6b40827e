package dev.waspy.middle.rt;

/**
 * The parts of the program's state that a runtime function may read or write. Two effects
 * conflict only when they name a common class, so a pass may move a read of {@code list_length}
 * past a write of {@code dict}. Strs, built tuples, ints and floats are immutable and belong to
 * no class. Spelled in lower case in {@code runtime-functions.txt}.
 */
public enum AliasClass {
    /** The item slots of lists ({@code l[i] = v} writes them, {@code l[i]} reads them). */
    LIST_ITEMS,
    /** The length of lists ({@code append}, {@code pop}, {@code clear} change it; {@code l[i] = v} does not). */
    LIST_LENGTH,
    /** The entries of dicts: keys, values, insertion order (views read them through their dict). */
    DICT,
    /** The elements of sets. */
    SET,
    /** The items of a tuple under construction ({@code rt_tuple_new}, then {@code rt_tuple_set}); a built tuple never changes. */
    TUPLE_ITEMS,
    /** The text gathered so far in a string builder. */
    BUILDER,
    /** The position of an iterator object: a step, {@code next()} or consuming an iterable moves it. */
    ITERATOR,
    /** The attributes of instances of compiled classes (no runtime function touches them yet). */
    ATTRIBUTES,
    /** Module globals (compiled code's own; no runtime function touches them yet). */
    GLOBALS,
    /** The output streams, stdout and stderr, and their buffers. */
    OUTPUT,
    /** The standard input stream: its position and the runtime's buffer of it. */
    INPUT,
    /** The pending exception slot and the registered exception classes. */
    EXCEPTION,
    /** The allocator's and collector's own state (every allocating function writes it too). */
    HEAP,
    /** The random module's generator state: the Mersenne Twister's words and position. */
    RANDOM;

    /** The spelling {@code any} in the table: every class a boxed value of unknown type can reach. */
    public static final java.util.Set<AliasClass> ANY_OBJECT = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(LIST_ITEMS, LIST_LENGTH, DICT, SET, TUPLE_ITEMS, ITERATOR, ATTRIBUTES));
}
