package org.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void theSameTextWithOtherSpacingOrLineEndsHasTheSameId() {
        assertEquals(
                ArticleIds.idOf("Alibaba invests.\nShares rose."),
                ArticleIds.idOf("  Alibaba invests.\r\n\r\nShares   rose.\n"));
    }

    @Test
    void unicodeFormsAreFolded() {
        assertEquals(ArticleIds.idOf("Caf\u00e9"), ArticleIds.idOf("Cafe\u0301"));
    }

    @Test
    void otherTextHasAnotherId() {
        assertNotEquals(ArticleIds.idOf("Shares rose 3%."), ArticleIds.idOf("Shares rose 4%."));
        assertEquals(64, ArticleIds.idOf("x").length());
    }

    @Test
    void titleIsTheFirstNonEmptyLine() {
        assertEquals("Headline here", ArticleIds.firstNonEmptyLine("\n  \n  Headline here \nBody"));
        assertNull(ArticleIds.firstNonEmptyLine(" \n "));
    }
}
