package dev.waspy.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("waspy: not built yet");
    }
}
