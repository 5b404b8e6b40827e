package dev.waspy.reports.engine;

import java.util.List;

/**
 * A way of running a benchmark. Waspy's module runs on two engines; each peer runs the same
 * Python source (or, for C, the same algorithm) the way its users would run it.
 */
public sealed interface Engine permits Engine.WaspyNode, Engine.WaspyChicory, Engine.WaspyRun, Engine.CPython,
        Engine.PyPy, Engine.MicroPython, Engine.Pyodide, Engine.ClangNode {

    /** Stable identifier used in JSON and on the command line. */
    String id();

    /** Column heading in the report. */
    String label();

    /** Waspy's module on Node's V8, with its baseline compiler Liftoff on (the default) or off. */
    record WaspyNode(boolean liftoff) implements Engine {
        public String id() {
            return liftoff ? "waspy-node" : "waspy-node-noliftoff";
        }

        public String label() {
            return liftoff ? "Waspy, Node" : "Waspy, Node --no-liftoff";
        }
    }

    /** Waspy's module on Chicory, translated to JVM bytecode (compiler mode), inside a JVM. */
    record WaspyChicory() implements Engine {
        public String id() {
            return "waspy-chicory";
        }

        public String label() {
            return "Waspy, Chicory";
        }
    }

    /**
     * Waspy's module as a user runs it: {@code ./waspy run MODULE.wasm}, the launcher script and its
     * JVM (class-data sharing archive, translation cache in {@code ~/.cache/waspy}, warm after the
     * first round). Its steady state is the module's {@code _start}; its process time is the whole
     * command.
     */
    record WaspyRun() implements Engine {
        public String id() {
            return "waspy-run";
        }

        public String label() {
            return "Waspy, waspy run";
        }
    }

    record CPython() implements Engine {
        public String id() {
            return "cpython";
        }

        public String label() {
            return "CPython";
        }
    }

    record PyPy() implements Engine {
        public String id() {
            return "pypy";
        }

        public String label() {
            return "PyPy";
        }
    }

    /** MicroPython's WebAssembly port (from npm) running the source inside Node. */
    record MicroPython() implements Engine {
        public String id() {
            return "micropython";
        }

        public String label() {
            return "MicroPython Wasm";
        }
    }

    /** Pyodide (CPython compiled to WebAssembly, from npm) running the source inside Node. */
    record Pyodide() implements Engine {
        public String id() {
            return "pyodide";
        }

        public String label() {
            return "Pyodide";
        }
    }

    /** The same algorithm in C, {@code clang -O2} to wasm32-wasi, on Node. */
    record ClangNode(boolean liftoff) implements Engine {
        public String id() {
            return liftoff ? "c-node" : "c-node-noliftoff";
        }

        public String label() {
            return liftoff ? "C -O2, Node" : "C -O2, Node --no-liftoff";
        }
    }

    /** Every engine, in the order of the report's columns. */
    static List<Engine> all() {
        return List.of(new WaspyNode(true), new WaspyNode(false), new WaspyChicory(), new WaspyRun(), new CPython(),
                new PyPy(), new MicroPython(), new Pyodide(), new ClangNode(true), new ClangNode(false));
    }

    static Engine byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown engine '" + id + "'; known: "
                        + String.join(", ", all().stream().map(Engine::id).toList())));
    }
}
