package dev.waspy.maven;

import com.dylibso.chicory.build.time.compiler.Config;
import com.dylibso.chicory.build.time.compiler.Generator;
import com.dylibso.chicory.compiler.InterpreterFallback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A module to JVM classes with Chicory's build-time compiler: the compiled functions as
 * {@code .class} files and the module without its code ({@code NAME.meta}) under {@code classes},
 * and the class a program loads it with ({@code NAME.load()}, {@code NAME::create}) as Java
 * source under {@code sources}, which the project then compiles.
 */
record JvmClasses(Path classes, Path sources) {
    /** Whether the classes of {@code className}, the module without its code and their source are there. */
    boolean exist(String className) {
        String path = className.replace('.', '/');
        return Files.isRegularFile(classes.resolve(path + "Machine.class")) && Files.isRegularFile(classes.resolve(path + ".meta"))
                && Files.isRegularFile(sources.resolve(path + ".java"));
    }

    /**
     * Writes the classes of {@code wasm} as {@code className}; returns how many functions are
     * left to Chicory's interpreter (too large for one JVM method).
     */
    int generate(Path wasm, String className) throws IOException {
        Config config = Config.builder()
                .withWasmFile(wasm)
                .withName(className)
                .withTargetClassFolder(classes)
                .withTargetWasmFolder(classes)
                .withTargetSourceFolder(sources)
                // As `waspy run` does: a function too large for one JVM method runs in the interpreter.
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .withInterpretedFunctions(Set.of())
                .build();
        Generator generator = new Generator(config);
        Set<Integer> interpreted = generator.generateResources();
        generator.generateMetaWasm(interpreted);
        generator.generateSources();
        return interpreted.size();
    }
}
