package dev.waspy.backend.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The compiled C runtime ({@code runtime.wasm}, built from {@code backend/runtime} by Maven) as
 * the backend sees it: the raw bytes and the layout facts the code generator needs. It is read
 * once per JVM and shared; callers must not modify the returned array.
 */
public final class RuntimeLibrary {
    /** Module name under which compiled programs import runtime functions and data addresses. */
    public static final String IMPORT_MODULE = "waspy_rt";
    static final String RESOURCE = "runtime.wasm";

    private RuntimeLibrary() {
    }

    private static final class Holder {
        static final byte[] BYTES = load();
    }

    /** The bytes of runtime.wasm. */
    public static byte[] bytes() {
        return Holder.BYTES;
    }

    private static byte[] load() {
        try (InputStream in = RuntimeLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("runtime.wasm is missing from the classpath: the backend module "
                        + "was built without running backend/runtime/build.sh (needs clang and wasm-ld)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runtime.wasm", e);
        }
    }
}
