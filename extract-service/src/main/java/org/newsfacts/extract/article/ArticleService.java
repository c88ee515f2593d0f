package org.newsfacts.extract.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.entity.RegisterEntry;
import org.newsfacts.extract.outbox.OutboxService;
import org.newsfacts.extract.syndication.NearDuplicateRepository;
import org.newsfacts.extract.syndication.NearDuplicates;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactsExtracted;

/**
 * Handles a batch of articles: extracts their facts and, in the caller's transaction, upserts the
 * articles, replaces their facts, queues one {@code facts.extracted} event per article in the outbox
 * and records the messages as processed. Replaying the same message changes nothing; the same
 * article under another message replaces its facts (never adds to them).
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
    private final Extraction extractor;
    private final NearDuplicates nearDuplicates;
    private final ObjectMapper mapper;
    private final Event<Stored> batchesStored;
    private final AtomicLong processed = new AtomicLong();

    public ArticleService(
            ArticleRepository articles,
            FactRepository facts,
            EntityRepository entities,
            MessageLogRepository messageLog,
            OutboxService outbox,
            Extraction extractor,
            NearDuplicates nearDuplicates,
            ObjectMapper mapper,
            Event<Stored> stored) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
        this.messageLog = messageLog;
        this.outbox = outbox;
        this.extractor = extractor;
        this.nearDuplicates = nearDuplicates;
        this.mapper = mapper;
        this.batchesStored = stored;
    }

    /** One record of a batch: the article it carries and the id of the message it came in. */
    public record Delivery(IncomingArticle article, String messageId) {}

    /** A delivery the extractor could not handle; the caller dead-letters its record. */
    public record Failure(Delivery delivery, DeadLetters.Kind kind, String reason, Throwable cause) {}

    /**
     * A batch of live articles stored, announced as a CDI event (observers that count it should observe
     * it after the transaction succeeded): how many articles, how many of them new, and the facts stored by type.
     */
    public record Stored(int articles, int fresh, Map<String, Integer> factsByType) {}

    /** An article of the batch with what the extractor found, and every delivery that carried it. */
    private record Extracted(
            String id,
            List<Delivery> deliveries,
            List<Fact> facts,
            List<Mention> entities,
            Map<String, RegisterEntry> links) {
        Delivery last() {
            return deliveries.get(deliveries.size() - 1);
        }
    }

    /**
     * Processes a batch in one transaction: messages processed before are skipped, an article
     * delivered twice in the batch is stored once (every name it came under is recorded, the last
     * delivery's facts count), and the writes are a few statements for the whole batch.
     *
     * @return the deliveries the extractor failed on (not stored; nothing else in the batch is affected)
     */
    @Transactional
    public List<Failure> process(List<Delivery> batch) {
        List<Failure> failures = new ArrayList<>();
        Set<String> seen = messageLog.processed(
                ArticleConsumer.CONSUMER_GROUP,
                batch.stream().map(Delivery::messageId).toList());
        Map<String, Extracted> work = new LinkedHashMap<>();
        for (Delivery d : batch) {
            if (!seen.add(d.messageId())) {
                LOG.debugf("message %s was processed before; skipped", d.messageId());
                continue;
            }
            Document document;
            try {
                document = extractor.run(d.article().body(), articleDate(d.article()));
            } catch (RuntimeException e) {
                failures.add(new Failure(
                        d, DeadLetters.Kind.EXTRACTOR_FAILED, "the extractor failed on this article: " + e, e));
                continue;
            }
            Extracted before = work.get(d.article().id());
            List<Delivery> deliveries = before == null ? new ArrayList<>() : before.deliveries();
            deliveries.add(d);
            work.put(
                    d.article().id(),
                    new Extracted(
                            d.article().id(),
                            deliveries,
                            document.get(Layers.FACTS),
                            document.get(Layers.ENTITIES),
                            document.get(Layers.LINKS)));
        }
        if (!work.isEmpty()) {
            store(List.copyOf(work.values()));
        }
        return failures;
    }

    private void store(List<Extracted> batch) {
        List<String> ids = batch.stream().map(Extracted::id).toList();
        Map<String, ArticleEntity> existing = articles.byId(ids);
        Instant now = Instant.now();
        List<ArticleRepository.Source> sources = new ArrayList<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Map<String, RegisterEntry>> links = new LinkedHashMap<>();
        Map<String, ArticleEntity> stored = new HashMap<>();
        List<ArticleEntity> fresh = new ArrayList<>();
        for (Extracted x : batch) {
            ArticleEntity article = existing.get(x.id());
            if (article == null) {
                article = newArticle(x.deliveries().get(0).article());
                fresh.add(article);
            }
            article.extractorVersion = Extractor.VERSION;
            article.extractedAt = now;
            stored.put(x.id(), article);
            for (Delivery d : x.deliveries()) {
                sources.add(new ArticleRepository.Source(x.id(), d.article().source(), ingestedAt(d.article())));
            }
            mentions.put(x.id(), x.entities());
            links.put(x.id(), x.links());
        }
        // New articles are signed before they are written: signature and link go in with the row.
        List<NearDuplicateRepository.Signed> signed = nearDuplicates.sign(fresh.stream()
                .map(a -> new NearDuplicates.Text(a.id, a.body, a.ingestedAt))
                .toList());
        for (int i = 0; i < fresh.size(); i++) {
            fresh.get(i).minhash = signed.get(i).signature();
            fresh.get(i).nearDuplicateOf = signed.get(i).nearDuplicateOf();
            articles.persist(fresh.get(i));
        }
        articles.flush(); // the rows the sources, mentions, bands and facts refer to
        nearDuplicates.index(signed);
        articles.addSources(sources);
        entities.replaceMentions(mentions, links);
        Map<String, List<FactEntity>> wanted = new LinkedHashMap<>();
        batch.forEach(x -> wanted.put(x.id(), toEntities(x.facts(), x.id())));
        Map<String, List<String>> changed = facts.replace(wanted);
        Map<String, Integer> factsByType = new HashMap<>();
        for (Extracted x : batch) {
            x.facts().forEach(f -> factsByType.merge(f.type().wire(), 1, Integer::sum));
            boolean isNew = !existing.containsKey(x.id());
            // Evidence names the source the article was first ingested under.
            announce(x.id(), stored.get(x.id()).source, x.facts(), changed.get(x.id()));
            LOG.infof(
                    "extracted %d facts from %s (%s, %s; %d articles since start)",
                    x.facts().size(),
                    x.last().article().source(),
                    x.id().substring(0, 12),
                    isNew ? "new" : "known article, facts replaced",
                    processed.incrementAndGet());
        }
        // After all the events: rows of one table in a row go to the database as one multi-row insert.
        for (Extracted x : batch) {
            for (Delivery d : x.deliveries()) {
                messageLog.markProcessed(ArticleConsumer.CONSUMER_GROUP, d.messageId());
            }
        }
        batchesStored.fire(new Stored(batch.size(), fresh.size(), factsByType));
    }

    /** An article stored before, as re-extraction reads it back. */
    public record StoredArticle(String id, String source, String body, Instant publishedAt, Instant ingestedAt) {}

    /**
     * Extracts stored articles again from their bodies with this extractor and, in the caller's
     * transaction, replaces their facts and mentions, marks them as extracted by this version and
     * queues a {@code facts.extracted} event for each. The article rows themselves (body, sources,
     * near-duplicate link) are left as they are.
     *
     * @return the ids the extractor failed on: those keep their earlier facts and version
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> reextract(List<StoredArticle> claimed) {
        List<String> failed = new ArrayList<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Map<String, RegisterEntry>> links = new LinkedHashMap<>();
        Map<String, List<Fact>> found = new LinkedHashMap<>();
        for (StoredArticle a : claimed) {
            try {
                Document document = extractor.run(a.body(), dayOf(a.publishedAt(), a.ingestedAt()));
                mentions.put(a.id(), document.get(Layers.ENTITIES));
                links.put(a.id(), document.get(Layers.LINKS));
                found.put(a.id(), document.get(Layers.FACTS));
            } catch (RuntimeException e) {
                LOG.warnf(
                        e,
                        "re-extraction: the extractor %s failed on article %s (%s); it keeps its earlier facts",
                        Extractor.VERSION,
                        a.id(),
                        a.source());
                failed.add(a.id());
            }
        }
        if (found.isEmpty()) {
            return failed;
        }
        entities.replaceMentions(mentions, links);
        Map<String, List<FactEntity>> wanted = new LinkedHashMap<>();
        found.forEach((id, f) -> wanted.put(id, toEntities(f, id)));
        Map<String, List<String>> changed = facts.replace(wanted);
        for (StoredArticle a : claimed) {
            if (found.containsKey(a.id())) {
                announce(a.id(), a.source(), found.get(a.id()), changed.get(a.id()));
            }
        }
        articles.markExtracted(found.keySet(), Extractor.VERSION);
        return failed;
    }

    private List<FactEntity> toEntities(List<Fact> found, String articleId) {
        List<FactEntity> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            out.add(FactEntity.of(found.get(i), articleId, i, mapper));
        }
        return out;
    }

    /** Queues the event of an article's facts (stored already), with the names of those that changed. */
    private void announce(String articleId, String source, List<Fact> found, List<String> changedNames) {
        List<Fact> published =
                found.stream().map(f -> f.withEvidenceOf(articleId, source)).toList();
        outbox.add(
                FACTS_TOPIC,
                articleId,
                "org.newsfacts.facts.extracted.v1",
                toJson(new FactsExtracted(articleId, source, Extractor.VERSION, published, changedNames)));
    }

    /**
     * Queues the event of a stored article's facts as they are now in the database (FX, issue 26: after
     * a newly arrived rate gave some of them their dollar value), with the names of those that changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceStored(String articleId, List<String> changedNames) {
        ArticleEntity article = articles.findById(articleId);
        if (article == null) {
            return; // deleted meanwhile: nothing to announce
        }
        List<Fact> published = facts.list("articleId = ?1 order by ordinal", articleId).stream()
                .map(e -> e.toWire(article.source, mapper))
                .toList();
        outbox.add(
                FACTS_TOPIC,
                articleId,
                "org.newsfacts.facts.extracted.v1",
                toJson(new FactsExtracted(
                        articleId, article.source, article.extractorVersion, published, changedNames)));
    }

    private static ArticleEntity newArticle(IncomingArticle in) {
        ArticleEntity article = new ArticleEntity();
        article.id = in.id();
        article.source = in.source();
        article.title = in.title();
        article.body = in.body();
        article.url = in.url();
        article.outlet = in.outlet();
        article.author = in.author();
        article.publishedAt = in.publishedAt();
        article.contentType = in.contentType() != null ? in.contentType() : "text/plain";
        article.ingestedAt = ingestedAt(in);
        article.sha256 = in.sha256() != null ? in.sha256() : in.id();
        return article;
    }

    private static Instant ingestedAt(IncomingArticle in) {
        return in.ingestedAt() != null ? in.ingestedAt() : Instant.now();
    }

    private static LocalDate articleDate(IncomingArticle in) {
        return dayOf(in.publishedAt(), ingestedAt(in));
    }

    /** The day relative periods ("last year") count from: the publication date, else the ingest date. */
    private static LocalDate dayOf(Instant publishedAt, Instant ingestedAt) {
        return (publishedAt != null ? publishedAt : ingestedAt)
                .atZone(ZoneOffset.UTC)
                .toLocalDate();
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
