package org.newsfacts.engine;

import java.time.LocalDate;
import java.util.List;
import org.newsfacts.model.Fact;

/** Every layer of the engine, in one place. */
public final class Layers {

    public static final Layer<List<Sentence>> SENTENCES = new Layer<>("sentences", List.class);
    public static final Layer<List<Sentence>> CONTENT = new Layer<>("content sentences", List.class);
    public static final Layer<LocalDate> ARTICLE_DATE = new Layer<>("article date", LocalDate.class);
    public static final Layer<List<Token>> TOKENS = new Layer<>("tokens", List.class);
    public static final Layer<List<Mention>> MONEY = new Layer<>("money", List.class);
    public static final Layer<List<Mention>> QUANTITIES = new Layer<>("percentages and share counts", List.class);
    public static final Layer<List<Mention>> PERIODS = new Layer<>("periods", List.class);
    public static final Layer<List<Mention>> ENTITIES = new Layer<>("entities", List.class);
    public static final Layer<List<Mention>> REFERENCES = new Layer<>("references", List.class);
    /** Per content sentence, the organisation the article is about at that point ("the company"). */
    public static final Layer<List<String>> FOCUS = new Layer<>("focus", List.class);

    public static final Layer<List<Quote>> QUOTES = new Layer<>("quotes", List.class);
    public static final Layer<List<Clause>> CLAUSES = new Layer<>("clauses", List.class);
    /** What the rules propose, each with who proposed it; the decision stage turns them into facts. */
    public static final Layer<List<Candidate>> CANDIDATES = new Layer<>("candidates", List.class);
    /** The candidates with every plausible subject, grouped into readings, each with its features. */
    public static final Layer<List<org.newsfacts.engine.decide.Reading>> READINGS = new Layer<>("readings", List.class);

    public static final Layer<List<Fact>> FACTS = new Layer<>("facts", List.class);
    /** The facts are one per claim per article (FactMerger): what the dollar values and identifiers are set on. */
    public static final Layer<Boolean> FACTS_MERGED = new Layer<>("facts merged", Boolean.class);
    /** The money facts carry their dollar value, or why they have none (FxConverter). */
    public static final Layer<Boolean> FACTS_IN_DOLLARS = new Layer<>("facts in dollars", Boolean.class);
    /** The facts' organisations carry the company register's identifiers where linked (FactIdentifiers). */
    public static final Layer<Boolean> FACTS_IDENTIFIED = new Layer<>("facts identified", Boolean.class);
    /** Organisations (by canonical name) linked to a company-register entry, only where the match is unambiguous. */
    public static final Layer<java.util.Map<String, org.newsfacts.engine.entity.RegisterEntry>> LINKS =
            new Layer<>("register links", java.util.Map.class);

    private Layers() {}
}
