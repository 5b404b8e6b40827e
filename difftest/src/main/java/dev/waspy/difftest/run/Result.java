package dev.waspy.difftest.run;

/**
 * The verdict on one program with what explains it. {@code signature} is a short stable form of
 * the failure (the verdict, the stage, the exception class or the aspect that differed) that the
 * reducer keeps constant while it shrinks a program, so it does not drift to another bug.
 */
public record Result(Verdict verdict, String signature, String detail) {

    static Result of(Verdict verdict, String signature, String detail) {
        return new Result(verdict, verdict.name() + ": " + signature, detail);
    }
}
