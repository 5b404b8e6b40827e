package dev.waspy.wasm.binary;

/** Section ids of the binary format and the order in which non-custom sections must appear. */
public final class SectionId {
    public static final int CUSTOM = 0;
    public static final int TYPE = 1;
    public static final int IMPORT = 2;
    public static final int FUNCTION = 3;
    public static final int TABLE = 4;
    public static final int MEMORY = 5;
    public static final int GLOBAL = 6;
    public static final int EXPORT = 7;
    public static final int START = 8;
    public static final int ELEMENT = 9;
    public static final int CODE = 10;
    public static final int DATA = 11;
    public static final int DATA_COUNT = 12;

    /** Required order; data count sits between element and code although its id is larger. */
    static final int[] ORDER = {TYPE, IMPORT, FUNCTION, TABLE, MEMORY, GLOBAL, EXPORT, START, ELEMENT, DATA_COUNT, CODE, DATA};

    private SectionId() {
    }

    /** Position of a non-custom section in {@link #ORDER}, or -1 for unknown ids. */
    static int rank(int id) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i] == id) {
                return i;
            }
        }
        return -1;
    }

    public static String name(int id) {
        return switch (id) {
            case CUSTOM -> "custom";
            case TYPE -> "type";
            case IMPORT -> "import";
            case FUNCTION -> "function";
            case TABLE -> "table";
            case MEMORY -> "memory";
            case GLOBAL -> "global";
            case EXPORT -> "export";
            case START -> "start";
            case ELEMENT -> "element";
            case CODE -> "code";
            case DATA -> "data";
            case DATA_COUNT -> "data count";
            default -> "unknown (id " + id + ")";
        };
    }
}
