package dev.waspy.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.lower.Lowering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructs outside the supported language are refused at their position, naming the
 * construct, and never crash the compiler. Each case: source (with \n), line, column, message.
 */
class UnsupportedTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            class A:\\n    pass                       | 1 | 1  | classes are not supported yet
            x = 1\\nprint(x is x)                       | 2 | 7  | 'is' comparisons other than with None are not supported yet
            x = {}\\nv = x.keys().index(1, 0)          | 2 | 5  | calling .index() on a value whose type is not known statically is not supported yet
            f = lambda: 1                               | 1 | 5  | lambda expressions other than as a key= or map/filter function are not supported yet
            try:\\n    pass\\nexcept E:\\n    pass     | 1 | 1  | try statements are not supported yet
            print(undefined_name)                       | 1 | 7  | name 'undefined_name' is not defined
            g = (i for i in range(3))                   | 1 | 5  | a generator expression other than as the argument of a consuming builtin (sum, any, list, ...) is not supported yet
            for c in 5:\\n    pass                     | 1 | 10 | 'int' object is not iterable
            import os                                   | 1 | 8  | imports other than 'import sys' at module level are not supported yet
            m = map(str, [1])                           | 1 | 5  | map() other than as the iterable of a loop or of a consuming builtin is not supported yet
            def f():\\n    def g():\\n        pass     | 2 | 5  | nested functions are not supported yet
            if True:\\n    def g():\\n        pass  | 2 | 5  | function definitions inside if/while/for blocks are not supported yet
            def f(*a):\\n    pass                      | 1 | 8  | *args parameters are not supported yet
            def f():\\n    pass\\ng = f                | 3 | 5  | using 'f' as a value is not supported yet
            print(1, 2, file=None)                      | 1 | 13 | print(file=...) is not supported yet
            x = 1 + None                                | 1 | 5  | unsupported operand type(s) for +: 'int' and 'NoneType'
            a, *b, *c = [1]                             | 1 | 1  | multiple starred expressions in assignment
            def f(x: int):\\n    pass\\nf('a')         | 1 | 7  | parameter 'x' has type str, but its annotation says int
            def f() -> str:\\n    return 1             | 1 | 12 | the return value of 'f' has type int, but its annotation says str
            x = sorted(1)                               | 1 | 12 | 'int' object is not iterable
            print(f(1))\\ndef f(x):\\n    return x      | 1 | 7  | function 'f' is called before its definition
            """)
    void refusedAtItsPosition(String src, int line, int col, String message) {
        var file = SourceFile.of("t.py", src.strip().replace("\\n", "\n") + "\n");
        CompileError e = assertThrows(CompileError.class, () -> Lowering.lower(file,
                dev.waspy.frontend.TestParse.parse(file)));
        assertEquals(message, e.message());
        assertEquals(line + ":" + col, e.line() + ":" + e.column(), e.format());
    }
}
