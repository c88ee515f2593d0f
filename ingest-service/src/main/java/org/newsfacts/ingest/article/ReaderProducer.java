package org.newsfacts.ingest.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsfacts.formats.ArticleReader;

/** The article readers of the article-formats library, as the one instance the inbox and uploads share. */
@Singleton
class ReaderProducer {

    @Produces
    @Singleton
    ArticleReader articleReader(ObjectMapper mapper) {
        return new ArticleReader(mapper);
    }
}
