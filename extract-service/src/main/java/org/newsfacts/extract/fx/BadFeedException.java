package org.newsfacts.extract.fx;

/** A rate file refused as a whole: the message says why; nothing of it is stored. */
public class BadFeedException extends RuntimeException {

    /** Whether it contradicts rates known already (a day stated again with another value). */
    private final boolean conflict;

    public BadFeedException(String message) {
        this(message, false);
    }

    public BadFeedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }
}
