package dev.waspy.reports.speed;

/**
 * Synthetic programs of any size in the core language Waspy compiles today (functions, loops,
 * branches, int and float arithmetic, f-strings, print), for throughput and scaling measurements.
 * Function {@code i} differs from its neighbours in constants and branch shape, so no compiler cache
 * could reduce the work to one function.
 */
public final class ProgramGenerator {
    private ProgramGenerator() {
    }

    public static String generate(int functions) {
        StringBuilder s = new StringBuilder("# A generated program of ").append(functions).append(" functions.\n\n");
        for (int i = 0; i < functions; i++) {
            s.append("def f").append(i).append("(n):\n")
             .append("    total = ").append(i % 5).append('\n')
             .append("    scale = ").append(i).append(".5\n")
             .append("    for k in range(n):\n")
             .append("        if k % 3 == ").append(i % 3).append(":\n")
             .append("            total += k * ").append(i + 1).append('\n')
             .append("        elif k % 7 == ").append(i % 7).append(":\n")
             .append("            total -= k // 2\n")
             .append("        else:\n")
             .append("            total = (total + ").append(i).append(") % 1000003\n")
             .append("    x = total * scale + ").append(i).append(".25\n")
             .append("    while x > 100.0:\n")
             .append("        x = x / 3.0\n")
             .append("    return total + int(x)\n\n\n");
        }
        s.append("def main():\n    acc = 0\n");
        for (int i = 0; i < functions; i++) {
            s.append("    acc += f").append(i).append('(').append(10 + i % 4).append(")\n");
        }
        s.append("    print(f\"checksum: {acc}\")\n\n\nmain()\n");
        return s.toString();
    }

    public static int lines(String program) {
        return (int) program.lines().count();
    }
}
