package dev.waspy.wasm.binary;

/**
 * The input is not a well-formed WebAssembly 2.0 binary. The message names the section, the byte
 * offset in the input where the problem was found, and the reason in the spec's words where it has some
 * ("integer representation too long", "unexpected end", ...).
 */
public final class MalformedWasmException extends Exception {
    private final String section;
    private final long offset;
    private final String reason;

    public MalformedWasmException(String section, long offset, String reason) {
        super(section + " section, offset 0x" + Long.toHexString(offset) + ": " + reason);
        this.section = section;
        this.offset = offset;
        this.reason = reason;
    }

    /** The section being read ("header" before the first section). */
    public String section() {
        return section;
    }

    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
