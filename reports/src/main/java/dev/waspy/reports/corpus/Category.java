package dev.waspy.reports.corpus;

/** What a benchmark mostly exercises; the report groups its tables by this. */
public enum Category {
    NUMERIC("numeric"),
    OBJECTS("objects"),
    STRINGS("strings"),
    /** Measured only for start-up (hello world), never in the steady-state tables. */
    STARTUP("startup");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Category parse(String text) {
        for (Category c : values()) {
            if (c.label.equals(text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown benchmark category '" + text.trim()
                + "' (expected numeric, objects, strings or startup)");
    }
}
