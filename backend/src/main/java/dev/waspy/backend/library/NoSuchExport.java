package dev.waspy.backend.library;

/** {@code --export} names a function the program does not define at module level. */
public final class NoSuchExport extends RuntimeException {
    public NoSuchExport(String name) {
        super("--export: the program defines no function '" + name + "' at module level");
    }
}
