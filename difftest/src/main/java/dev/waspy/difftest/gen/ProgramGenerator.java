package dev.waspy.difftest.gen;

import java.util.List;

/**
 * Generates one well-formed Python 3.11 program from a seed: the same seed gives the same program.
 * The program is a sequence of module-level statements (functions among them) that print what they
 * compute, then prints every module-level variable, so a difference anywhere shows in stdout.
 */
public final class ProgramGenerator {
    private ProgramGenerator() {}

    public static String generate(long seed) {
        Gen g = new Gen(seed);
        g.out.line("# difftest program, seed " + seed);
        int n = g.between(6, 18);
        for (int i = 0; i < n; i++) {
            g.statement(Statements.TABLE);
        }
        List<Scope.Var> vars = g.moduleScope.moduleLevel();
        for (Scope.Var v : vars) {
            g.out.line("print(" + Literals.quote(v.name()) + ", " + v.name() + ")");
        }
        return g.out.toString();
    }
}
