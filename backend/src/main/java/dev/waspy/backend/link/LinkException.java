package dev.waspy.backend.link;

/**
 * The program module and the runtime do not fit together: an import the runtime does not export,
 * or one whose type differs from the export. Either is a bug in the code generator or in the
 * runtime's header, never a user error, so this is unchecked.
 */
public final class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }
}
