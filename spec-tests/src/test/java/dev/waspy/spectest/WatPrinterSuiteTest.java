package dev.waspy.spectest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.text.WatPrinter;
import dev.waspy.wasm.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * WatPrinter checked by an independent assembler: every valid module of the spec suite is printed
 * (flat, and folded with synthetic names), assembled again by wabt's wat2wasm, and must come back
 * as the same module.
 */
class WatPrinterSuiteTest {
    @Test
    void printedModulesAssembleToTheSameModule() throws IOException {
        Path suite = SuiteLocation.resolve();
        assertTrue(Files.isDirectory(suite), "spec suite not found at " + suite);
        WastConverter converter = new WastConverter(Path.of("target", "spec-json"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(suite)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        for (Path wast : files) {
            Path json = converter.convert(wast);
            try (Stream<Path> s = Files.list(json.getParent())) {
                for (Path wasm : s.filter(p -> p.toString().endsWith(".wasm")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(wasm);
                    Module m;
                    try {
                        m = WasmReader.read(bytes);
                    } catch (MalformedWasmException e) {
                        continue;
                    }
                    if (!Validator.validate(m).isEmpty()) {
                        continue;
                    }
                    checked++;
                    for (WatPrinter.Style style : WatPrinter.Style.values()) {
                        String problem = roundTrip(bytes, style);
                        if (problem != null) {
                            failures.add(wasm.getFileName() + " (" + style + "): " + problem);
                        }
                    }
                }
            }
        }
        System.out.println("WAT printer: " + checked + " modules printed flat and folded, " + failures.size()
                + " mismatches");
        if (!failures.isEmpty()) {
            fail(failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        }
    }

    /** Null when the module in {@code bytes}, printed in {@code style}, assembles back to itself. */
    private static String roundTrip(byte[] bytes, WatPrinter.Style style) {
        String wat;
        byte[] expected;
        try {
            Module printed = WasmReader.read(bytes);
            if (style == WatPrinter.Style.FOLDED) {
                addNames(printed);
            }
            wat = WatPrinter.print(printed, style);
            expected = normalized(WasmReader.read(bytes));
        } catch (MalformedWasmException e) {
            return "unreadable: " + e.getMessage();
        }
        byte[] assembled;
        try {
            assembled = Wat2Wasm.parse(wat);
        } catch (RuntimeException e) {
            return "wat2wasm rejected the text: " + e.getMessage();
        }
        try {
            byte[] actual = normalized(WasmReader.read(assembled));
            return Arrays.equals(expected, actual) ? null : "assembles to a different module";
        } catch (MalformedWasmException e) {
            return "wat2wasm output unreadable: " + e.getMessage();
        }
    }

    /**
     * Gives every function, local and global a debug name, with clashes and characters outside the text
     * format's identifier set, so that the printed identifiers (not indices) must resolve right.
     */
    private static void addNames(Module m) {
        for (int g = 0; g < m.globalCount(); g++) {
            m.names().globalNames().put(g, g % 2 == 0 ? "g" : "global #" + g);
        }
        int functions = m.functionCount();
        int imported = functions - m.functions().size();
        for (int f = 0; f < functions; f++) {
            m.names().functionNames().put(f, f % 3 == 0 ? "dup" : "fn " + f + "(x)");
            if (f >= imported) {
                int params = m.functionType(f) == null ? 0 : m.functionType(f).params().size();
                int locals = params + m.functions().get(f - imported).locals().size();
                for (int l = 0; l < locals; l++) {
                    m.names().setLocalName(f, l, l % 2 == 0 ? "v" : "v" + l);
                }
            }
        }
    }

    /**
     * The module without what text cannot carry or wat2wasm decides itself: names, custom sections,
     * the data count section, and the choice between function-index and ref.func element encodings.
     */
    private static byte[] normalized(Module m) {
        // Normalizes in place: callers pass a freshly read copy.
        m.customSections().clear();
        m.names().functionNames().clear();
        m.names().localNames().clear();
        m.names().globalNames().clear();
        m.names().otherSubsections().clear();
        m.names().setModuleName(null);
        m.setDataCount(null);
        m.elements().replaceAll(WatPrinterSuiteTest::asExpressions);
        return WasmWriter.write(m);
    }

    private static ElementSegment asExpressions(ElementSegment e) {
        if (e.items() instanceof ElementItems.FuncIndices f) {
            List<ConstExpr> exprs = f.indices().stream().map(i -> ConstExpr.of(new Reference.RefFunc(i))).toList();
            return new ElementSegment(e.type(), e.mode(), new ElementItems.Expressions(exprs));
        }
        return e;
    }
}
