package dev.waspy.wasm.model;

/** A linear memory; limits count 64 KiB pages. */
public record MemoryType(Limits limits) {
    public static final long PAGE_SIZE = 65536;
    /** 2^16 pages = 4 GiB, the most a 32-bit memory can address. */
    public static final long MAX_PAGES = 65536;
}
