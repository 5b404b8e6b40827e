package dev.waspy.middle;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Mod;
import java.lang.reflect.InvocationTargetException;

/** The frontend's parser, for tests. */
final class Parse {
    private Parse() {}

    static Mod.Module module(SourceFile file) {
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
