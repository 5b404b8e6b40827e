package dev.waspy.difftest;

import dev.waspy.difftest.campaign.Campaign;
import dev.waspy.difftest.gen.ProgramGenerator;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./fuzz}: a differential campaign of generated programs against CPython.
 * <pre>
 * ./fuzz --seeds 1..10000 --jobs 2 --out DIR [--minutes M] [--no-reduce] [--limit SECONDS]
 * ./fuzz --print SEED        the program of one seed, on stdout
 * </pre>
 * Exits with 1 when the campaign found a bug (a 'different' or 'internal error' program).
 */
public final class DiffTestMain {
    private DiffTestMain() {}

    public static void main(String[] args) throws Exception {
        long first = 1;
        long last = 1000;
        int jobs = 2;
        Path out = Path.of("difftest-out");
        boolean reduce = true;
        Duration limit = Duration.ofSeconds(10);
        Duration budget = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> {
                    String[] range = args[++i].split("\\.\\.");
                    first = Long.parseLong(range[0]);
                    last = range.length > 1 ? Long.parseLong(range[1]) : first;
                }
                case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--minutes" -> budget = Duration.ofSeconds((long) (Double.parseDouble(args[++i]) * 60));
                case "--limit" -> limit = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--no-reduce" -> reduce = false;
                case "--print" -> {
                    System.out.print(ProgramGenerator.generate(Long.parseLong(args[++i])));
                    return;
                }
                default -> {
                    System.err.println("difftest: unknown option " + args[i] + "\nusage: ./fuzz --seeds A..B "
                            + "[--jobs N] [--out DIR] [--minutes M] [--limit SECONDS] [--no-reduce] | --print SEED");
                    System.exit(2);
                }
            }
        }
        var options = new Campaign.Options(first, last, jobs, out, reduce, limit, budget);
        int bugs = new Campaign(options, System.err).run();
        System.exit(bugs > 0 ? 1 : 0);
    }
}
