package org.newsfacts.query.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An article as stored by extract-service (read-only here). */
@Entity
@Immutable
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;

    public String source;
    public String title;
    public String body;
    public String url;
    public String outlet;
    public String author;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "ingested_at")
    public Instant ingestedAt;

    public String sha256;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "extracted_at")
    public Instant extractedAt;

    /** The original this article is a near duplicate (syndicated copy) of; null for an original. */
    @Column(name = "near_duplicate_of")
    public String nearDuplicateOf;
}
