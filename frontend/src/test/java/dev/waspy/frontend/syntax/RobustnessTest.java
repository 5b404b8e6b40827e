package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * No input makes the parser throw anything but its SyntaxError: random bytes, random token soup,
 * truncations of real code, deep nesting, huge literals. Runs on a thread with a small (512 KiB)
 * stack, so input nested up to the parser's limit also exercises its move to a larger stack.
 */
class RobustnessTest {
    private static final String SAMPLE = """
            import os, sys as system
            from . import (a, b as c,)
            @decorator(x=1)
            async def f(a, /, b: int = 2, *args: *Ts, c, d=3, **kw) -> list[int]:
                global g
                x = [i ** 2 for i in range(10) if i % 2 async for j in k]
                y = {k: v for k, v in d.items()}; z = {*a, *b}
                w = lambda q, *, r=1: (q, r)
                s = f"{x!r:>{width}} {y=} {'nested' + f'{z}'}" r'\\x00' '''tri\"ple'''
                match command.split():
                    case [Point(x=0, y=0) as p, *rest] if p: pass
                    case {"k": 1 | 2, **rest}: pass
                    case -1 + 2j | None | "s" | a.b.c: pass
                    case _: pass
                try:
                    with (open(p) as fh, other()):
                        await fh.read()[1:2, ::3]
                except* (ValueError, TypeError) as e:
                    raise RuntimeError() from e
                finally:
                    del x[0], y.attr
                while (n := n - 1) > 0: continue
                else: return 0x_ff + 0o7_7 + 0b1 + 1_000.5e-3j + .5
            class C(Base, metaclass=M): x: int = 5
            """;

    @Test
    void randomBytesGiveOnlySyntaxErrors() throws Exception {
        onSmallStack(() -> {
            Random rnd = new Random(1234);
            for (int i = 0; i < 3000; i++) {
                byte[] b = new byte[rnd.nextInt(200)];
                rnd.nextBytes(b);
                check(b);
            }
        });
    }

    @Test
    void tokenSoupAndTruncationsGiveOnlySyntaxErrors() throws Exception {
        String[] pieces = {"(", ")", "[", "]", "{", "}", ":", ",", "*", "**", "=", ":=", "lambda", "if", "else",
            "for", "in", "not", "async", "await", "yield", "match", "case", "_", "x", "1", "'s'", "f'{a}'", "\n",
            "    ", "\t", "\\\n", "@", ".", "...", "->", "def", "class", "try", "except", "with", "as", "from",
            "import", "del", "return", "#c", "b'x'", "1j", "0x", "1e", "\"\"\"", "'''", "u'", "rb", "|", "-", "~"};
        onSmallStack(() -> {
            Random rnd = new Random(99);
            for (int i = 0; i < 5000; i++) {
                StringBuilder sb = new StringBuilder();
                int n = rnd.nextInt(40);
                for (int k = 0; k < n; k++) {
                    sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextBoolean() ? " " : "");
                }
                check(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] sample = SAMPLE.getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut <= sample.length; cut++) {
                byte[] b = new byte[cut];
                System.arraycopy(sample, 0, b, 0, cut);
                check(b);
            }
        });
    }

    @Test
    void sampleParses() {
        Parser.parse(SourceFile.of("sample.py", SAMPLE));
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() throws Exception {
        onSmallStack(() -> {
            assertSyntaxError("x = " + "(".repeat(199) + ")".repeat(199), null);
            assertSyntaxError("x = " + "(".repeat(5000) + ")".repeat(5000), "too many nested parentheses");
            assertSyntaxError("x = " + "[".repeat(300), "too many nested parentheses");
            assertSyntaxError("x = " + "-".repeat(2_900) + "1", null);
            assertSyntaxError("x = " + "lambda: ".repeat(2_900) + "1", null);
            assertSyntaxError("x = 1" + " + 1".repeat(2_900), null);
            assertSyntaxError("x = a" + ".b".repeat(2_900), null);
            assertSyntaxError("x = " + "-".repeat(100_000) + "1", "too many nested");
            assertSyntaxError("x = 1" + " + 1".repeat(100_000), "too many nested");
            assertSyntaxError("x = a" + "[0]".repeat(100_000), "too many nested");
            assertSyntaxError("x = " + "2 ** ".repeat(100_000) + "1", "too many nested");
            assertSyntaxError("x = " + "not ".repeat(100_000) + "1", "too many nested");
            assertSyntaxError("x = " + "lambda: ".repeat(100_000) + "1", "too many nested");
            assertSyntaxError("x = " + "1 if 2 else ".repeat(100_000) + "1", "too many nested");
            assertSyntaxError("x = " + "await ".repeat(100_000) + "1", "invalid syntax");
            assertSyntaxError("x = " + "*".repeat(100_000) + "a", null);
            StringBuilder deepBlocks = new StringBuilder();
            for (int i = 0; i < 150; i++) {
                deepBlocks.append(" ".repeat(i)).append("if x:\n");
            }
            deepBlocks.append(" ".repeat(150)).append("pass\n");
            assertSyntaxError(deepBlocks.toString(), "too many levels of indentation");
            assertSyntaxError("x = f'{f\"{f'{1}'}\"}'", null);
        });
    }

    @Test
    void hugeLiteralsAreHandled() throws Exception {
        onSmallStack(() -> {
            assertSyntaxError("x = " + "9".repeat(5000), "Exceeds the limit (4300 digits)");
            check(("x = 0x" + "f".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
            check(("x = '" + "a".repeat(1_000_000) + "'").getBytes(StandardCharsets.UTF_8));
            check(("x = 1." + "5".repeat(100_000) + "e99999").getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Parses; the only exception allowed is SyntaxError. */
    private static void check(byte[] src) {
        try {
            Parser.parse(SourceFile.decode("fuzz.py", src));
        } catch (SyntaxError e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
            AstDumpTool.dumpLine("fuzz.py", src, true);
        } catch (RuntimeException | StackOverflowError e) {
            fail("parser threw " + e + " for input " + new String(src, StandardCharsets.ISO_8859_1), e);
        }
    }

    private static void assertSyntaxError(String src, String messagePart) {
        try {
            Parser.parse(SourceFile.of("deep.py", src));
            if (messagePart != null) {
                fail("expected a syntax error containing '" + messagePart + "'");
            }
        } catch (SyntaxError e) {
            if (messagePart != null) {
                assertTrue(e.getMessage().contains(messagePart), e.getMessage());
            }
        }
    }

    private static void onSmallStack(Runnable r) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                r.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (failure.get() instanceof AssertionError a) {
            throw a;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(null, failure.get());
    }
}
