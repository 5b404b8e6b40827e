package dev.waspy.cli.run;

import dev.waspy.cli.run.Engine;
import dev.waspy.cli.run.WasiRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a module in embedded Chicory through {@link WasiRunner}, on a daemon thread so a
 * module that never ends fails its run instead of hanging the caller.
 */
public final class Chicory {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        // The corpus runs deep recursion (ackermann, hanoi): give the interpreter room.
        Thread t = new Thread(null, r, "chicory-run", 512L * 1024 * 1024);
        t.setDaemon(true);
        return t;
    });

    private Chicory() {}

    public static Outcome run(byte[] wasm, String programName, Engine engine, Duration limit) throws Exception {
        return run(wasm, programName, List.of(), new byte[0], engine, limit);
    }

    /** As above, with {@code sys.argv == [programName, *args]} and {@code stdin} as the program's stdin. */
    public static Outcome run(byte[] wasm, String programName, List<String> args, byte[] stdin, Engine engine,
                              Duration limit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> status = POOL.submit(() -> WasiRunner.run(wasm, programName, args,
                new ByteArrayInputStream(stdin), out, err, engine));
        try {
            int code = status.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(out.toByteArray(), code, err.toByteArray());
        } catch (TimeoutException e) {
            status.cancel(true);
            throw new Processes.Timeout("Chicory (" + engine + ") ran longer than " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }
}
