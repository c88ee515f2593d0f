package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

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
    /** MinHash signature (see syndication.MinHash); written with the row, since any update recomputes its search vector. */
    @Column(name = "minhash")
    public int[] minhash;

    @Column(name = "near_duplicate_of")
    public String nearDuplicateOf;
}
