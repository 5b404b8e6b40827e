package dev.waspy.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which JIT configuration {@code ./waspy run} starts its JVM with for one program, learned from that
 * program's own past runs (cli/README.md, "JIT choice"). C1 alone compiles fast and wins on short
 * runs; full tiering (C1, then C2 for what stays hot) wins on some longer ones and loses on others,
 * and nothing in a module says which beforehand. So the first run uses C1; a program whose run
 * took at least {@link #EXPLORE_MS} is run once with tiering; from then on each run uses tiering
 * if its latest run of {@code _start} took at most {@link #TIERED_MARGIN} of C1's latest, else
 * C1, and updates that configuration's figure.
 *
 * <p>The state is one line in a small file per program, which the launcher reads before starting
 * the JVM ({@code next=tiered}) and the run rewrites: {@code c1=344.0 tiered=134.0 next=tiered}.
 */
public record JitChoice(Map<Mode, Double> lastRunMs) {
    /** A run shorter than this with C1 leaves C2 no time to pay for itself: not worth trying tiering. */
    public static final double EXPLORE_MS = 100;
    /**
     * Tiering is chosen only when its latest run took at most this fraction of C1's latest. Where it
     * won on a quiet machine it took 0.39-0.64 of C1's time; on a busy one its runs vary far more
     * than C1's (C2's thread competes for the cores: integrate 250 ms one run, 966 the next, against
     * 312 with C1), and a wrong choice of tiering costs more than a wrong choice of C1.
     */
    public static final double TIERED_MARGIN = 0.75;

    /** The two configurations, as the launcher names them. */
    public enum Mode {
        C1, TIERED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code c1} or {@code tiered}; anything else is null. */
        public static Mode of(String word) {
            for (Mode m : values()) {
                if (m.word().equals(word)) {
                    return m;
                }
            }
            return null;
        }
    }

    public JitChoice {
        lastRunMs = Map.copyOf(lastRunMs);
    }

    /** No run recorded yet. */
    public static JitChoice none() {
        return new JitChoice(Map.of());
    }

    /** The configuration for the next run. */
    public Mode next() {
        Double c1 = lastRunMs.get(Mode.C1);
        if (c1 == null || c1 < EXPLORE_MS) {
            return Mode.C1;
        }
        Double tiered = lastRunMs.get(Mode.TIERED);
        if (tiered == null) {
            return Mode.TIERED;
        }
        return tiered <= TIERED_MARGIN * c1 ? Mode.TIERED : Mode.C1;
    }

    /** This state after a run of {@code runMs} milliseconds with {@code mode}. */
    public JitChoice record(Mode mode, double runMs) {
        Map<Mode, Double> times = new EnumMap<>(Mode.class);
        times.putAll(lastRunMs);
        times.put(mode, runMs);
        return new JitChoice(times);
    }

    /** The state file's line. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Mode m : Mode.values()) {
            Double ms = lastRunMs.get(m);
            if (ms != null) {
                sb.append(m.word()).append('=').append(String.format(Locale.ROOT, "%.1f", ms)).append(' ');
            }
        }
        return sb.append("next=").append(next().word()).append('\n').toString();
    }

    /** Reads a state line; what it cannot read (an old or damaged file) counts as no run. */
    public static JitChoice parse(String line) {
        Map<Mode, Double> times = new EnumMap<>(Mode.class);
        for (String field : line.strip().split("\\s+")) {
            int eq = field.indexOf('=');
            Mode m = eq > 0 ? Mode.of(field.substring(0, eq)) : null;
            if (m == null) {
                continue;
            }
            try {
                double ms = Double.parseDouble(field.substring(eq + 1));
                if (ms >= 0 && Double.isFinite(ms)) {
                    times.put(m, ms);
                }
            } catch (NumberFormatException e) {
                // ignored: this field says nothing
            }
        }
        return new JitChoice(times);
    }

    /** The environment variables through which the launcher hands a run its state file and its mode. */
    public static final String STATE_VARIABLE = "WASPY_JIT_STATE";
    public static final String MODE_VARIABLE = "WASPY_JIT";

    /**
     * After a run started by the launcher (which set {@link #STATE_VARIABLE} and
     * {@link #MODE_VARIABLE}): records how long the compiled module's {@code _start} took, the
     * {@code run (compiler)} phase. Nothing when the module was interpreted or never ran.
     */
    public static void afterRun(Map<String, String> env, Map<String, Long> phaseNanos) {
        String file = env.get(STATE_VARIABLE);
        Mode mode = Mode.of(env.getOrDefault(MODE_VARIABLE, ""));
        Long nanos = phaseNanos.get("run (compiler)");
        if (file != null && !file.isEmpty() && mode != null && nanos != null) {
            update(Path.of(file), mode, nanos / 1e6);
        }
    }

    /**
     * After a run: adds it to the state in {@code file} (written aside, then moved, so the launcher
     * never reads half a line). Best effort: a file that cannot be read or written changes nothing
     * but the next run's speed.
     */
    public static void update(Path file, Mode mode, double runMs) {
        try {
            JitChoice state = Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : none();
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "jit", ".tmp");
            Files.writeString(tmp, state.record(mode, runMs).format(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // best effort, as above
        }
    }
}
