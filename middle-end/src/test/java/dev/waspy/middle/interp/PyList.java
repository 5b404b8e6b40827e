package dev.waspy.middle.interp;

import java.util.ArrayList;
import java.util.List;

/** A Python list: a mutable sequence with identity (two lists are the same object or not). */
final class PyList {
    final ArrayList<Object> items;

    PyList() { items = new ArrayList<>(); }

    PyList(List<Object> items) { this.items = new ArrayList<>(items); }

    int size() { return items.size(); }
}
