package dev.waspy.spectest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the top-level forms (commands) of a .wast script without converting it, for skipped files. */
final class WastForms {
    private WastForms() {
    }

    static int count(Path wast) throws IOException {
        String s = Files.readString(wast);
        int depth = 0;
        int forms = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' && i + 1 < s.length() && s.charAt(i + 1) == ';') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(' && i + 1 < s.length() && s.charAt(i + 1) == ';') {
                int nest = 0;
                for (; i + 1 < s.length(); i++) {
                    if (s.charAt(i) == '(' && s.charAt(i + 1) == ';') {
                        nest++;
                        i++;
                    } else if (s.charAt(i) == ';' && s.charAt(i + 1) == ')') {
                        nest--;
                        i++;
                        if (nest == 0) {
                            break;
                        }
                    }
                }
            } else if (c == '"') {
                for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                if (depth == 0) {
                    forms++;
                }
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return forms;
    }
}
