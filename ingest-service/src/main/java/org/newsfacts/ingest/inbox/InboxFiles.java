package org.newsfacts.ingest.inbox;

import java.util.Locale;

/** Which inbox files are read at all: a pure rule, no I/O. */
public final class InboxFiles {

    private InboxFiles() {}

    /** Files that are never read: dotfiles and files still being written by convention. */
    public static boolean isIgnored(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileName.startsWith(".")
                || lower.endsWith(".tmp")
                || lower.endsWith(".part")
                || lower.endsWith(".reason.txt")
                || lower.endsWith("~");
    }
}
