package dev.waspy.middle.dump;

import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.pass.PassContext;
import dev.waspy.middle.pass.PassObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Writes the IR after the chosen steps into a directory, one file per function per step:
 * {@code 00.build.fib.ir}, {@code 01.mem2reg.fib.ir}, ... (the step's position in the run, its
 * name, the function's name with anything but letters, digits, '_', '.' and '-' as '_', so the
 * module body is {@code _module_}). Files sort in the order the steps ran.
 */
public final class PassDumps implements PassObserver {
    private final Path dir;
    private final Predicate<String> steps;
    private int index;

    /** {@code steps}: which steps to dump ({@code "build"} or a pass name). */
    public PassDumps(Path dir, Predicate<String> steps) {
        this.dir = dir;
        this.steps = steps;
    }

    @Override
    public void after(String step, PassContext ctx, long nanos) {
        int n = index++;
        if (!steps.test(step)) return;
        try {
            Files.createDirectories(dir);
            for (IrFunction f : ctx.program().functions()) {
                String file = String.format("%02d.%s.%s.ir", n, step, f.name().replaceAll("[^A-Za-z0-9_.-]", "_"));
                Files.writeString(dir.resolve(file), IrPrinter.print(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write IR dumps to " + dir + ": " + e.getMessage(), e);
        }
    }
}
