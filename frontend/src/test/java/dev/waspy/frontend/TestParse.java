package dev.waspy.frontend;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Mod;
import java.lang.reflect.InvocationTargetException;

/** The parser for the semantic tests, reached reflectively so these tests compile before it is merged. */
public final class TestParse {
    private TestParse() {}

    public static Mod.Module parse(SourceFile file) {
        try {
            return (Mod.Module) Class.forName("dev.waspy.frontend.syntax.Parser").getMethod("parse", SourceFile.class).invoke(null, file);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof CompileError ce) throw ce;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parser is not available", e);
        }
    }
}
