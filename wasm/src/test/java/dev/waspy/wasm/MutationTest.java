package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.text.WatPrinter;
import dev.waspy.wasm.validate.ValidationReport;
import dev.waspy.wasm.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear error, never a crash: randomly corrupted modules either read or raise
 * MalformedWasmException, and whatever reads can be validated, printed and written without an
 * exception. The seed is fixed so a failure reproduces.
 */
class MutationTest {
    @Test
    void corruptedModulesNeverCrash() {
        byte[] base = WasmWriter.write(WriterTest.factorial());
        Random random = new Random(20261124);
        List<String> crashes = new ArrayList<>();
        int read = 0;
        for (int round = 0; round < 10_000; round++) {
            byte[] bytes = base.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = 8 + random.nextInt(bytes.length - 8);
                bytes[at] = (byte) (random.nextInt(4) == 0 ? 0x80 | random.nextInt(128) : random.nextInt(256));
            }
            Module m;
            try {
                m = WasmReader.read(bytes);
            } catch (MalformedWasmException expected) {
                continue;
            } catch (RuntimeException e) {
                crashes.add("read, round " + round + ": " + e);
                continue;
            }
            read++;
            try {
                Validator.validate(m);
                ValidationReport.format(m, Validator.validate(m));
                WatPrinter.print(m, WatPrinter.Style.FLAT);
                WatPrinter.print(m, WatPrinter.Style.FOLDED);
                WasmWriter.write(m);
            } catch (RuntimeException e) {
                crashes.add("after read, round " + round + ": " + e);
            }
        }
        assertTrue(crashes.isEmpty(), crashes.size() + " crashes, e.g. " + crashes.subList(0, Math.min(5, crashes.size())));
        assertTrue(read > 100, "too few mutants read to exercise the validator: " + read);
    }
}
