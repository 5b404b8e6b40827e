package dev.waspy.cli.run;

/**
 * How Chicory executes a module. The interpreter starts at once; the compiler translates every
 * function to JVM bytecode first (a few hundred milliseconds for a program with its runtime) and then
 * runs loops about a hundred times faster.
 */
public enum Engine {
    INTERPRETER,
    COMPILER;

    /** The engine {@code waspy run} uses when none is named; see cli/README.md for the measurements. */
    public static final Engine DEFAULT = COMPILER;
}
