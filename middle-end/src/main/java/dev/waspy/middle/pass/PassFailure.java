package dev.waspy.middle.pass;

/** A pass broke the IR (the verifier says how) or threw; the message carries the IR listings. */
public final class PassFailure extends RuntimeException {
    public PassFailure(String message, Throwable cause) { super(message, cause); }
}
