package dev.waspy.corpus;

/** The steps a corpus program goes through, in order; a failure names the first one that went wrong. */
enum Stage {
    COMPILE("compile"),
    VALIDATE("validate"),
    CHICORY("run in Chicory"),
    NODE("run in Node");

    final String label;

    Stage(String label) {
        this.label = label;
    }
}
