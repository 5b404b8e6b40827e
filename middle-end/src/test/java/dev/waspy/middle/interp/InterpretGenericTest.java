package dev.waspy.middle.interp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.pass.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The programs of the generic path's ratchet ({@code corpus/generic-parity.txt}) built by the
 * generic builder and run in the reference interpreter, with and without mem2reg, against
 * CPython's recorded behaviour: the generic IR checked apart from the backend and runtime. A
 * program whose IR calls a runtime function the interpreter does not model (iteration,
 * containers) is skipped after its IR was built and verified.
 */
class InterpretGenericTest {
    @TestFactory
    Stream<DynamicTest> ratchetPrograms() throws Exception {
        Path list = Path.of(System.getProperty("waspy.generic.list", "../corpus/generic-parity.txt"));
        assumeTrue(Files.isRegularFile(list), "no list at " + list.toAbsolutePath());
        Path dir = list.resolveSibling("examples");
        List<String> names = Files.readAllLines(list).stream().map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        var generic = MiddleEnd.Options.forTests().withFrontend(MiddleEnd.Frontend.GENERIC);
        var o0 = new MiddleEnd.Options(Pipeline.O0, true).withFrontend(MiddleEnd.Frontend.GENERIC);
        return names.stream().flatMap(n -> Stream.of(
                DynamicTest.dynamicTest(n, () -> run(dir.resolve(n + ".py"), generic)),
                DynamicTest.dynamicTest(n + " (-O0)", () -> run(dir.resolve(n + ".py"), o0))));
    }

    private static void run(Path p, MiddleEnd.Options options) throws Exception {
        InterpretCorpusTest.run(p, options);
    }
}
