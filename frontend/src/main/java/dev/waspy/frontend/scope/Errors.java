package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Pos;

/** Builds compile errors at AST positions (whose columns are UTF-8 byte offsets). */
public final class Errors {
    private Errors() {}

    public static CompileError at(SourceFile file, Pos pos, String message) {
        if (pos == null) return new CompileError(file, 1, 1, message);
        int col = file.charColumn(pos.lineno(), pos.colOffset()) + 1;
        return new CompileError(file, pos.lineno(), col, message);
    }

    /** "WHAT is/are not supported yet", the verb agreeing with WHAT's head noun. */
    public static CompileError unsupported(SourceFile file, Pos pos, String what) {
        return at(file, pos, what + " " + (plural(what) ? "are" : "is") + " not supported yet");
    }

    // The head of an English noun phrase is its last word before a qualifier ("for loops over ...").
    private static boolean plural(String what) {
        String head = what;
        for (String cut : new String[] {" over ", " other than", " at ", " of ", " in ", " to ", " as ", " outside ",
                " whose ", " (", " with "}) {
            int i = head.indexOf(cut);
            if (i > 0) head = head.substring(0, i);
        }
        String[] words = head.split(" ");
        if (words[0].endsWith("ing")) return false; // "repeating strings": the act, singular
        String last = words[words.length - 1];
        return last.endsWith("s") && !last.endsWith("ss");
    }
}
