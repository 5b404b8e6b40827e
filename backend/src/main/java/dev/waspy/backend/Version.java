package dev.waspy.backend;

/** Waspy's version, as {@code waspy --version} prints it and the module's producers section names it. */
public final class Version {
    /** Keep in step with the project version of the POMs (without -SNAPSHOT). */
    public static final String NUMBER = "0.1.0";

    private Version() {}
}
