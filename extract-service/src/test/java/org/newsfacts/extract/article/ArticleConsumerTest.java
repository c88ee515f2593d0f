package org.newsfacts.extract.article;

import org.newsfacts.model.ArticleIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleConsumerTest {

    private final ArticleConsumer consumer = new ArticleConsumer(null, null, null, new ObjectMapper().registerModule(new JavaTimeModule()), new LiveTraffic(), null);
    private static final String ID = ArticleIds.idOf("Text.");

    @Test
    void parsesAValidRecordAndIgnoresUnknownFields() {
        IncomingArticle a = consumer.parse("{\"id\":\"" + ID + "\",\"source\":\"x.txt\",\"body\":\"Text.\","
                + "\"ingestedAt\":\"2025-02-24T10:00:00Z\",\"futureField\":1}");
        assertEquals("x.txt", a.source());
        assertEquals("Text.", a.body());
    }

    @Test
    void rejectsWhatIsNotAnArticleWithAReason() {
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("{not json")).getMessage()
                .startsWith("not an articles.raw v1 JSON object"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("{\"id\":\"x\",\"source\":\"s\",\"body\":\"b\"}"))
                .getMessage().contains("'id' must be 64 lower-case hex digits"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("{\"id\":\"" + ID + "\",\"source\":\"s\",\"body\":\" \"}"))
                .getMessage().contains("'body' is missing or empty"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("  ")).getMessage().startsWith("empty record"));
    }

    @Test
    void messageIdIsTheCloudEventsIdElseTheRecordsPosition() {
        ConsumerRecord<String, String> plain = new ConsumerRecord<>("articles.raw", 2, 41L, "k", "v");
        assertEquals("articles.raw-2-41", ArticleConsumer.messageId(plain));
        ConsumerRecord<String, String> ce = new ConsumerRecord<>("articles.raw", 2, 41L, "k", "v");
        ce.headers().add("ce_id", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("abc", ArticleConsumer.messageId(ce));
    }

    @Test
    void theIdMustBeTheBodysAndMayBeLeftOut() {
        String other = consumer.parse("{\"source\":\"s\",\"body\":\"Another   text.\\n\"}").id();
        assertEquals(ArticleIds.idOf("Another text."), other, "computed from the normalized body");
        InvalidArticleException wrong = assertThrows(InvalidArticleException.class,
                () -> consumer.parse("{\"id\":\"" + ID + "\",\"source\":\"s\",\"body\":\"Another text.\"}"));
        assertTrue(wrong.getMessage().contains("field 'id' is " + ID + " but the SHA-256 of the normalized body is " + other), wrong.getMessage());
        assertThrows(InvalidArticleException.class, () -> consumer.parse("{\"id\":\"" + "0".repeat(64) + "\",\"source\":\"s\",\"body\":\"Text.\"}"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("{\"source\":\"s\",\"body\":\"Text.\",\"sha256\":\"zz\"}"))
                .getMessage().contains("'sha256' must be 64 lower-case hex digits"));
    }

    @Test
    void theIdentityRuleFoldsWhiteSpaceAndComposesUnicode() {
        assertEquals(ArticleIds.idOf("Caf\u00e9 opens."), ArticleIds.idOf("  Cafe\u0301\r\n opens. "));
        assertEquals("7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069", ArticleIds.idOf("Hello World!"));
    }
}
