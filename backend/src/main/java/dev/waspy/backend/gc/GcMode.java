package dev.waspy.backend.gc;

/**
 * Debug modes of the collector, fixed when a program is compiled ({@code waspy run|build
 * --gc-verify --gc-stress --gc-stats}); {@code _start} passes them to the runtime.
 *
 * @param verify check the whole heap before and after every collection, poison freed memory
 * @param stress collect at every safepoint, so a reference missing from the roots is freed at once
 * @param stats  report collections and memory size on stderr when the program ends normally
 */
public record GcMode(boolean verify, boolean stress, boolean stats) {
    public static final GcMode NORMAL = new GcMode(false, false, false);

    /** The {@code mode} argument of {@code rt_gc_config} (waspy.h: RT_GC_VERIFY = 1, RT_GC_STRESS = 2). */
    public int runtimeBits() {
        return (verify ? 1 : 0) | (stress ? 2 : 0);
    }
}
