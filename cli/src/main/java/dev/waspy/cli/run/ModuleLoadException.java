package dev.waspy.cli.run;

/** The bytes handed to {@link WasiRunner} are not a module Chicory can instantiate as a WASI command. */
public final class ModuleLoadException extends RuntimeException {
    public ModuleLoadException(String message, Throwable cause) {
        super("cannot load the WebAssembly module: " + message, cause);
    }
}
