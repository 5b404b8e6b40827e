package dev.waspy.cli.bindings;

import dev.waspy.backend.library.ExportedFunction;
import dev.waspy.backend.library.HostType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An ES module with no dependencies: the browser loader's text (its WASI shim), the marshalling
 * helpers of {@code library.mjs}, and {@code load(source, options)} returning an object with one
 * method per exported function; plus its TypeScript declarations. Python ints are BigInts (a
 * number is accepted as an argument), floats numbers, bools booleans, strs strings, lists arrays.
 */
final class JsBindings {
    private JsBindings() {}

    static String module(String stem, List<ExportedFunction> exports) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Bindings of ").append(stem).append(".wasm, written by `waspy build --emit-bindings`.\n");
        sb.append("// The WASI shim below is tools/browser/waspy-loader.mjs as it is; the library part follows it.\n\n");
        sb.append(resource("waspy-loader.mjs")).append('\n');
        sb.append(resource("library.mjs")).append('\n');
        sb.append("const PROGRAM = ").append(jsString(stem + ".wasm")).append(";\n");
        sb.append("const EXPORTS = {\n");
        for (ExportedFunction x : exports) {
            // A computed key: a Python function named __proto__ stays an ordinary property.
            sb.append("  [\"").append(x.name()).append("\"]: [[")
                    .append(x.params().stream().map(p -> "'" + p.type().python() + "'").collect(Collectors.joining(", ")))
                    .append("], '").append(x.result().python()).append("'],\n");
        }
        sb.append("};\n");
        return sb.toString();
    }

    static String declarations(String stem, List<ExportedFunction> exports) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Types of the bindings written by `waspy build --emit-bindings`.\n\n");
        sb.append("/** A Python exception that escaped an exported call; `message` is its last traceback line. */\n");
        sb.append("export class PythonError extends Error {}\n\n");
        sb.append("export interface Options {\n");
        sb.append("  /** sys.argv (default: [").append(jsString(stem + ".wasm")).append("]). */\n  args?: string[];\n");
        sb.append("  /** What the module reads on stdin. */\n  stdin?: string;\n");
        sb.append("  /** Receives stdout (fd 1) and stderr (fd 2) text; default: the console (process streams in Node). */\n");
        sb.append("  write?: (fd: 1 | 2, text: string) => void;\n}\n\n");
        sb.append("export interface Library {\n");
        for (ExportedFunction x : exports) {
            sb.append("  ").append(x.name()).append('(')
                    .append(x.params().stream().map(p -> p.name() + ": " + tsParam(p.type())).collect(Collectors.joining(", ")))
                    .append("): ").append(tsResult(x.result())).append(";\n");
        }
        sb.append("}\n\n");
        sb.append("/** Instantiates the module and runs its body once (_initialize). */\n");
        sb.append("export function load(source: Response | BufferSource | WebAssembly.Module, options?: Options):"
                + " Promise<Library>;\n");
        return sb.toString();
    }

    private static String tsParam(HostType t) {
        return t == HostType.INT ? "bigint | number" : t == HostType.LIST_INT ? "Array<bigint | number>" : tsResult(t);
    }

    private static String tsResult(HostType t) {
        return switch (t) {
            case INT -> "bigint";
            case FLOAT -> "number";
            case BOOL -> "boolean";
            case STR -> "string";
            case LIST_INT -> "bigint[]";
            case LIST_FLOAT -> "number[]";
            case LIST_STR -> "string[]";
            case NONE -> "void";
        };
    }

    /** A JavaScript string literal of {@code s}. */
    static String jsString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\'' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    static String resource(String name) {
        try (InputStream in = JsBindings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
