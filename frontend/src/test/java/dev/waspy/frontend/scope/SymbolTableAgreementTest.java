package dev.waspy.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Mod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Where both exist, {@link ScopeAnalysis} (the supported language's scopes) and the {@link SymbolTable}
 * must agree, since the IR builder takes its locals from the second and the kinds of globals
 * from the first: for every corpus program ScopeAnalysis accepts, each function's locals and
 * global declarations, and the module's global variables.
 */
class SymbolTableAgreementTest {
    @TestFactory
    List<DynamicTest> scopeAnalysisAgreesOnTheCorpus() throws IOException {
        Path examples = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(examples.resolve("corpus/examples"))) examples = examples.getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(examples.resolve("corpus/examples"))) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                SourceFile src = SourceFile.decode(f.toString(), Files.readAllBytes(f));
                Mod.Module module = Parser.parse(src);
                Scopes scopes;
                try {
                    scopes = ScopeAnalysis.analyze(src, module);
                } catch (CompileError e) {
                    return; // outside the supported language: nothing to agree on
                }
                SymbolTable table = SymbolTable.build(src, module);
                Set<String> assignedGlobals = new TreeSet<>();
                var functions = new java.util.ArrayList<>(scopes.functions());
                functions.addAll(scopes.methods().keySet());
                for (FunctionScope fs : functions) {
                    SymbolBlock b = table.block(fs.def());
                    assertEquals(new TreeSet<>(fs.locals()), names(b, n -> b.isLocal(n)), fs.name() + " locals");
                    assertEquals(new TreeSet<>(fs.declaredGlobal()), names(b, b::isDeclaredGlobal), fs.name() + " globals");
                    assignedGlobals.addAll(names(b, n -> b.isDeclaredGlobal(n) && b.isAssigned(n)));
                }
                SymbolBlock top = table.top();
                // A := in a module-level comprehension marks its target DEF_GLOBAL in the module
                // block (CPython's symtable_extend_namedexpr_scope), not DEF_LOCAL: bound all the same.
                // Functions and the program's exception classes with empty bodies are bound by their
                // statements, not slots (a class with a body is a global).
                Set<String> expected = names(top, n -> (top.flags(n) & (SymbolFlags.DEF_LOCAL | SymbolFlags.DEF_GLOBAL)) != 0
                        && scopes.function(n) == null
                        && !(scopes.exceptionClasses().containsKey(n) && !scopes.classes().containsKey(n)));
                expected.addAll(assignedGlobals);
                Set<String> actual = new TreeSet<>(scopes.globals());
                actual.removeIf(g -> g.startsWith("$")); // ScopeAnalysis's hidden slots for defaults
                actual.removeAll(scopes.unassigned()); // read but bound nowhere: NameError when read
                assertEquals(expected, actual, "module globals");
            }));
        }
        return tests;
    }

    private static Set<String> names(SymbolBlock b, java.util.function.Predicate<String> test) {
        Set<String> out = new TreeSet<>();
        for (String n : b.names()) if (test.test(n)) out.add(n);
        return out;
    }
}
