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
            g = (i for i in range(3))                   | 1 | 5  | a generator expression other than as the argument of a consuming builtin (sum, any, list, ...) is not supported yet
            for c in 5:\\n    pass                     | 1 | 10 | 'int' object is not iterable
            import os                                   | 1 | 8  | imports other than 'import sys' at module level and 'import typing' at its top level are not supported yet
            from os import sep                          | 1 | 1  | from-imports other than from typing and __future__ at the module's top level are not supported yet
            def f():\\n    from typing import List     | 2 | 5  | from-imports other than from typing and __future__ at the module's top level are not supported yet
            m = map(str, [1])                           | 1 | 5  | map() other than as the iterable of a loop or of a consuming builtin is not supported yet
            def f():\\n    def g():\\n        pass     | 2 | 5  | nested functions are not supported yet
            if True:\\n    def g():\\n        pass  | 2 | 5  | function definitions inside if/while/for blocks are not supported yet
            def f(*a):\\n    pass                      | 1 | 8  | *args parameters are not supported yet
            def f():\\n    pass\\ng = f                | 3 | 5  | using 'f' as a value is not supported yet
            print(1, 2, file=None)                      | 1 | 13 | print(file=...) is not supported yet
            x = 1 + None                                | 1 | 5  | unsupported operand type(s) for +: 'int' and 'NoneType'
            a, *b, *c = [1]                             | 1 | 1  | multiple starred expressions in assignment
            from typing import List\\nx = List         | 2 | 5  | using a name bound by an import of typing or __future__ outside annotations is not supported yet
            import typing\\nprint(typing.cast(int, 1))  | 2 | 7  | using a name bound by an import of typing or __future__ outside annotations is not supported yet
            x: int = 1\\nprint(__annotations__)       | 2 | 7  | reading __annotations__ (Waspy does not build it) is not supported yet
            def f(x: List):\\n    pass\\nfrom typing import List | 1 | 10 | name 'List' is used in an annotation before it is imported (CPython raises NameError here)
            from typing import List\\nList = 3         | 2 | 1  | rebinding 'List', bound by an import of typing or __future__, is not supported yet
            from typing import Nope                     | 1 | 20 | cannot import name 'Nope' from 'typing' (CPython raises ImportError here)
            x = 1\\nfrom __future__ import annotations | 2 | 1  | from __future__ imports must occur at the beginning of the file
            from __future__ import nope                 | 1 | 1  | future feature nope is not defined
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
