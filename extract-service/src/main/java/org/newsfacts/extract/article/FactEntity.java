package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "fact")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
    public Long id;
    @Column(name = "article_id")
    public String articleId;
    public int ordinal;
    public String type;
    public String subject;
    @Column(name = "subject_type")
    public String subjectType;
    public String object;
    @Column(name = "object_type")
    public String objectType;
    public BigDecimal value;
    public String unit;
    @Column(name = "value_usd")
    public BigDecimal valueUsd;
    public String approx;
    public String direction;
    public String metric;
    public String role;
    public String market;
    public String period;
    @Column(name = "period_text")
    public String periodText;
    @Column(name = "quote_text")
    public String quoteText;
    public String alt;
    public String sentence;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
    public double confidence;
}
