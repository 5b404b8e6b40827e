package dev.waspy.spectest;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Store;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.validate.ValidationError;
import dev.waspy.wasm.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the commands of one converted script. Modules go through Waspy's reader, validator and
 * writer; the rewritten binary, not the original, is what Chicory instantiates and runs.
 */
final class ScriptRunner {
    record Result(int line, String command, Outcome outcome) {
    }

    /** A module that read, validated, was rewritten and instantiated (or the reason it did not). */
    private record Loaded(Instance instance, String failure, int line) {
    }

    private final String file;
    private final Path dir;
    private final KnownDeviations deviations;
    private final Store store = new Store();
    private final Map<String, Loaded> named = new HashMap<>();
    private Loaded current;

    ScriptRunner(String file, Path json, KnownDeviations deviations) {
        this.file = file;
        this.dir = json.getParent();
        this.deviations = deviations;
        SpectestHost.addTo(store);
    }

    @SuppressWarnings("unchecked")
    List<Result> run(Path json) throws IOException {
        Map<String, Object> script = (Map<String, Object>) Json.parse(Files.readString(json));
        List<Result> results = new ArrayList<>();
        for (Object c : (List<Object>) script.get("commands")) {
            Map<String, Object> cmd = (Map<String, Object>) c;
            int line = ((Long) cmd.get("line")).intValue();
            String type = (String) cmd.get("type");
            Outcome outcome;
            try {
                outcome = command(type, cmd, line);
            } catch (RuntimeException | StackOverflowError e) {
                outcome = new Outcome.Failed("crashed: " + e);
            }
            String deviation = deviations.reason(file, line);
            if (deviation != null) {
                outcome = switch (outcome) {
                case Outcome.Failed f when f.signallingNan() ->
                        new Outcome.Skipped("known engine deviation: " + deviation + " (" + f.message() + ")");
                case Outcome.Failed f -> new Outcome.Failed(f.message() + " [listed as known deviation \""
                        + deviation + "\", which does not describe this failure]");
                default -> new Outcome.Failed("listed as a known deviation (" + deviation + ") but passes: remove it");
            };
            }
            results.add(new Result(line, type, outcome));
        }
        return results;
    }

    private Outcome command(String type, Map<String, Object> cmd, int line) throws IOException {
        if ("text".equals(cmd.get("module_type"))) {
            return new Outcome.Skipped("text-format module (" + cmd.get("filename")
                    + "): tests the WAT parser; Waspy reads binary modules only");
        }
        return switch (type) {
            case "module" -> module(cmd, line);
            case "register" -> register(cmd);
            case "action" -> action(cmd, false);
            case "assert_return" -> action(cmd, true);
            case "assert_trap" -> expectFailure(cmd, "trap");
            case "assert_exhaustion" -> expectFailure(cmd, "exhaustion");
            case "assert_malformed" -> malformed(cmd);
            case "assert_invalid" -> invalid(cmd);
            case "assert_unlinkable", "assert_uninstantiable" -> notInstantiable(cmd, type);
            default -> new Outcome.Failed("unknown command type " + type);
        };
    }

    private byte[] bytes(Map<String, Object> cmd) throws IOException {
        return Files.readAllBytes(dir.resolve((String) cmd.get("filename")));
    }

    /**
     * Reads, validates and rewrites a module; returns the rewritten bytes or throws with the
     * reason Waspy refused it.
     */
    private static byte[] throughWaspy(byte[] original) throws Refused {
        Module m;
        try {
            m = WasmReader.read(original);
        } catch (MalformedWasmException e) {
            throw new Refused("Waspy's reader rejected a well-formed module: " + e.getMessage());
        }
        List<ValidationError> errors = Validator.validate(m);
        if (!errors.isEmpty()) {
            throw new Refused("Waspy's validator rejected a valid module: " + errors.get(0)
                    + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : ""));
        }
        byte[] written = WasmWriter.write(m);
        try {
            byte[] again = WasmWriter.write(WasmReader.read(written));
            if (!Arrays.equals(written, again)) {
                throw new Refused("writing is not a fixed point: read(write(m)) writes different bytes");
            }
        } catch (MalformedWasmException e) {
            throw new Refused("Waspy's reader rejects Waspy's own output: " + e.getMessage());
        }
        return written;
    }

    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private Instance instantiate(byte[] bytes) {
        ImportValues imports = store.toImportValues();
        return Instance.builder(Parser.parse(bytes)).withImportValues(imports).build();
    }

    private Outcome module(Map<String, Object> cmd, int line) throws IOException {
        Loaded loaded;
        Outcome outcome;
        try {
            Instance instance = instantiate(throughWaspy(bytes(cmd)));
            loaded = new Loaded(instance, null, line);
            outcome = Outcome.PASSED;
        } catch (Refused e) {
            loaded = new Loaded(null, e.getMessage(), line);
            outcome = new Outcome.Failed(e.getMessage());
        } catch (ChicoryException | StackOverflowError e) {
            String why = "Chicory could not instantiate the rewritten module: " + e;
            loaded = new Loaded(null, why, line);
            outcome = new Outcome.Failed(why);
        }
        current = loaded;
        Object name = cmd.get("name");
        if (name != null) {
            named.put((String) name, loaded);
        }
        return outcome;
    }

    private Outcome register(Map<String, Object> cmd) {
        Object name = cmd.get("name");
        Loaded loaded = name == null ? current : named.get((String) name);
        if (loaded == null || loaded.instance() == null) {
            return new Outcome.Failed("register of a module that did not load");
        }
        store.register((String) cmd.get("as"), loaded.instance());
        return Outcome.PASSED;
    }

    @SuppressWarnings("unchecked")
    private Instance target(Map<String, Object> action) throws Refused {
        Object name = action.get("module");
        Loaded loaded = name == null ? current : named.get((String) name);
        if (loaded == null) {
            throw new Refused("no module " + (name == null ? "loaded" : (String) name));
        }
        if (loaded.instance() == null) {
            throw new Refused("module of line " + loaded.line() + " did not load: " + loaded.failure());
        }
        return loaded.instance();
    }

    /** Runs an invoke or get; returns its results. */
    @SuppressWarnings("unchecked")
    private long[] perform(Map<String, Object> action) throws Refused {
        Instance instance = target(action);
        String field = (String) action.get("field");
        if ("get".equals(action.get("type"))) {
            GlobalInstance g = instance.exports().global(field);
            return new long[] {g.getValue()};
        }
        List<Object> args = (List<Object>) action.get("args");
        long[] values = new long[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = SpecValue.of(args.get(i)).toChicory();
        }
        ExportFunction f = instance.export(field);
        long[] result = f.apply(values);
        return result == null ? new long[0] : result;
    }

    @SuppressWarnings("unchecked")
    private Outcome action(Map<String, Object> cmd, boolean check) {
        Map<String, Object> action = (Map<String, Object>) cmd.get("action");
        long[] actual;
        try {
            actual = perform(action);
        } catch (Refused e) {
            return new Outcome.Failed(e.getMessage());
        } catch (ChicoryException | StackOverflowError e) {
            return new Outcome.Failed(describe(action) + " failed: " + e);
        }
        if (!check) {
            return Outcome.PASSED;
        }
        List<Object> expected = (List<Object>) cmd.get("expected");
        if (expected.size() != actual.length) {
            return new Outcome.Failed(describe(action) + ": expected " + expected.size() + " results, got " + actual.length);
        }
        boolean ok = true;
        boolean onlySignallingNan = true;
        for (int i = 0; i < actual.length; i++) {
            SpecValue want = SpecValue.of(expected.get(i));
            if (!want.matches(actual[i])) {
                ok = false;
                onlySignallingNan &= want.isSignallingNanFor(actual[i]);
            }
        }
        if (ok) {
            return Outcome.PASSED;
        }
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < actual.length; i++) {
            String t = i < expected.size() ? SpecValue.of(expected.get(i)).type() : "i64";
            got.append(i == 0 ? "" : ", ").append(new SpecValue(t, null).describe(actual[i]));
        }
        List<SpecValue> want = expected.stream().map(SpecValue::of).toList();
        return new Outcome.Failed(describe(action) + ": expected " + want + ", got [" + got + "]", onlySignallingNan);
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> action) {
        List<Object> args = (List<Object>) action.getOrDefault("args", List.of());
        return action.get("type") + " " + action.get("field") + args.stream().map(SpecValue::of).toList();
    }

    @SuppressWarnings("unchecked")
    private Outcome expectFailure(Map<String, Object> cmd, String kind) {
        Map<String, Object> action = (Map<String, Object>) cmd.get("action");
        try {
            long[] result = perform(action);
            return new Outcome.Failed(describe(action) + ": expected " + kind + " \"" + cmd.get("text")
                    + "\", returned " + Arrays.toString(result));
        } catch (Refused e) {
            return new Outcome.Failed(e.getMessage());
        } catch (ChicoryException e) {
            return Outcome.PASSED;
        } catch (StackOverflowError e) {
            return kind.equals("exhaustion") ? Outcome.PASSED
                    : new Outcome.Failed(describe(action) + ": expected trap, got stack overflow");
        }
    }

    private Outcome malformed(Map<String, Object> cmd) throws IOException {
        try {
            WasmReader.read(bytes(cmd));
            return new Outcome.Failed("Waspy's reader accepted a malformed module (expected \"" + cmd.get("text") + "\")");
        } catch (MalformedWasmException e) {
            String text = (String) cmd.get("text");
            if (!e.reason().contains(text)) {
                MESSAGE_MISMATCHES.add(file + ":" + cmd.get("line") + " malformed expected \"" + text + "\" got " + e.getMessage());
            }
            return Outcome.PASSED;
        }
    }

    static final List<String> MESSAGE_MISMATCHES = new ArrayList<>();

    /** assert_invalid commands whose converted binary is invalid for another reason than the script says. */
    private static final Map<String, String> OTHER_REASON_EXPECTED = Map.of(
            "select.wast:324", "wast2json encodes the empty typed select (select (result)) as the untyped select,"
                    + " so the binary has a type mismatch instead of an invalid result arity");

    private Outcome invalid(Map<String, Object> cmd) throws IOException {
        Module m;
        byte[] bytes = bytes(cmd);
        try {
            m = WasmReader.read(bytes);
        } catch (MalformedWasmException e) {
            if (!e.reason().startsWith("data count section required")) {
                return new Outcome.Failed("Waspy's reader rejected an invalid but well-formed module: " + e.getMessage());
            }
            try {
                m = WasmReader.read(DataCountRepair.repair(bytes));
            } catch (MalformedWasmException again) {
                return new Outcome.Failed("Waspy's reader rejected an invalid but well-formed module: " + again.getMessage());
            }
        }
        List<ValidationError> errors = Validator.validate(m);
        if (errors.isEmpty()) {
            return new Outcome.Failed("Waspy's validator accepted an invalid module (expected \"" + cmd.get("text") + "\")");
        }
        // The validator must reject for the script's reason, in the spec's words.
        String text = (String) cmd.get("text");
        if (errors.stream().anyMatch(e -> e.message().contains(text))) {
            return Outcome.PASSED;
        }
        String excuse = OTHER_REASON_EXPECTED.get(file + ":" + cmd.get("line"));
        if (excuse != null) {
            MESSAGE_MISMATCHES.add(file + ":" + cmd.get("line") + " invalid expected \"" + text + "\" got "
                    + errors.get(0) + " [" + excuse + "]");
            return Outcome.PASSED;
        }
        return new Outcome.Failed("Waspy's validator rejected the module for another reason: expected \"" + text
                + "\", got " + errors);
    }

    /** The module is valid (Waspy must accept it) but linking or instantiation must fail. */
    private Outcome notInstantiable(Map<String, Object> cmd, String type) throws IOException {
        byte[] written;
        try {
            written = throughWaspy(bytes(cmd));
        } catch (Refused e) {
            return new Outcome.Failed(e.getMessage());
        }
        try {
            instantiate(written);
            return new Outcome.Failed(type + ": Chicory instantiated the module (expected \"" + cmd.get("text") + "\")");
        } catch (ChicoryException e) {
            return Outcome.PASSED;
        }
    }
}
