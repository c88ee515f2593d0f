package org.newsfacts.extract.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.newsfacts.extract.engine.Document;
import org.newsfacts.extract.engine.Extractor;
import org.newsfacts.extract.engine.Layers;
import org.newsfacts.extract.engine.Fact;
import org.newsfacts.extract.outbox.OutboxService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Handles one article: extracts its facts and, in the caller's transaction, upserts the article,
 * replaces its facts, queues the {@code facts.extracted} event in the outbox and records the message
 * as processed. Replaying the same message changes nothing; the same article under another message
 * replaces its facts (never adds to them).
 */
@ApplicationScoped
public class ArticleService {

    static final String FACTS_TOPIC = "facts.extracted";
    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final EntityRepository entities;
    private final MessageLogRepository messageLog;
    private final OutboxService outbox;
    private final Extractor extractor;
    private final ObjectMapper mapper;
    private final AtomicLong processed = new AtomicLong();

    public ArticleService(ArticleRepository articles, FactRepository facts, EntityRepository entities, MessageLogRepository messageLog,
                          OutboxService outbox, Extractor extractor, ObjectMapper mapper) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
        this.messageLog = messageLog;
        this.outbox = outbox;
        this.extractor = extractor;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void process(IncomingArticle in, String messageId) {
        if (messageLog.alreadyProcessed(ArticleConsumer.CONSUMER_GROUP, messageId)) {
            LOG.debugf("message %s was processed before; skipped", messageId);
            return;
        }
        Instant ingestedAt = in.ingestedAt() != null ? in.ingestedAt() : Instant.now();
        Document document = extractor.run(in.body(), articleDate(in, ingestedAt));
        List<Fact> found = document.get(Layers.FACTS);

        ArticleEntity existing = articles.findById(in.id());
        boolean isNew = existing == null;
        ArticleEntity article = isNew ? new ArticleEntity() : existing;
        if (isNew) {
            article.id = in.id();
            article.source = in.source();
            article.title = in.title();
            article.body = in.body();
            article.url = in.url();
            article.outlet = in.outlet();
            article.author = in.author();
            article.publishedAt = in.publishedAt();
            article.contentType = in.contentType() != null ? in.contentType() : "text/plain";
            article.ingestedAt = ingestedAt;
            article.sha256 = in.sha256() != null ? in.sha256() : in.id();
        }
        article.extractorVersion = Extractor.VERSION;
        article.extractedAt = Instant.now();
        if (isNew) {
            articles.persist(article);
        }
        articles.addSource(article.id, in.source(), ingestedAt);

        entities.replaceMentions(article.id, document.get(Layers.ENTITIES));
        facts.deleteByArticle(article.id);
        for (int i = 0; i < found.size(); i++) {
            facts.persist(toEntity(found.get(i), article.id, i));
        }
        // Evidence names the source the article was first ingested under.
        String source = article.source;
        List<FactJson> published = found.stream().map(f -> FactJson.of(f, article.id, source)).toList();
        outbox.add(FACTS_TOPIC, article.id, "org.newsfacts.facts.extracted.v1",
                toJson(new FactsExtractedEvent(article.id, source, Extractor.VERSION, published)));
        messageLog.markProcessed(ArticleConsumer.CONSUMER_GROUP, messageId);
        LOG.infof("extracted %d facts from %s (%s, %s; %d articles since start)", found.size(), in.source(),
                article.id.substring(0, 12), isNew ? "new" : "known article, facts replaced", processed.incrementAndGet());
    }

    private static LocalDate articleDate(IncomingArticle in, Instant ingestedAt) {
        Instant when = in.publishedAt() != null ? in.publishedAt() : ingestedAt;
        return when.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private FactEntity toEntity(Fact f, String articleId, int ordinal) {
        FactEntity e = new FactEntity();
        e.articleId = articleId;
        e.ordinal = ordinal;
        e.type = f.type();
        e.subject = f.subject();
        e.subjectType = f.subjectType();
        e.object = f.object();
        e.objectType = f.objectType();
        e.value = f.value();
        e.unit = f.unit();
        e.valueUsd = f.valueUsd();
        e.approx = f.approx();
        e.direction = f.direction();
        e.metric = f.metric();
        e.role = f.role();
        e.market = f.market();
        e.period = f.period();
        e.periodText = f.periodText();
        e.quoteText = f.text();
        e.alt = f.alt() == null ? null : toJson(f.alt());
        e.sentence = f.evidence().sentence();
        e.startOffset = f.evidence().start();
        e.endOffset = f.evidence().end();
        e.confidence = f.confidence();
        return e;
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
