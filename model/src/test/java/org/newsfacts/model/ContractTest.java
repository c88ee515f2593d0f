package org.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContractTest {

    private static final String ARTICLE =
            """
            {"id": "%s", "source": "note.txt", "title": "A note", "body": "A short note.",
             "contentType": "text/plain", "ingestedAt": "2026-12-07T10:00:00Z", "sha256": "%s"}""".formatted(ArticleIds.idOf("A short note."), ArticleIds.idOf("A short note."));

    @Test
    void everySchemaIsOnTheClassPathUnderItsId() {
        for (Contract c : Contract.values()) {
            assertTrue(c.schema().contains("\"$id\": \"" + c.id() + "\""), c + " declares its id");
        }
    }

    @Test
    void aValidArticlePassesAndABrokenOneIsToldWhy() {
        assertEquals(java.util.List.of(), ContractValidator.errors(Contract.ARTICLES_RAW, ARTICLE));
        assertFalse(
                ContractValidator.errors(Contract.ARTICLES_RAW, ARTICLE.replace("\"body\": \"A short note.\",", ""))
                        .isEmpty(),
                "the body is required");
        assertFalse(ContractValidator.errors(Contract.ARTICLES_RAW, "{not json").isEmpty());
    }

    @Test
    void theEventSchemaResolvesTheFactSchemaItRefersTo() {
        String event = """
                {"articleId": "%s", "source": "note.txt", "extractorVersion": "9.9.9",
                 "facts": [{"type": "NOT_A_TYPE"}], "changedNames": []}""".formatted(ArticleIds.idOf("A short note."));
        assertFalse(
                ContractValidator.errors(Contract.FACTS_EXTRACTED, event).isEmpty(),
                "a fact of no known type is refused");
    }
}
