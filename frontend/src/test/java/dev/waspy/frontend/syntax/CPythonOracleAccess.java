package dev.waspy.frontend.syntax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The oracle's compile() answers for tests outside the syntax package. */
public final class CPythonOracleAccess {
    private CPythonOracleAccess() {}

    /** One answer per file: its path, then the error's line, offset and message, or a skip reason. */
    public record Answer(Path path, int errLine, int errOffset, String errMsg, String skip) {}

    /** The python3 that serves as the oracle ({@code $WASPY_PYTHON} or {@code python3}). */
    public static String python() {
        return CPythonOracle.python();
    }

    public static List<Answer> compileAnswers(List<Path> files) throws Exception {
        var out = new ArrayList<Answer>();
        CPythonOracle.compileAnswers(files, a -> out.add(new Answer(a.path(), a.errLine(), a.errOffset(), a.errMsg(), a.skip())));
        return out;
    }

    /** Output of {@code python3 -c CODE} given {@code input} on stdin, trimmed. */
    public static String eval(String code, String input) throws Exception {
        return CPythonOracle.eval(code, input);
    }
}
