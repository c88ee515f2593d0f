package org.newsfacts.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InboxFilesTest {

    @Test
    void ignoresDotfilesAndFilesStillBeingWritten() {
        assertTrue(InboxFiles.isIgnored(".hidden.txt"));
        assertTrue(InboxFiles.isIgnored("a.txt.tmp"));
        assertTrue(InboxFiles.isIgnored("a.PART"));
        assertFalse(InboxFiles.isIgnored("a.txt"));
    }
}
