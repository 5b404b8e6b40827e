package dev.waspy.cli;

import dev.waspy.frontend.syntax.AstDumpTool;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code waspy dump-ast [--positions] FILE...}: CPython's ast.dump of each file, one line each. */
@Command(name = "dump-ast", mixinStandardHelpOptions = true,
        description = {"Print, for each file in order, one line exactly as CPython's",
            "print(ast.dump(ast.parse(source))) prints it, or 'error: LINE:COL: MESSAGE'",
            "if the file does not parse."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file parsed", "1:some file has a syntax error", "2:some file could not be read"})
public final class DumpAstCommand implements Callable<Integer> {
    @Option(names = "--positions", description = "Include positions, as ast.dump(..., include_attributes=True).")
    boolean positions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Python source files.")
    List<Path> files;

    @Override
    public Integer call() {
        return AstDumpTool.run(files, positions, System.out, System.err);
    }
}
