package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.cli.run.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison at the heart of the corpus: what counts as "the same as CPython", and how a difference reads. */
class ExpectedTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void identicalOutcomesAgree() {
        Expected e = new Expected(b("1\n2\n"), 0, "");
        assertEquals(Optional.empty(), e.mismatch(new Outcome(b("1\n2\n"), 0, b(""))));
    }

    @Test
    void stderrMattersOnlyThroughItsLastLineAndOnlyForAFailingStatus() {
        Expected ok = new Expected(b("x\n"), 0, "");
        assertEquals(Optional.empty(), ok.mismatch(new Outcome(b("x\n"), 0, b("a warning\n"))));

        Expected raised = new Expected(b("x\n"), 1, "ZeroDivisionError: division by zero");
        String trace = "Traceback (most recent call last):\n  File \"f.py\", line 1\nZeroDivisionError: division by zero\n";
        assertEquals(Optional.empty(), raised.mismatch(new Outcome(b("x\n"), 1, b(trace))));
        String wrong = raised.mismatch(new Outcome(b("x\n"), 1, b("ZeroDivisionError: float division by zero\n")))
                .orElseThrow();
        assertTrue(wrong.contains("last stderr line"), wrong);

        Expected exited = new Expected(b(""), 3, "");
        assertTrue(exited.mismatch(new Outcome(b(""), 3, b("waspy: internal compiler error\n"))).isPresent());
    }

    @Test
    void aStatusOrByteDifferenceIsReportedWithTheFirstDifferingLine() {
        Expected e = new Expected(b("a\nb\nc\n"), 0, "");
        String status = e.mismatch(new Outcome(b("a\nb\nc\n"), 1, b(""))).orElseThrow();
        assertTrue(status.contains("exit status: expected 0, got 1"), status);

        String text = e.mismatch(new Outcome(b("a\nB\nc\n"), 0, b(""))).orElseThrow();
        assertTrue(text.contains("differs at line 2"), text);
        assertTrue(text.contains(" -    2  \"b\\n\"") && text.contains(" +    2  \"B\\n\""), text);

        String newline = e.mismatch(new Outcome(b("a\nb\nc"), 0, b(""))).orElseThrow();
        assertTrue(newline.contains("differs at line 3") && newline.contains("\"c\""), newline);
    }

    @Test
    void theExitFileHoldsTheStatusAndTheLastErrorLine() {
        Outcome raised = new Outcome(b(""), 1, b("Traceback ...\nOverflowError: int too large to convert to float\n"));
        assertEquals(Optional.of("1\nOverflowError: int too large to convert to float\n"),
                Expected.of(raised).exitFileText());
        assertEquals(Optional.of("3\n"), Expected.of(new Outcome(b("x"), 3, b(""))).exitFileText());
        assertEquals(Optional.empty(), Expected.of(new Outcome(b("x"), 0, b("noise"))).exitFileText());
    }
}
