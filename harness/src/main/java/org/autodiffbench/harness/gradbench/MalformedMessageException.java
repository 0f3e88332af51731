package org.autodiffbench.harness.gradbench;

/**
 * A line that is not a message this tool can answer; the tool responds with the reason and goes on.
 */
class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Long id;

    /**
     * @param id the line's id, or {@code null} when it could not be read
     * @param reason one line: what is wrong with the message
     */
    MalformedMessageException(Long id, String reason) {
        super(reason);
        this.id = id;
    }

    /** The line's id, or {@code null} when it could not be read. */
    Long id() {
        return id;
    }
}
