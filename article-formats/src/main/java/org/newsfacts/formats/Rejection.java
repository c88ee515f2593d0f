package org.newsfacts.formats;

import java.util.Locale;

/** Why a submission (a dropped file, an upload) is not ingested, as a closed set; its reason says it in words. */
public enum Rejection {
    /** A directory, a symbolic link or a device in the inbox. */
    NOT_A_FILE,
    /** A file name extension or media type no reader takes. */
    UNSUPPORTED_TYPE,
    /** An upload's {@code name} that is not a plain file name. */
    BAD_NAME,
    /** Over the size limit. */
    TOO_LARGE,
    /** No bytes, or no text in them. */
    EMPTY,
    /** NUL bytes or many control characters. */
    BINARY,
    /** Bytes that are neither UTF-8 nor Windows-1252. */
    NOT_TEXT,
    /** JSON that is not an article (or JSON Lines with lines that are not). */
    MALFORMED;

    /** The label the metrics use: the name in lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
