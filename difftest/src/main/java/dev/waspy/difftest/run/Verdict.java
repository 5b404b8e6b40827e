package dev.waspy.difftest.run;

/** How one generated program fared; {@link #isBug()} says which classes are Waspy's bugs. */
public enum Verdict {
    /** Same stdout bytes, exit status and last stderr line as CPython, in Chicory and in Node. */
    IDENTICAL("identical", false),
    /** Waspy refused the program with a positioned compile error: allowed by the contract. */
    REFUSED("refused", false),
    /**
     * The module stopped with status 3 and {@code waspy: unsupported at run time: ...} (the runtime's
     * documented answer to an operation whose CPython result it cannot produce, backend/runtime/ABI.md),
     * after printing a prefix of CPython's stdout: allowed by the contract, counted.
     */
    UNSUPPORTED("stopped: unsupported at run time", false),
    /** Waspy compiled the program and it behaved differently from CPython. */
    DIFFERENT("different", true),
    /** The compiler threw something other than a compile error, the module failed validation, or it trapped. */
    INTERNAL_ERROR("internal error", true),
    /**
     * One engine ran past the time limit while the other gave CPython's answer: Chicory's interpreter
     * is much slower than CPython on a loaded machine, so this is counted, not taken for a hang.
     */
    ENGINE_TIMEOUT("engine timeout", false),
    /** CPython ran past the time limit: the program is skipped. */
    ORACLE_TIMEOUT("oracle timeout", false),
    /** CPython was killed by SIGKILL (the kernel's out-of-memory killer): no answer, so skipped. */
    ORACLE_KILLED("oracle killed", false),
    /** CPython rejected the program as a syntax error: a bug in the generator, not in Waspy. */
    INVALID("invalid program", false);

    public final String label;
    private final boolean bug;

    Verdict(String label, boolean bug) {
        this.label = label;
        this.bug = bug;
    }

    public boolean isBug() {
        return bug;
    }
}
