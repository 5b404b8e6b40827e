package dev.waspy.middle.rt;

import java.util.List;
import java.util.Set;

/**
 * One function of the C runtime as every stage sees it: its waspy.h name, its signature in
 * {@link AbiType}s, and its effects. One row of {@code runtime-functions.txt}; get one through
 * {@link RuntimeFunctions#get}.
 *
 * @param reads       the alias classes whose contents can change its result
 * @param writes      the alias classes it may change
 * @param allocates   it may allocate: it then may collect nothing (collection happens only at
 *                    safepoints) but may raise MemoryError at the memory limit
 * @param mayRaise    it may leave a pending Python exception other than MemoryError (waspy.h's
 *                    "Raises" lines, and whatever the functions it calls raise)
 * @param exits       it may stop the program (exit, uncaught exception, RT_EXIT_UNSUPPORTED)
 * @param callsBack   it may call compiled code (a {@code __eq__}, {@code __hash__} or key function)
 * @param fresh       its result is a new object nothing else refers to
 */
public record RuntimeFunction(String name, AbiType result, List<AbiType> params, Set<AliasClass> reads,
                              Set<AliasClass> writes, boolean allocates, boolean mayRaise, boolean exits,
                              boolean callsBack, boolean fresh) {
    public RuntimeFunction {
        params = List.copyOf(params);
        reads = Set.copyOf(reads);
        writes = Set.copyOf(writes);
    }

    /** Whether a call may leave a pending exception, MemoryError included: the caller must check after it. */
    public boolean needsExceptionCheck() {
        return mayRaise || allocates;
    }

    /**
     * Whether an unused call can be deleted: it changes nothing a program can observe (it may read
     * and allocate; an allocation nobody uses may be dropped, as its MemoryError is not something a
     * program can count on), cannot raise, stop the program or run compiled code.
     */
    public boolean removableWhenUnused() {
        return writes.isEmpty() && !mayRaise && !exits && !callsBack;
    }

    /** Whether the result depends on its arguments only, and the call has no effect but allocation. */
    public boolean isPure() {
        return reads.isEmpty() && removableWhenUnused();
    }

    @Override public String toString() { return name; }
}
