package dev.waspy.frontend.syntax.ast;

import java.util.Arrays;

/** A bytes constant. Wraps the array so that records holding it compare by content. */
public record PyBytes(byte[] data) {
    public PyBytes {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }

    public int get(int i) {
        return data[i] & 0xff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PyBytes" + Arrays.toString(data);
    }
}
