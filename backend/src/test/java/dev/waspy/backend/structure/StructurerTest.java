package dev.waspy.backend.structure;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The structured form must visit the same nodes in the same order as the graph under every sequence
 * of decisions, contain every node's code exactly once, and never let a branch escape the function.
 */
class StructurerTest {
    private static final Map<String, String> GRAPHS = new java.util.LinkedHashMap<>();

    static {
        GRAPHS.put("diamond", """
                A -> B | C
                B -> D
                C -> D
                D -> return
                """);
        GRAPHS.put("if without else", """
                A -> B | C
                B -> C
                C -> return
                """);
        GRAPHS.put("while with break, continue and else", """
                # while h: (if a: break) (if b: continue) body  else: E
                A -> H
                H -> B | E
                B -> X | C
                X -> Z
                C -> H | D
                D -> H
                E -> Z
                Z -> return
                """);
        GRAPHS.put("nested loops, inner break, outer continue, return inside", """
                A -> H1
                H1 -> B1 | Z
                B1 -> H2
                H2 -> B2 | E2
                B2 -> R | C2
                R -> return
                C2 -> X2 | D2
                X2 -> AFTER
                D2 -> H1 | H2
                E2 -> AFTER
                AFTER -> H1
                Z -> return
                """);
        GRAPHS.put("self loop", """
                A -> A | B
                B -> return
                """);
        GRAPHS.put("infinite loop left only by return", """
                A -> H
                H -> R | H
                R -> return
                """);
        GRAPHS.put("switch with shared and merge targets", """
                A -> B C B / D
                B -> E
                C -> E
                D -> return
                E -> return
                """);
        GRAPHS.put("branch with both arms equal", """
                A -> B | B
                B -> return
                """);
        GRAPHS.put("try/except: two blocks of the body raise to one handler", """
                # try: T1; T2  except: H   (after both: Z)
                A -> T1
                T1 -> T2 ! H
                T2 -> Z ! H
                H -> Z
                Z -> return
                """);
        GRAPHS.put("try/except with one raising block and a loop around", """
                A -> L
                L -> T | Z
                T -> L ! H
                H -> L
                Z -> return
                """);
        GRAPHS.put("nested handlers", """
                A -> T1
                T1 -> T2 ! H1
                T2 -> X ! H2
                H2 -> X ! H1
                X -> return
                H1 -> return
                """);
        GRAPHS.put("elif chain", """
                A -> B | C
                B -> Z
                C -> D | E
                D -> Z
                E -> F | Z
                F -> Z
                Z -> return
                """);
    }

    @TestFactory
    Stream<DynamicTest> handWrittenGraphs() {
        return GRAPHS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> check(TestGraph.parse(e.getValue()))));
    }

    @TestFactory
    Stream<DynamicTest> randomStructuredPrograms() {
        return LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("program " + seed,
                () -> check(RandomPrograms.generate(seed))));
    }

    @Test
    void diamondIsOneBlockWithAnIf() {
        Shape<String> s = Structurer.structure(TestGraph.parse(GRAPHS.get("diamond")));
        assertEquals("""
                block  ;; followed by D
                  A
                  if  ;; A
                    B
                  else
                    C
                  end
                end
                D
                leave  ;; D
                """, Shapes.print(s));
    }

    @Test
    void loopWithBreakAndContinue() {
        Shape<String> s = Structurer.structure(TestGraph.parse(GRAPHS.get("while with break, continue and else")));
        // The loop exit Z is dominated by the header, so it sits inside the loop after the block:
        // break falls through to it, continue is a branch back to the loop label.
        assertEquals("""
                A
                loop  ;; headed by H
                  block  ;; followed by Z
                    H
                    if  ;; H
                      B
                      if  ;; B
                        X
                      else
                        C
                        if  ;; C
                          br 4  ;; to H
                        else
                          D
                          br 4  ;; to H
                        end
                      end
                    else
                      E
                    end
                  end
                  Z
                  leave  ;; Z
                end
                """, Shapes.print(s));
    }

    @Test
    void irreducibleGraphsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Structurer.structure(TestGraph.parse("""
                A -> B | C
                B -> C
                C -> B
                """)));
        assertTrue(e.getMessage().contains("irreducible"), e.getMessage());
    }

    private static void check(TestGraph g) {
        Shape<String> unpruned = Structurer.structureUnpruned(g);
        Shape<String> pruned = Shapes.prune(unpruned);
        for (Shape<String> s : List.of(unpruned, pruned)) {
            assertEachNodeOnce(g, s);
            for (long k = 0; k < 40; k++) {
                long seed = k;
                Oracle o = new Oracle(seed, 200);
                List<String> expected = o.walk(g);
                List<String> actual;
                try {
                    actual = o.run(g, s);
                } catch (AssertionError err) {
                    fail(err.getMessage() + "\n" + Shapes.print(s), err);
                    return;
                }
                assertEquals(expected, actual, () -> "seed " + seed + "\n" + Shapes.print(s));
            }
        }
    }

    private static void assertEachNodeOnce(TestGraph g, Shape<String> s) {
        Map<String, Integer> codes = new HashMap<>();
        count(s, codes);
        List<String> reachable = reachable(g);
        for (String n : reachable) {
            // (side exits count as edges: a handler is reachable)
            assertEquals(1, codes.getOrDefault(n, 0), () -> "code of " + n + "\n" + Shapes.print(s));
        }
        assertEquals(reachable.size(), codes.size(), () -> Shapes.print(s));
    }

    private static List<String> reachable(TestGraph g) {
        List<String> seen = new ArrayList<>(List.of(g.entry()));
        for (int i = 0; i < seen.size(); i++) {
            List<String> all = new ArrayList<>(g.exit(seen.get(i)).successors());
            all.addAll(g.sideExits(seen.get(i)));
            for (String succ : all) {
                if (!seen.contains(succ)) {
                    seen.add(succ);
                }
            }
        }
        return seen;
    }

    private static void count(Shape<String> s, Map<String, Integer> codes) {
        switch (s) {
            case Shape.Seq<String> seq -> seq.items().forEach(i -> count(i, codes));
            case Shape.Block<String> b -> count(b.body(), codes);
            case Shape.Loop<String> l -> count(l.body(), codes);
            case Shape.If<String> i -> {
                count(i.then(), codes);
                count(i.otherwise(), codes);
            }
            case Shape.Code<String> c -> codes.merge(c.node(), 1, Integer::sum);
            case Shape.Br<String> br -> { }
            case Shape.Edge<String> e -> { }
            case Shape.BrTable<String> t -> { }
            case Shape.Leave<String> l -> { }
        }
    }
}
