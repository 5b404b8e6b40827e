package dev.waspy.difftest.gen;

import java.util.List;

/**
 * A function the program defined, as its callers see it: parameters (a trailing run of them with
 * defaults), the type it returns ({@code null}: it returns None) and how much work one call does, in
 * the generator's cost units (statements run), so calls inside loops stay cheap.
 * {@code counter} parameters take a small literal from every caller.
 */
record Fn(String name, List<Param> params, PyType returns, long cost) {
    /** A {@code counter} parameter bounds recursion: callers pass a small literal. */
    record Param(String name, PyType type, String defaultValue, boolean counter) {}
}
