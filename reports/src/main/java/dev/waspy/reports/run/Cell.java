package dev.waspy.reports.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every run of one benchmark on one engine. The first run that is not a correct, timed run closes
 * the cell: its outcome is what the report shows, and no later round runs the pair again.
 */
public final class Cell {
    private final List<Outcome.Timed> samples = new ArrayList<>();
    private Outcome closing;

    public void add(Outcome outcome) {
        if (closing != null) {
            throw new IllegalStateException("cell already closed by " + closing.status());
        }
        if (outcome instanceof Outcome.Timed t) {
            samples.add(t);
        } else {
            closing = outcome;
        }
    }

    public boolean closed() {
        return closing != null;
    }

    public List<Outcome.Timed> samples() {
        return samples;
    }

    /** The outcome that closed the cell, if one did. */
    public Optional<Outcome> closing() {
        return Optional.ofNullable(closing);
    }

    /** True when every run so far was correct and timed, and there is at least one. */
    public boolean timed() {
        return closing == null && !samples.isEmpty();
    }
}
