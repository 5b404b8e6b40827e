package dev.waspy.middle.build;

import java.util.List;

/**
 * The "Did you mean: 'x'?" that CPython 3.11 appends to the last line of a NameError report:
 * the closest name by its Levenshtein distance (moves cost 2, a case change 1), first among the
 * function's variables, then the module's globals, then the builtins; a candidate counts only
 * when at most about a third of the characters must change. The algorithm and constants are
 * those of CPython's Python/suggestions.c. Which globals exist at the moment of the error is known
 * only at run time: {@link #ranked} orders the candidates so that the first one bound then is
 * CPython's choice.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The keys of a script's globals dict before its first statement runs. */
    static final List<String> MODULE_DUNDERS = List.of("__name__", "__doc__", "__package__", "__loader__", "__spec__",
            "__annotations__", "__builtins__", "__file__", "__cached__");

    /** The keys of CPython 3.11's builtins dict, in order (as python3 lists them). */
    static final List<String> BUILTINS = List.of(
            "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
            "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir",
            "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
            "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext",
            "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None",
            "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes",
            "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int",
            "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super",
            "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
            "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError",
            "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError",
            "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
            "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError",
            "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning",
            "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
            "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
            "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
            "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
            "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError",
            "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError",
            "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
            "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
            "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit",
            "copyright", "credits", "license", "help");

    /**
     * The candidates of {@code dir} close enough to {@code name}, best first: by distance, then by
     * their order in {@code dir}. CPython takes the first item of minimal distance in the order of
     * the dict, so over any subset of {@code dir} (the names bound at the error) its choice is the
     * first of this list that belongs to the subset.
     */
    static List<String> ranked(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) return List.of();
        record Candidate(String item, int distance) {}
        var found = new java.util.ArrayList<Candidate>();
        for (String item : dir) {
            if (item.equals(name) || found.stream().anyMatch(c -> c.item().equals(item))) continue;
            int max = (utf8(name) + utf8(item) + 3) * MOVE_COST / 6;
            int d = distance(name, item, max);
            if (d <= max) found.add(new Candidate(item, d));
        }
        // A stable sort keeps the order of dir among equal distances.
        found.sort(java.util.Comparator.comparingInt(Candidate::distance));
        return found.stream().map(Candidate::item).toList();
    }

    static String closest(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) return null;
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (String item : dir) {
            if (item.equals(name)) continue;
            int max = (utf8(name) + utf8(item) + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = distance(name, item, max);
            if (d > max) continue;
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static int utf8(String s) { return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length; }

    private static int substitution(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int x = a >= 'A' && a <= 'Z' ? a + 32 : a;
        int y = b >= 'A' && b <= 'Z' ? b + 32 : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** Levenshtein distance over the UTF-8 bytes, or more than {@code max} once that is certain. */
    static int distance(String sa, String sb, int max) {
        byte[] a = sa.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = sb.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int as = 0, ae = a.length, bs = 0, be = b.length;
        while (as < ae && bs < be && a[as] == b[bs]) { as++; bs++; }
        while (as < ae && bs < be && a[ae - 1] == b[be - 1]) { ae--; be--; }
        int an = ae - as, bn = be - bs;
        if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
        if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max + 1;
        if (bn < an) {
            byte[] t = a; a = b; b = t;
            int ts = as; as = bs; bs = ts;
            int tn = an; an = bn; bn = tn;
        }
        if ((bn - an) * MOVE_COST > max) return max + 1;
        int[] row = new int[an];
        for (int i = 0; i < an; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bn; bi++) {
            byte code = b[bs + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < an; ai++) {
                int substitute = distance + substitution(code, a[as + ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }
}
