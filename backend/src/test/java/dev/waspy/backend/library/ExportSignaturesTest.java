package dev.waspy.backend.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.ValType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which host signature an export gets (annotations first, else the compiled types) on both IR
 * builders, and the positioned refusal of what cannot cross the host boundary faithfully.
 */
class ExportSignaturesTest {
    private static Compilation build(String source, CompilerOptions options, String... names) {
        return Compiler.compile(SourceFile.of("lib.py", source), options, List.of(names));
    }

    private static Compilation build(String source, String... names) {
        return build(source, CompilerOptions.defaults(), names);
    }

    private static CompileError refused(String source, String name) {
        return assertThrows(CompileError.class, () -> build(source, name));
    }

    private static FuncType typeOf(Compilation c, String export) {
        for (Export e : c.module().exports()) {
            if (e.name().equals(export)) {
                return c.module().types().get(c.module().functionTypeIndex(e.index()));
            }
        }
        throw new AssertionError("no export " + export);
    }

    @Test
    void annotationsGiveTheWasmSignature() {
        var c = build("""
                def f(a: int, x: float, b: bool, s: str, xs: list[str]) -> float:
                    return x
                """, "f");
        assertEquals(List.of(new ExportedFunction("f", List.of(
                new ExportedFunction.Param("a", HostType.INT), new ExportedFunction.Param("x", HostType.FLOAT),
                new ExportedFunction.Param("b", HostType.BOOL), new ExportedFunction.Param("s", HostType.STR),
                new ExportedFunction.Param("xs", HostType.LIST_STR)), HostType.FLOAT, "f")), c.exports());
        assertEquals(FuncType.of(List.of(ValType.I64, ValType.F64, ValType.I32, ValType.I32, ValType.I32, ValType.I32,
                ValType.I32), List.of(ValType.F64)), typeOf(c, "f"));
        List<String> names = c.module().exports().stream().map(Export::name).toList();
        assertEquals(List.of("_initialize", "waspy_alloc", "waspy_error", "f", "memory"), names);
    }

    @Test
    void inferenceTypesWhatHasNoAnnotation() {
        var c = build("""
                def half(n):
                    return n / 2
                print(half(3))
                """, "half");
        assertEquals(List.of(new ExportedFunction.Param("n", HostType.INT)), c.exports().getFirst().params());
        assertEquals(HostType.FLOAT, c.exports().getFirst().result());
    }

    @Test
    void anInstanceThatTakesTheHostsTypesIsExported() {
        var c = build("""
                def add(a: int, b: int) -> int:
                    return a + b
                print(add(1, 2))
                """, CompilerOptions.defaults(), "add");
        assertEquals(FuncType.of(List.of(ValType.I64, ValType.I64), List.of(ValType.I64)), typeOf(c, "add"));
        assertTrue(c.exports().getFirst().compiled().startsWith("add"), c.exports().toString());
    }

    @Test
    void aParameterOfUnknownTypeWithoutAnnotationIsRefusedAtIt() {
        CompileError e = refused("def f(a, b: int) -> int:\n    return b\n", "f");
        assertEquals(1, e.line());
        assertEquals(7, e.column());
        assertTrue(e.message().contains("parameter 'a' has no annotation"), e.message());
    }

    @Test
    void anAnnotationWithNoHostFormIsRefusedAtIt() {
        CompileError e = refused("def f(d: dict[str, int]) -> int:\n    return len(d)\n", "f");
        assertEquals(10, e.column());
        assertTrue(e.message().contains("has no host form"), e.message());
        e = refused("def g(x: int) -> tuple[int, int]:\n    return (x, x)\n", "g");
        assertTrue(e.message().contains("result's annotation has no host form"), e.message());
    }

    @Test
    void aNoneParameterIsRefused() {
        CompileError e = refused("def g(a: int, b: None) -> int:\n    return a\n", "g");
        assertTrue(e.message().contains("parameter 'b' is None, which has no host form"), e.message());
        assertEquals(18, e.column());
        // Unannotated, a parameter only ever given None is not one of the host's types either.
        e = refused("def h(a) -> int:\n    return 1\nprint(h(None))\n", "h");
        assertTrue(e.message().contains("parameter 'a' has no annotation and its type is not fixed"), e.message());
        assertEquals(7, e.column());
    }

    @Test
    void aListParameterWhoseItemsTheProgramFixesIsRefused() {
        CompileError e = refused("""
                def total(xs: list[int]) -> int:
                    return sum(xs)
                print(total([1, 2]))
                """, "total");
        assertTrue(e.message().contains("parameter 'xs' is list[int] for the host but list in the program's own calls"),
                e.message());
    }

    @Test
    void aResultThatCanNeverBeTheAnnotatedTypeIsRefused() {
        CompileError e = refused("def f(x: int) -> str:\n    return x + 1\nprint(f(1))\n", "f");
        assertTrue(e.message().contains("returns int, which is no str"), e.message());
    }

    @Test
    void theModulesOwnExportNamesAreRefused() {
        CompileError e = refused("def memory() -> int:\n    return 1\n", "memory");
        assertEquals(1, e.line());
        assertTrue(e.message().contains("a function named 'memory' cannot be exported"), e.message());
    }

    @Test
    void aNameGivenTwiceIsExportedOnce() {
        assertEquals(1, build("def f(x: int) -> int:\n    return x\n", "f", "f").exports().size());
    }

    @Test
    void anUnknownNameIsACommandLineError() {
        var e = assertThrows(NoSuchExport.class, () -> build("x = 1\n", "nothere"));
        assertEquals("--export: the program defines no function 'nothere' at module level", e.getMessage());
    }
}
