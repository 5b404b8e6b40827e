package dev.waspy.cli.run;

/**
 * How Chicory executes a module. The interpreter starts at once; the compiler translates every
 * function to JVM bytecode first (a few hundred milliseconds for a program with its runtime) and then
 * runs loops about a hundred times faster.
 */
public enum Engine {
    INTERPRETER,
    COMPILER;

    /**
     * The engine when nothing is known about the program: the compiler, because the interpreter is
     * some 30x slower on loops (cli/README.md has the measurements) while the compiler costs a few
     * hundred milliseconds once. {@code waspy run} picks the interpreter itself for programs that
     * cannot run long (see {@code RunCommand}).
     */
    public static final Engine DEFAULT = COMPILER;
}
