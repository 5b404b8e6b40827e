package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The logic of {@code waspy dump-ast}: one line per file, exactly what
 * {@code print(ast.dump(ast.parse(source)))} prints, or {@code error: LINE:COL: MESSAGE}.
 */
public final class AstDumpTool {
    private AstDumpTool() {}

    /** The dump line for source bytes (never throws for bad input). */
    public static String dumpLine(String path, byte[] source, boolean positions) {
        try {
            SourceFile file = SourceFile.decode(path, source);
            return AstDump.dump(Parser.parse(file), positions);
        } catch (SyntaxError e) {
            return "error: " + e.line() + ":" + e.column() + ": " + e.getMessage();
        }
    }

    /** Prints one line per file; returns 0 if every file parsed, 1 if some did not, 2 if one could not be read. */
    public static int run(List<Path> files, boolean positions, PrintStream out, PrintStream err) {
        int status = 0;
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException | RuntimeException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
                err.println("waspy: cannot read " + f + ": " + why);
                status = 2;
                continue;
            }
            String line = dumpLine(f.toString(), bytes, positions);
            out.println(line);
            if (line.startsWith("error: ") && status == 0) {
                status = 1;
            }
        }
        out.flush();
        return status;
    }
}
