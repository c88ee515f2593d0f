package org.newsfacts.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.engine.decide.DecisionModel;
import org.newsfacts.engine.decide.LearnedDecision;
import org.newsfacts.engine.decide.RuleDecision;
import org.newsfacts.engine.decide.SubjectAlternatives;
import org.newsfacts.engine.discourse.ClauseBuilder;
import org.newsfacts.engine.discourse.Coreference;
import org.newsfacts.engine.entity.CompanyRegister;
import org.newsfacts.engine.entity.EntityLinker;
import org.newsfacts.engine.entity.FactIdentifiers;
import org.newsfacts.engine.fx.FxConverter;
import org.newsfacts.engine.fx.FxRates;
import org.newsfacts.engine.mentions.EntityTagger;
import org.newsfacts.engine.mentions.MoneyTagger;
import org.newsfacts.engine.mentions.PeriodTagger;
import org.newsfacts.engine.mentions.QuantityTagger;
import org.newsfacts.engine.mentions.QuoteTagger;
import org.newsfacts.engine.post.FactMerger;
import org.newsfacts.engine.rules.AcquisitionBroadRule;
import org.newsfacts.engine.rules.AcquisitionRule;
import org.newsfacts.engine.rules.CandidateCollector;
import org.newsfacts.engine.rules.FundingRule;
import org.newsfacts.engine.rules.InvestmentRule;
import org.newsfacts.engine.rules.MarketShareBroadRule;
import org.newsfacts.engine.rules.MarketShareRule;
import org.newsfacts.engine.rules.MetricRule;
import org.newsfacts.engine.rules.PartnershipBroadRule;
import org.newsfacts.engine.rules.PartnershipRule;
import org.newsfacts.engine.rules.QuoteBroadRule;
import org.newsfacts.engine.rules.QuoteRule;
import org.newsfacts.engine.rules.RoleBroadRule;
import org.newsfacts.engine.rules.RoleRule;
import org.newsfacts.engine.rules.StakeBroadRule;
import org.newsfacts.engine.rules.StakeRule;
import org.newsfacts.engine.rules.StockMoveRule;
import org.newsfacts.engine.text.DatelineReader;
import org.newsfacts.engine.text.FurnitureFilter;
import org.newsfacts.engine.text.SentenceSplitter;
import org.newsfacts.engine.text.Tokenizer;
import org.newsfacts.model.Fact;

/** A checked chain of stages: text in, facts out. Thread-safe; build once, share. */
public final class Extractor {

    /** Stored with every article's facts; bump it when the rules change what they find. */
    public static final String VERSION = "2.2.0";

    private final List<Stage> stages;

    private Extractor(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The standard NewsFacts chain: text, mentions, references, clauses, the eleven rules proposing
     * candidates, their readings with every plausible subject, the shipped model's decision, merge, FX,
     * and the organisations linked to the shipped company register.
     */
    public static Extractor standard() {
        return standard(DecisionModel.shipped());
    }

    /** The standard chain deciding with {@code model}. */
    public static Extractor standard(DecisionModel model) {
        return withDecision(readingStages(), new LearnedDecision(model), CompanyRegister.shipped(), new FxConverter());
    }

    /** The standard chain deciding with {@code model}, linking organisations to {@code register}. */
    public static Extractor standard(DecisionModel model, CompanyRegister register) {
        return withDecision(readingStages(), new LearnedDecision(model), register, new FxConverter());
    }

    /**
     * The standard chain converting money at {@code rates} (the vendored rates and, in extract-service,
     * the live ones it stores), leaving an amount unconverted when the newest rate is more than
     * {@code maxAgeDays} older than the article's date.
     */
    public static Extractor standard(FxRates rates, int maxAgeDays) {
        return standard(DecisionModel.shipped(), CompanyRegister.shipped(), rates, maxAgeDays);
    }

    /** The standard chain with every part given: the decision model, the company register, the rates. */
    public static Extractor standard(DecisionModel model, CompanyRegister register, FxRates rates, int maxAgeDays) {
        return withDecision(readingStages(), new LearnedDecision(model), register, new FxConverter(rates, maxAgeDays));
    }

    /** The rules alone: every candidate as its rule proposed it, with the rule's confidence (no model). */
    public static Extractor rules() {
        return withDecision(candidateStages(), new RuleDecision(), CompanyRegister.shipped(), new FxConverter());
    }

    /** Up to the readings with their features, no decision (training and cross-validation run this once per article). */
    public static Extractor readings() {
        Builder b = builder();
        readingStages().forEach(b::add);
        return b.buildPrefix();
    }

    /** What follows the readings: {@code model}'s decision, merge, FX, register links; run on a document {@link #readings()} made. */
    public static Extractor decision(DecisionModel model) {
        Builder b = builder().add(new LearnedDecision(model));
        tail(CompanyRegister.shipped(), new FxConverter()).forEach(b::add);
        return b.buildAfter(readings());
    }

    private static Extractor withDecision(List<Stage> head, Stage decision, CompanyRegister register, FxConverter fx) {
        Builder b = builder();
        head.forEach(b::add);
        b.add(decision);
        tail(register, fx).forEach(b::add);
        return b.build();
    }

    /** After the decision: merge, FX, and the register's identifiers (links are made on the final entities). */
    private static List<Stage> tail(CompanyRegister register, FxConverter fx) {
        return List.of(new FactMerger(), fx, new EntityLinker(register), new FactIdentifiers());
    }

    private static List<Stage> readingStages() {
        List<Stage> stages = new ArrayList<>(candidateStages());
        stages.add(new SubjectAlternatives());
        return stages;
    }

    private static List<Stage> candidateStages() {
        return List.of(
                new SentenceSplitter(),
                new FurnitureFilter(),
                new DatelineReader(),
                new Tokenizer(),
                new MoneyTagger(),
                new QuantityTagger(),
                new PeriodTagger(),
                new EntityTagger(),
                new Coreference(),
                new QuoteTagger(),
                new ClauseBuilder(),
                new CandidateCollector(),
                new InvestmentRule(),
                new FundingRule(),
                new AcquisitionRule(),
                new AcquisitionBroadRule(),
                new StockMoveRule(),
                new MetricRule(),
                new MarketShareRule(),
                new RoleRule(),
                new RoleBroadRule(),
                new QuoteRule(),
                new QuoteBroadRule(),
                new StakeRule(),
                new PartnershipRule(),
                new StakeBroadRule(),
                new PartnershipBroadRule(),
                new MarketShareBroadRule());
    }

    /** Runs the chain and returns the document with every layer (for tests, the benchmark and debugging). */
    public Document run(String text, LocalDate articleDate) {
        Document document = new Document(text, articleDate);
        for (Stage stage : stages) {
            stage.process(document);
        }
        return document;
    }

    /** Runs the chain on a document an earlier chain has made (see {@link #decision}). */
    public Document continueOn(Document document) {
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
            Set<Layer<?>> available = check(new HashSet<>());
            if (!available.contains(Layers.FACTS)) {
                throw new IllegalStateException("no stage provides the '" + Layers.FACTS + "' layer");
            }
            return new Extractor(stages);
        }

        /** The first part of a chain (it need not reach the facts); checked like {@link #build()}. */
        public Extractor buildPrefix() {
            check(new HashSet<>());
            return new Extractor(stages);
        }

        /** The rest of a chain that runs on {@code head}'s documents; checked against what head provides. */
        public Extractor buildAfter(Extractor head) {
            Set<Layer<?>> available = new HashSet<>();
            head.stages.forEach(s -> available.addAll(s.provides()));
            check(available);
            return new Extractor(stages);
        }

        private Set<Layer<?>> check(Set<Layer<?>> available) {
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
            return available;
        }
    }
}
