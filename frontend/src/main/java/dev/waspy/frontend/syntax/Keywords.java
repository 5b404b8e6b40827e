package dev.waspy.frontend.syntax;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's keywords and soft keywords. Names are interned through here so the parser can test
 * for a keyword with {@code ==}.
 */
final class Keywords {
    static final Set<String> HARD = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");
    private static final Map<String, String> INTERNED = new HashMap<>();

    static {
        for (String k : HARD) {
            INTERNED.put(k, k.intern());
        }
        for (String k : new String[] {"match", "case", "_", "print", "exec"}) {
            INTERNED.put(k, k.intern());
        }
    }

    private Keywords() {}

    static String intern(String name) {
        String k = INTERNED.get(name);
        return k != null ? k : name;
    }

    static boolean isKeyword(String name) {
        return HARD.contains(name);
    }
}
