/**
 * The C runtime as the backend sees it: {@link dev.waspy.backend.runtime.RuntimeLibrary} loads
 * runtime.wasm (built from {@code backend/runtime} during generate-resources), lists the type of
 * every exported function and exposes the layout facts of {@code backend/runtime/ABI.md}.
 */
package dev.waspy.backend.runtime;
