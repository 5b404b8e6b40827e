package dev.waspy.maven;

import dev.waspy.backend.CompilerOptions;
import dev.waspy.middle.pass.Pipeline;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Compiles every {@code .py} file under {@code sourceDirectory} to a WASI command module under
 * {@code outputDirectory} (by default the project's classes, so it is on the class path and in the
 * jar), keeping its relative path: {@code src/main/python/tools/report.py} becomes
 * {@code tools/report.wasm}. A program Waspy refuses fails the build with the compiler's message
 * ({@code FILE:LINE:COL: error: ...}, the source line, a caret).
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class CompileMojo extends AbstractMojo {
    /** Where the Python programs are. */
    @Parameter(property = "waspy.sourceDirectory", defaultValue = "${project.basedir}/src/main/python")
    File sourceDirectory;

    /** Where the modules go. */
    @Parameter(property = "waspy.outputDirectory", defaultValue = "${project.build.outputDirectory}")
    File outputDirectory;

    /** The optimization level, as {@code waspy build -O}: 0, 1 or 2. */
    @Parameter(property = "waspy.optimizationLevel", defaultValue = "" + Pipeline.DEFAULT_LEVEL)
    int optimizationLevel;

    /** Passes left out of the level's pipeline, as {@code waspy build --disable-pass}. */
    @Parameter
    List<String> disabledPasses;

    /** The most linear memory a program may grow to, in MiB, as {@code waspy build --max-memory} (default 4096). */
    @Parameter(property = "waspy.maxMemory")
    Integer maxMemory;

    /** Warn where a value's type disagrees with its annotation, as {@code waspy build --warn-annotations}. */
    @Parameter(property = "waspy.warnAnnotations", defaultValue = "false")
    boolean warnAnnotations;

    /**
     * When set, each module also becomes JVM classes in this package (Chicory's build-time
     * compiler): {@code word_count.py} is the class {@code PACKAGE.WordCount}, whose {@code load()}
     * and {@code create} give Chicory the module and its compiled code.
     */
    @Parameter(property = "waspy.jvmPackage")
    String jvmPackage;

    /** Where the Java source of those classes goes (added to the project's sources). */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/waspy")
    File generatedSourcesDirectory;

    /** Skip the goal. */
    @Parameter(property = "waspy.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Waspy: skipped");
            return;
        }
        try {
            List<Program> programs = Programs.find(sourceDirectory.toPath(), project.getBasedir().toPath());
            if (programs.isEmpty()) {
                getLog().info("Waspy: no Python programs in " + sourceDirectory);
                return;
            }
            PythonBuild.Result result = new PythonBuild(compilerOptions(), outputDirectory.toPath(), jvm(), getLog()::info)
                    .run(programs);
            if (!result.errors().isEmpty()) {
                int n = result.errors().size();
                throw new MojoFailureException(n + (n == 1 ? " Python program does" : " Python programs do")
                        + " not compile:\n" + String.join("\n", result.errors()));
            }
            if (jvmPackage != null) {
                project.addCompileSourceRoot(generatedSourcesDirectory.getPath());
            }
            getLog().info("Waspy: " + result.compiled() + " program" + (result.compiled() == 1 ? "" : "s")
                    + " compiled to " + outputDirectory + (jvmPackage == null ? "" : " and to classes in " + jvmPackage));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Waspy: " + e.getMessage());
        } catch (PythonBuild.CompilerBug e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        } catch (IOException e) {
            throw new MojoExecutionException("Waspy: " + e, e);
        }
    }

    private CompilerOptions compilerOptions() {
        return new BuildSettings(optimizationLevel, disabledPasses, maxMemory,
                warnAnnotations ? getLog()::warn : null).compilerOptions();
    }

    private PythonBuild.Jvm jvm() {
        if (jvmPackage == null) {
            return null;
        }
        if (!JvmNames.isPackage(jvmPackage)) {
            throw new IllegalArgumentException("jvmPackage '" + jvmPackage + "' is not a Java package name");
        }
        return new PythonBuild.Jvm(new JvmClasses(outputDirectory.toPath(), generatedSourcesDirectory.toPath()), jvmPackage);
    }
}
