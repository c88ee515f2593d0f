package org.newsfacts.engine;

import org.newsfacts.engine.discourse.ClauseBuilder;
import org.newsfacts.engine.discourse.Coreference;
import org.newsfacts.engine.mentions.EntityTagger;
import org.newsfacts.engine.mentions.MoneyTagger;
import org.newsfacts.engine.mentions.PeriodTagger;
import org.newsfacts.engine.mentions.QuantityTagger;
import org.newsfacts.engine.mentions.QuoteTagger;
import org.newsfacts.engine.post.FactMerger;
import org.newsfacts.engine.post.FxConverter;
import org.newsfacts.engine.rules.AcquisitionRule;
import org.newsfacts.engine.rules.FactCollector;
import org.newsfacts.engine.rules.FundingRule;
import org.newsfacts.engine.rules.InvestmentRule;
import org.newsfacts.engine.rules.MarketShareRule;
import org.newsfacts.engine.rules.MetricRule;
import org.newsfacts.engine.rules.PartnershipRule;
import org.newsfacts.engine.rules.QuoteRule;
import org.newsfacts.engine.rules.RoleRule;
import org.newsfacts.engine.rules.StakeRule;
import org.newsfacts.engine.rules.StockMoveRule;
import org.newsfacts.engine.text.DatelineReader;
import org.newsfacts.engine.text.FurnitureFilter;
import org.newsfacts.engine.text.SentenceSplitter;
import org.newsfacts.engine.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A checked chain of stages: text in, facts out. Thread-safe; build once, share. */
public final class Extractor {

    /** Stored with every article's facts; bump it when the rules change what they find. */
    public static final String VERSION = "1.2.0";

    private final List<Stage> stages;

    private Extractor(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The standard NewsFacts chain: text, mentions, references, clauses, the eleven fact rules, merge, FX. */
    public static Extractor standard() {
        return builder()
                .add(new SentenceSplitter())
                .add(new FurnitureFilter())
                .add(new DatelineReader())
                .add(new Tokenizer())
                .add(new MoneyTagger())
                .add(new QuantityTagger())
                .add(new PeriodTagger())
                .add(new EntityTagger())
                .add(new Coreference())
                .add(new QuoteTagger())
                .add(new ClauseBuilder())
                .add(new FactCollector())
                .add(new InvestmentRule())
                .add(new FundingRule())
                .add(new AcquisitionRule())
                .add(new StockMoveRule())
                .add(new MetricRule())
                .add(new MarketShareRule())
                .add(new RoleRule())
                .add(new QuoteRule())
                .add(new StakeRule())
                .add(new PartnershipRule())
                .add(new FactMerger())
                .add(new FxConverter())
                .build();
    }

    /** Runs the chain and returns the document with every layer (for tests, the benchmark and debugging). */
    public Document run(String text, LocalDate articleDate) {
        Document document = new Document(text, articleDate);
        for (Stage stage : stages) {
            stage.process(document);
        }
        return document;
    }

    public List<Fact> extract(String text, LocalDate articleDate) {
        return List.copyOf(run(text, articleDate).get(Layers.FACTS));
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /** Fails when a stage needs a layer that no earlier stage provides, or when nothing provides facts. */
        public Extractor build() {
            Set<Layer<?>> available = new HashSet<>();
            for (Stage stage : stages) {
                for (Layer<?> needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new IllegalStateException("stage " + stage.name() + " requires layer '" + needed
                                + "', which no earlier stage provides (chain: "
                                + stages.stream().map(Stage::name).toList() + ")");
                    }
                }
                available.addAll(stage.provides());
            }
            if (!available.contains(Layers.FACTS)) {
                throw new IllegalStateException("no stage provides the '" + Layers.FACTS + "' layer");
            }
            return new Extractor(stages);
        }
    }
}
