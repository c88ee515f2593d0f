package org.newsfacts.engine.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.lexicon.Alternation;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.FactType;

/**
 * FINANCIAL_METRIC and METRIC_CHANGE facts around a metric phrase (metrics.tsv). After the phrase,
 * up to the next metric phrase or clause break, every amount is read by the words just before it:
 * a change after a direction ("rose 12%", "fell $1.2bn", "up 8%"), the level now after "to", "was",
 * "of", "reach", "at" …, the level before after "from", "against", "compared with" (one sentence,
 * up to three facts), an analysts' figure after "forecasts of", "expectations of", "consensus" …
 * ({@code _ESTIMATE}), a loss after "loss of" (negative). Before the phrase: "a 31% rise in
 * profits", "its 3% revenue growth". A money amount followed by "a share" is EPS (or the dividend per
 * share); a bracketed conversion is the same fact. The owner is the name before the metric ("Acme's
 * revenue"), else the clause's subject, else the focus company. A bare "profit(s)" or "loss" after
 * the article has named a profit line (pre-tax, operating, underlying) is that line. Share price
 * levels and money moves are SHARE_PRICE (percentage moves are the stock-move rule's).
 */
public final class MetricRule extends ClauseRule {

    private static final Pattern METRIC = compile("\\b(?<metric>" + LEX.metricAlternation() + ")\\b");
    private static final Pattern SLOT_AMOUNT = compile("\\b(?:MON|PCT)_\\d+");
    private static final Pattern DIRECTION =
            compile("\\b(?<dir>" + LEX.directionAlternation() + ")\\b(?!\\s+(?:from|to)\\b[^%]*$)");
    private static final Pattern DIRECTION_ANYWHERE = compile("\\b(?<dir>" + LEX.directionAlternation() + ")\\b");
    private static final Pattern PRIOR = compile(
            "\\b(?:from|against|compared\\s+(?:with|to)|versus|vs\\.?|a year (?:earlier|ago) of|year-earlier|than(?:\\s+(?:TIM_\\d+|last year|a year earlier)'s)?)"
                    + "(?:\\s+(?:a|an|the|its|last year's|[\\w-]+\\s+loss(?:es)?\\s+of|loss(?:es)?\\s+of|profits?\\s+of|(?:[\\w-]+\\s+){1,2}of))*\\s*$");
    private static final Pattern LEVEL = compile(
            "\\b(?:to|reach|reached|reaching|at|was|were|is|are|be|been|of|totalled|totaled|totalling|hit|hitting"
                    + "|stood at|came in at|amounted to|amounting to|posted|reported|made|making|with|worth|record|around|about|nearly|almost|roughly|between)"
                    + "(?:\\s+(?:a|an|the|record|new|just|some))*\\s*$");
    /** Analysts' figures, not the company's own: "analysts had expected", "forecasts of", "consensus", "according to Refinitiv data". */
    private static final Pattern ESTIMATE = compile(
            "\\b(?:analysts?'?\\s+(?:had\\s+|have\\s+)?(?:previously\\s+|on\\s+average\\s+)?(?:average\\s+)?(?:expected|expect|forecast|predicted|estimated"
                    + "|expecting|were\\s+expecting|forecasts|estimates|expectations|projected)|(?<!\\bits\\s|\\bits\\sprevious\\s|\\bits\\sown\\s|\\bprevious\\s|ORG_\\d{1,3}'s\\s)forecasts?\\s+of|estimates?\\s+of|expectations|consensus|refinitiv|ibes"
                    + "|factset|polled|had\\s+(?:been\\s+)?expected|were\\s+expecting|expected\\s+by\\s+analysts|wall\\s+street\\s+(?:had\\s+)?expected)\\b");

    private static final Pattern LOSS = compile("\\blos(?:s|ses)\\b(?![^,;]*\\bprofit)");
    private static final Pattern PER_SHARE = compile(
            "^\\s*(?:(?:to|-|and)\\s*MON_\\d+\\s*)?(?:on\\s+a\\s+per|a|per)\\s+(?:diluted\\s+|basic\\s+)?share\\b");
    private static final Pattern ALT = compile("^\\s*\\((?<alt>" + MON + ")");
    private static final Pattern AMOUNT_BEFORE = compile("(?:\\b(?:a|an)\\s+(?<amt>" + MON
            + ")(?:\\s*\\([^)]*\\))?\\s+(?:(?:pre-tax|net|operating|annual|full-year|quarterly|underlying|record)\\s+)?"
            + "|\\b(?:had|has|have|with|reported|posted|generated|booked)\\s+(?<amt2>" + MON
            + ")(?:\\s*\\([^)]*\\))?\\s+(?:in|of)\\s+)$");
    /** "Acme raised its dividend by 10%": the direction is the verb's before the metric. */
    private static final Pattern VERB_BEFORE = compile(
            "\\b(?<verb>increased|raised|lifted|boosted|hiked|cut|reduced|lowered|slashed|trimmed)\\s+(?:its|their|the|ORG_\\d+'s)\\s+(?:[\\w-]+\\s+)?$");

    private static final Pattern DIRECTION_AFTER =
            compile("^\\s*(?<dir>higher|lower|up|down|rise|increase|fall|drop|decline|jump|gain|growth)\\b");
    private static final Pattern VALUES =
            compile("\\b(?:values|valued|valuing|value)\\s+(?<own>" + ORG + ")\\s+at\\s+(?<amt>" + MON + ")");
    private static final Pattern HYPOTHETICAL = compile("\\b(?:would|could|might)\\s+(?:have\\s+)?$");
    private static final Pattern RANGE_END = compile("^\\s*(?:to|-|–|and)\\s*$");
    private static final Pattern AND_ALSO = compile("^[^,;]*\\band\\s+(?:the\\s+|a\\s+)?$");
    private static final Pattern OTHER_OWNER = compile("\\b(ORG_\\d+)'s\\b");
    private static final Pattern CONVERSION = compile("^\\s*[(;,]\\s*$");
    private static final Pattern BREAK = compile(
            ";|\\s+(?:while|whereas|but(?!\\s+(?:analysts|the\\s+consensus|forecasts|expectations|wall\\s+street))|although|though)\\b|,\\s+(?:and|as|where|when)\\s|\\s+-\\s+");
    private static final Pattern NOT_A_FIGURE = compile(
            "^\\s+(?:report|reports|call|season|statement|guidance|release|date|per share|margin|margins|growth rate|target)\\b");
    /** What may open a sentence before a bare metric of the focus company: "Full-year", "Nevertheless, total", "Drinks" (not "Industry"). */
    private static final Pattern BARE_OPENING = compile(
            "^\\s*(?:[A-Z][a-z]+,\\s+)?(?:(?:the|its|their|net|gross|total|annual|quarterly|half-year|full-year|first-half"
                    + "|second-half|underlying|group|core|fourth-quarter|third-quarter|second-quarter|first-quarter|[\\w-]+-quarter|but|and|however,?|meanwhile,?"
                    + "|overall,?|in|for|the|year|first|second|third|fourth|quarter|half|comparable|like-for-like|reported|adjusted|a|an|record|\\d{4}|TIM_\\d+,?"
                    + "|despite|seeing|after|posting|reporting)\\s+){0,5}"
                    + "(?:(?!(?:industry|market|sector|global|world|worldwide|national|retail|car|vehicle|auto|home|house|housing|consumer|online|christmas|holiday"
                    + "|chip|pc|smartphone|phone|country|nationwide|european|american|british|chinese|japanese|state|city|analysts?|economists?|LOC_\\d+|ORG_\\d+|PER_\\d+)\\b)"
                    + "[a-z][\\w-]*\\s+)?$");

    private static final Pattern CHANGE_BEFORE = compile(
            "(?<amt>" + PCT + "|" + MON + ")\\s+(?:[\\w-]+\\s+){0,2}?(?<dir>rise|increase|jump|gain|growth|climb|surge"
                    + "|fall|drop|decline|slump|dip|slide|decrease|improvement|boost)\\s+in\\s+(?:its\\s+|the\\s+|their\\s+|annual\\s+|quarterly\\s+|ORG_\\d+'s\\s+)*$");
    private static final Pattern CHANGE_BEFORE_NOUN = compile("(?<amt>" + PCT + ")\\s+(?:[\\w-]+\\s+){0,3}?$");
    private static final Pattern GROWTH_AFTER =
            compile("^\\s+(?<dir>growth|rise|increase|decline|fall|drop|jump|gain)\\b");
    private static final Pattern OWNER =
            compile("(?<own>" + AGENT + ")(?:'s)?\\s+(?:(?:" + PCT + "|[\\w-]+)\\s+){0,3}?$");
    private static final Pattern OWNER_AFTER =
            compile("^\\s+(?:in|of|at)\\s+(?:[a-z][\\w-]*\\s+){0,3}(?<own>" + ORG + ")");
    private static final Pattern ALSO_MOVED = compile("(?<own>" + ORG + ")'s\\s+(?<amt>" + PCT
            + ")\\s+(?:[\\w-]+\\s+){0,2}?(?<dir>surge|growth|rise|increase|jump|gain|decline|drop|fall)\\b");
    private static final Pattern AFTER_PRIOR =
            compile("\\b(?:from|compared\\s+(?:with|to)|against|versus|vs\\.?)\\s+(?:a|an)\\s*$");
    private static final Pattern CLAUSE_OPENING =
            compile("(?:;|,\\s+(?:while|whereas|but|and|with)|\\s+(?:while|whereas))\\s+");
    private static final Pattern SPELLED_OUT = compile(
            "(?<long>earnings\\s+before\\s+interest(?:,?\\s+(?:and\\s+)?(?:taxes|tax|depreciation|amorti[sz]ation))+)(?:\\s*\\(EBITDA\\))?"
                    + "|(?<=ebitda|earnings per share)\\s*\\((?:EBITDA|EPS)\\)");
    private static final Pattern IT_OPENING = compile("^\\s*It\\s+(?:[\\w-]+\\s+){0,6}$");
    private static final java.util.Map<String, String> VERB_DIRECTION = java.util.Map.of(
            "increased",
            "rose",
            "raised",
            "rose",
            "lifted",
            "rose",
            "boosted",
            "rose",
            "hiked",
            "rose",
            "cut",
            "fell",
            "reduced",
            "fell",
            "lowered",
            "fell",
            "slashed",
            "fell",
            "trimmed",
            "fell");
    private static final java.util.Set<String> BARE = java.util.Set.of("profit", "profits", "loss", "losses");
    private static final java.util.Set<String> PROFIT_LINES =
            java.util.Set.of("PRE_TAX_PROFIT", "OPERATING_INCOME", "UNDERLYING_PROFIT");

    @Override
    public void process(Document document) {
        List<Fact> facts = new java.util.ArrayList<>();
        List<Fact> broad = new java.util.ArrayList<>();
        String[] profitLine = {null};
        // amounts the deal rules before this one have read (an investment, a funding round, a price paid): no metric
        // line
        Set<String> dealt = new HashSet<>();
        for (org.newsfacts.engine.Candidate k : document.get(Layers.CANDIDATES)) {
            Fact f = k.fact();
            if (!k.broad() && f.value() != null && DEAL_TYPES.contains(f.type())) {
                dealt.add(f.evidence().start() + "|"
                        + f.value().abs().stripTrailingZeros().toPlainString() + f.unit());
            }
        }
        for (Clause clause : document.get(Layers.CLAUSES)) {
            apply(clause, document.text(), facts, profitLine);
            broaden(clause, document.text(), broad, profitLine[0], dealt);
        }
        propose(document, facts, broad);
    }

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        apply(c, text, out, new String[] {null});
    }

    private void apply(Clause c, String text, List<Fact> out, String[] profitLine) {
        String s = spelledOut(c.masked());
        if (s.contains("valu") && s.contains("MON_")) {
            valuations(c, text, out, s);
        }
        boolean amounts = s.contains("MON_") || s.contains("PCT_");
        if (!amounts) {
            if (s.contains("profit")) {
                Matcher line = METRIC.matcher(s); // no figure here, but the profit line it names counts from here on
                while (line.find()) {
                    String named = LEX.metric(line.group());
                    if (PROFIT_LINES.contains(named)) {
                        profitLine[0] = named;
                    }
                }
            }
            return;
        }
        Matcher m = METRIC.matcher(s);
        List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        String lastMetric = null;
        Mention lastOwner = null;
        for (int i = 0; i < spans.size(); i++) {
            int ms = spans.get(i)[0];
            int me = spans.get(i)[1];
            String phrase = s.substring(ms, me);
            String lower = Lexicon.key(phrase);
            String metric = LEX.metric(phrase);
            if (metric == null) {
                continue;
            }
            if (PROFIT_LINES.contains(metric)) {
                profitLine[0] = metric;
            } else if (BARE.contains(lower) && profitLine[0] != null) {
                metric = profitLine[0];
            }
            String after = s.substring(me);
            String before = s.substring(0, ms);
            if (after.startsWith("-")
                    || NOT_A_FIGURE.matcher(after).find()
                    || before.matches("(?is).*\\b(?:per|market)\\s*$") && !metric.equals("EPS")
                    || metric.equals("SHARE_PRICE")
                            && before.matches("(?is).*\\b(?:a|its|of|the|new|\\d+|SHR_\\d+|MON_\\d+)\\s*$")) {
                continue; // "earnings per share", "market share", "profit-taking", "a share", "sold its shares"
            }
            boolean continued = BARE.contains(lower)
                    && lastMetric != null
                    && AFTER_PRIOR.matcher(before).find();
            if (continued) {
                metric = lastMetric; // "operating profit was X, compared with a loss of Y"
            }
            boolean sharePrice = metric.equals("SHARE_PRICE");
            boolean estimateMetric = ESTIMATE.matcher(before).find();
            Mention owner = continued ? lastOwner : owner(c, before, ms, after);
            if (owner == null && estimateMetric && !before.contains("ORG_")) {
                owner = focusOrg(c); // "analysts had forecast turnover of $4bn": the company the article is about
            }
            if (owner == null) {
                continue;
            }
            lastOwner = owner;
            boolean loss = LOSS.matcher(lower).find();
            lastMetric = metric;
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] - me : after.length();
            Matcher brk = BREAK.matcher(blankBrackets(after)); // "(£722m; $1.3bn)" does not end the stretch
            if (brk.find() && brk.start() < end) {
                end = brk.start();
            }
            String segment = after.substring(0, end);
            // "sees a 600m euro loss", "posted a £50m pre-tax profit"
            Matcher amountBefore = AMOUNT_BEFORE.matcher(before);
            boolean leveledBefore = false;
            if (amountBefore.find()) {
                String amt = amountBefore.group("amt") != null ? amountBefore.group("amt") : amountBefore.group("amt2");
                if (used.add(amt)) {
                    leveledBefore = true;
                    add(c, text, out, FactType.FINANCIAL_METRIC, owner, metric, null, amt, null, me, loss, 0.8);
                }
            }
            // "a 31% rise in profits", "its 3% revenue growth"
            Matcher pre = CHANGE_BEFORE.matcher(before);
            Matcher growth = GROWTH_AFTER.matcher(after);
            Matcher preNoun = CHANGE_BEFORE_NOUN.matcher(before);
            if (pre.find() && !(sharePrice && pre.group("amt").startsWith("PCT")) && used.add(pre.group("amt"))) {
                add(
                        c,
                        text,
                        out,
                        FactType.METRIC_CHANGE,
                        owner,
                        metric,
                        pre.group("dir"),
                        pre.group("amt"),
                        null,
                        me,
                        false,
                        0.8);
            } else if (preNoun.find() && growth.find() && !sharePrice && used.add(preNoun.group("amt"))) {
                add(
                        c,
                        text,
                        out,
                        FactType.METRIC_CHANGE,
                        owner,
                        metric,
                        growth.group("dir"),
                        preNoun.group("amt"),
                        null,
                        me,
                        false,
                        0.8);
            }
            Matcher verb = VERB_BEFORE.matcher(before);
            String verbDir = verb.find() ? VERB_DIRECTION.get(verb.group("verb").toLowerCase(Locale.ROOT)) : null;
            readAmounts(
                    c,
                    text,
                    out,
                    owner,
                    metric,
                    segment,
                    me,
                    loss,
                    estimateMetric,
                    sharePrice,
                    verbDir,
                    leveledBefore,
                    used);
        }
        if (lastMetric != null && !lastMetric.equals("SHARE_PRICE")) {
            Matcher more = ALSO_MOVED.matcher(s);
            while (more.find()) {
                if (used.add(more.group("amt"))) {
                    add(
                            c,
                            text,
                            out,
                            FactType.METRIC_CHANGE,
                            c.slot(more.group("own")),
                            lastMetric,
                            more.group("dir"),
                            more.group("amt"),
                            null,
                            more.end(),
                            false,
                            0.6);
                }
            }
        }
    }

    /**
     * "Earnings before interest, taxes, depreciation and amortization (EBITDA)" read as "EBITDA", and a
     * short form in brackets after its metric dropped; the same length, so offsets still hold.
     */
    static String spelledOut(String s) {
        if (!s.contains("before interest") && !s.contains("(")) {
            return s;
        }
        if (!holdsAny(s.toLowerCase(Locale.ROOT), "earnings", "ebitda")) {
            return s; // the pattern cannot match without either (a cheap test: its look-behind is slow to try
            // everywhere)
        }
        Matcher m = SPELLED_OUT.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String with = m.group("long") != null ? "EBITDA" : "";
            m.appendReplacement(out, with + " ".repeat(m.group().length() - with.length()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every amount in the stretch after a metric phrase, read by the words just before it. */
    private static void readAmounts(
            Clause c,
            String text,
            List<Fact> out,
            Mention owner,
            String metric,
            String segment,
            int offset,
            boolean lossMetric,
            boolean estimateMetric,
            boolean sharePrice,
            String verbDir,
            boolean leveledBefore,
            Set<String> used) {
        Matcher a = SLOT_AMOUNT.matcher(segment);
        int prev = 0;
        String prevSlot = null;
        boolean changed = false;
        boolean leveled = leveledBefore;
        boolean previousChange = false;
        boolean previousPrior = false;
        boolean prior = false;
        boolean perShareSeen = false;
        while (a.find()) {
            String slot = a.group();
            String lead = segment.substring(prev, a.start());
            prev = a.end();
            Matcher other = OTHER_OWNER.matcher(lead);
            if (other.find() && !c.slot(other.group(1)).canonical().equals(owner.canonical())) {
                break; // "… next to Beta's 31% surge": another company's figures from here on
            }
            String previous = prevSlot;
            prevSlot = slot;
            boolean changeBefore = previousChange;
            boolean priorBefore = previousPrior;
            previousChange = false;
            previousPrior = false;
            if (previous != null
                    && previous.startsWith("MON")
                    && slot.startsWith("MON")
                    && (CONVERSION.matcher(lead).matches()
                            || RANGE_END.matcher(lead).matches() && !changeBefore && !priorBefore)) {
                continue; // "£80m ($150m)": the same amount again; "$2.10 to $2.20": a range is its lower bound
            }
            if (used.contains(slot)) {
                continue;
            }
            Matcher dirAfter = DIRECTION_AFTER.matcher(segment.substring(a.end()));
            if (slot.startsWith("PCT")) {
                Matcher d = DIRECTION_ANYWHERE.matcher(lead);
                String dir = null;
                while (d.find()) {
                    dir = d.group("dir");
                }
                if (dir == null && dirAfter.find()) {
                    dir = dirAfter.group("dir"); // "posted a 4% gain to …"
                }
                if (dir == null && verbDir != null && lead.matches("(?is).*\\bby\\s*$")) {
                    dir = verbDir; // "raised its dividend by 10%"
                }
                boolean expected = ESTIMATE.matcher(lead).find();
                if (dir != null
                        && (!changed || expected)
                        && !sharePrice
                        && !lead.matches("(?is).*\\b(?:margin|margins|share|stake|rate)\\b.*")) {
                    used.add(slot); // "rose 6.5%, beating estimates of a 4.7% jump": the second is the analysts'
                    changed = true;
                    add(
                            c,
                            text,
                            out,
                            FactType.METRIC_CHANGE,
                            owner,
                            expected ? metric + "_ESTIMATE" : metric,
                            dir,
                            slot,
                            null,
                            offset + a.start(),
                            false,
                            expected ? 0.75 : 0.85);
                }
                continue;
            }
            String after = segment.substring(a.end());
            Matcher bracket = ALT.matcher(after);
            String alt = bracket.find() ? bracket.group("alt") : null;
            boolean small = c.slot(slot).value().abs().compareTo(BigDecimal.valueOf(1000)) < 0;
            // "$2.15 a share, up from $1.90": a small amount after a per-share one is per share too
            String name = PER_SHARE.matcher(after).find() || perShareSeen && small ? perShare(metric) : metric;
            perShareSeen |= !name.equals(metric);
            boolean negative = lossMetric || LOSS.matcher(lead).find();
            if (lead.matches("(?is).*\\bprofits?\\s+of\\s*$") || lead.matches("(?is).*\\bswung\\b.*")) {
                negative = LOSS.matcher(lead).find() && !lead.matches("(?is).*\\bprofits?\\s+of\\s*$");
            }
            boolean estimate = ESTIMATE.matcher(lead).find() || estimateMetric && !leveled;
            if (estimate) {
                used.add(slot);
                add(
                        c,
                        text,
                        out,
                        FactType.FINANCIAL_METRIC,
                        owner,
                        name + "_ESTIMATE",
                        null,
                        slot,
                        alt,
                        offset + a.start(),
                        negative,
                        0.75);
                continue;
            }
            if (PRIOR.matcher(lead).find() || prior && AND_ALSO.matcher(lead).matches()) {
                used.add(slot);
                prior = true;
                previousPrior = true;
                add(
                        c,
                        text,
                        out,
                        FactType.FINANCIAL_METRIC,
                        owner,
                        name,
                        null,
                        slot,
                        alt,
                        offset + a.start(),
                        negative,
                        0.8);
                continue;
            }
            if (!changed && dirAfter.find() && dirAfter.group("dir").matches("(?i)higher|lower|up|down")) {
                used.add(slot);
                changed = true; // "12 pence lower at 410p"
                add(
                        c,
                        text,
                        out,
                        FactType.METRIC_CHANGE,
                        owner,
                        name,
                        dirAfter.group("dir"),
                        slot,
                        null,
                        offset + a.start(),
                        false,
                        0.8);
                continue;
            }
            Matcher d = DIRECTION.matcher(lead);
            String dir = null;
            while (d.find()) {
                dir = d.group("dir");
            }
            if (dir == null && verbDir != null && lead.matches("(?is).*\\bby\\s*$")) {
                dir = verbDir;
            }
            if (dir != null
                    && !changed
                    && lead.matches("(?is).*\\b" + Pattern.quote(dir) + "\\s+(?:by\\s+)?(?:a\\s+|some\\s+)?$")
                    && !lead.matches("(?is).*\\bto\\s*$")) {
                used.add(slot);
                changed = true;
                add(c, text, out, FactType.METRIC_CHANGE, owner, name, dir, slot, null, offset + a.start(), false, 0.8);
                previousChange = true;
                continue;
            }
            boolean perShare = !name.equals(metric);
            if ((!leveled || perShare)
                    && (LEVEL.matcher(lead).find()
                            || lead.isBlank() && previous == null
                            || perShare && lead.matches("\\s*,\\s*or\\s*"))) {
                used.add(slot);
                leveled |= !perShare;
                add(
                        c,
                        text,
                        out,
                        FactType.FINANCIAL_METRIC,
                        owner,
                        name,
                        null,
                        slot,
                        alt,
                        offset + a.start(),
                        negative,
                        0.85);
            }
        }
    }

    // ---- broad readings (candidates for recall; the learned decision weighs them) ----

    /** Money lines beyond metrics.tsv, for broad readings only (lexicon/money-lines.tsv). */
    private static final java.util.Map<String, String> MONEY_LINES =
            org.newsfacts.engine.lexicon.Resources.pairs("money-lines.tsv", "\t");
    /** Words of change beside directions.tsv, for broad readings only (lexicon/change-words.tsv). */
    private static final java.util.Map<String, Direction> CHANGE_WORDS =
            org.newsfacts.engine.lexicon.Resources.directions("change-words.tsv");

    private static final Pattern MONEY_LINE = compile("\\b(?:" + alternationOf(MONEY_LINES.keySet()) + ")\\b");
    private static final Pattern CHANGE =
            compile("\\b(?<dir>" + LEX.directionAlternation() + "|" + alternationOf(CHANGE_WORDS.keySet()) + ")\\b");
    /** A change word just before an amount: "rose $2bn", "fell by nearly 8%", "cut … by 10%". */
    private static final Pattern CHANGE_JUST_BEFORE = compile(
            "\\b(?<dir>" + LEX.directionAlternation() + "|" + alternationOf(CHANGE_WORDS.keySet())
                    + ")\\s+(?:(?:its|their|the|ORG_\\d+'s)\\s+(?:[\\w-]+\\s+){0,3})?(?:by\\s+)?(?:(?:a|an|some|about|around|nearly|almost|roughly|more\\s+than|over|just|another)\\s+)*$");
    /** A change noun or adverb just after an amount: "a 12% rise", "8% higher", "a $70m improvement", "$5m off". */
    private static final Pattern CHANGE_JUST_AFTER = compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:[\\w-]+\\s+)?(?<dir>"
            + LEX.directionAlternation() + "|" + alternationOf(CHANGE_WORDS.keySet()) + ")\\b");

    private static final Pattern CHANGE_RIGHT_AFTER =
            compile("^\\s*(?<dir>" + LEX.directionAlternation() + "|" + alternationOf(CHANGE_WORDS.keySet()) + ")\\b");
    /** What parts the figures of two clauses: a metric named across it is not the amount's. */
    private static final Pattern FAR_BREAK = compile(";|\\b(?:while|whereas|but)\\b");
    /** "shares"/"stock" name a share price only where the amount is a price: "closed at $12", "fell $1.20". */
    private static final Pattern PRICE_LEAD = compile(
            "\\b(?:at|to|from|closed|close|closing|ended|finished|traded|trading)\\s+(?:(?:a|an|about|around|nearly|almost|just)\\s+)*$");

    private static final Pattern KNOCK_OFF = compile("^\\s*(?:\\([^)]*\\)\\s*)?off\\b");
    /** "doubled", "more than tripled", "halved": a change without a figure (ANNOTATION.md rule 9). */
    // behind a look-ahead for its first letters: one character test rejects most places before the word boundary
    private static final Pattern MULTIPLE = compile(
            "(?=[mdth])\\b(?<more>more\\s+than\\s+)?(?<word>doubled|doubling|tripled|trebled|tripling|halved|halving)\\b");

    private static final Pattern RANGE_BEFORE = compile("(?:MON|PCT)_\\d+\\s*(?:-|–|to|and)\\s*$");
    private static final Pattern PERCENT_NOT_CHANGE =
            compile("^\\s*(?:of\\b|stake|share\\b|holding|margin|interest|owned|-owned|stake)");
    private static final Pattern PERCENT_NOT_CHANGE_BEFORE = compile(
            "\\b(?:stake|share|margin|margins|rate|rates|interest|yield|holding|owns|own|owned)\\s+(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern LOWER_BOUND = compile("(?<![\\d.])(?<low>\\d+(?:\\.\\d+)?)\\s*(?:-|–)\\s*$");
    private static final Pattern EACH = compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:each|apiece)\\b");
    private static final Pattern LOSS_AFTER = compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:[\\w-]+\\s+){0,2}los(?:s|ses)\\b");
    private static final Pattern LOSS_BEFORE = compile("\\blos(?:s|ses)\\s+(?:[\\w-]+\\s+){0,3}$");
    /** How far (characters) a metric phrase may stand from an amount and still name it. */
    private static final int NEAR = 70;

    private static final Set<FactType> DEAL_TYPES =
            Set.of(FactType.INVESTMENT, FactType.FUNDING, FactType.ACQUISITION, FactType.STOCK_MOVE);

    private static String alternationOf(java.util.Collection<String> words) {
        return Alternation.of(
                words.stream().sorted((a, b) -> b.length() - a.length()).toList(),
                w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }

    /**
     * Broad readings: every money amount of a sentence that the precise reading left out, read as the
     * metric named nearest to it (metrics.tsv, else a money line of money-lines.tsv: charges, fines,
     * settlements, buybacks …; an amount with neither near is left out); per share after "a share"/"each";
     * negative after or before "loss"; an analysts' figure ({@code _ESTIMATE}) after an estimate cue. A
     * percentage or money amount next to a word of change is a METRIC_CHANGE of the nearest metric ("a 19%
     * surge in sales", "cut its dividend by 10%", "knock $5m off profits"); a range "8-9%" is its lower
     * bound; "doubled"/"tripled"/"halved" are +100/+200/−50%. A bare "profits" is the profit line the
     * article has named. The owner is the one the precise rule would take, else the subject before the
     * amount, else the focus company; the decision stage adds the other subjects. Each kind of reading has
     * its own confidence, so the decision's pattern feature tells them apart.
     */
    @Override
    void broaden(Clause c, String text, List<Fact> out) {
        broaden(c, text, out, null, Set.of());
    }

    /** {@code profitLine}: the profit line the article has named so far (a bare "profits" is that line), or null. */
    private void broaden(Clause c, String text, List<Fact> out, String profitLine, Set<String> dealt) {
        String s = spelledOut(c.masked());
        boolean amounts = s.contains("MON_") || s.contains("PCT_");
        Matcher multiple = MULTIPLE.matcher(s);
        while (multiple.find()) {
            String word = multiple.group("word").toLowerCase(Locale.ROOT);
            int pct = word.startsWith("doubl") ? 100 : word.startsWith("halv") ? 50 : 200;
            Line line = lineNear(s, multiple.start(), multiple.end(), true, profitLine);
            if (line == null || line.metric.equals("SHARE_PRICE")) {
                continue;
            }
            Mention owner = broadOwner(c, s, line, multiple.start());
            if (owner == null) {
                continue;
            }
            FactBuilder b = fact(FactType.METRIC_CHANGE, owner, c, text, 0.55)
                    .metric(line.metric)
                    .money(BigDecimal.valueOf(pct), "PERCENT", multiple.group("more") != null ? Approx.MORE_THAN : null)
                    .direction(word.startsWith("halv") ? Direction.DOWN : Direction.UP);
            period(b, period(c, multiple.end()));
            out.add(b.build());
        }
        if (!amounts) {
            return;
        }
        List<Fact> precise = new java.util.ArrayList<>();
        apply(c, text, precise);
        Set<String> read = new HashSet<>();
        String sentence = c.evidence(text).start() + "|";
        for (String d : dealt) {
            if (d.startsWith(sentence)) {
                read.add(d.substring(sentence.length()));
            }
        }
        for (Fact f : precise) {
            if (f.value() != null) {
                read.add(f.value().abs().stripTrailingZeros().toPlainString() + f.unit());
            }
        }
        Matcher a = SLOT_AMOUNT.matcher(s);
        int previousEnd = 0;
        while (a.find()) {
            String slot = a.group();
            Mention amount = c.slot(slot);
            int from = previousEnd;
            previousEnd = a.end();
            if (amount == null || amount.value() == null) {
                continue;
            }
            String before = s.substring(0, a.start());
            String lead = s.substring(Math.max(from, a.start() - 60), a.start());
            String after = s.substring(a.end());
            boolean percent = slot.startsWith("PCT");
            Matcher range = LOWER_BOUND.matcher(lead);
            BigDecimal lower = percent && range.find()
                    ? new BigDecimal(range.group("low"))
                    : null; // "fell 8-9%": the lower bound, more than
            if (read.contains((lower != null ? lower : amount.value().abs())
                            .stripTrailingZeros()
                            .toPlainString()
                    + amount.unit())) {
                continue; // the precise reading has it
            }
            if (RANGE_BEFORE.matcher(before).find() || conversion(s, a.start())) {
                continue; // the upper bound of a range; "£80m ($150m)": the same amount again
            }
            Matcher just = CHANGE_JUST_BEFORE.matcher(lead);
            Matcher justAfter = CHANGE_JUST_AFTER.matcher(after);
            Matcher rightAfter = CHANGE_RIGHT_AFTER.matcher(after);
            String dir = rightAfter.find()
                    ? rightAfter.group("dir")
                    : just.find() ? just.group("dir") : justAfter.find() ? justAfter.group("dir") : null;
            boolean closeChange = dir != null;
            if (dir == null && !percent && KNOCK_OFF.matcher(after).find()) {
                dir = "lower";
            }
            if (percent && dir == null) {
                Matcher any = CHANGE.matcher(lead);
                while (any.find()) {
                    dir = any.group("dir");
                }
            }
            if (percent
                    && (dir == null
                            || PERCENT_NOT_CHANGE.matcher(after).find()
                            || PERCENT_NOT_CHANGE_BEFORE.matcher(lead).find())) {
                continue; // a level in percent (a stake, a share, a margin) is no fact here
            }
            Line line = lineNear(s, a.start(), a.end(), percent, profitLine);
            if (line == null) {
                continue; // an amount no metric or money line is named near: too loose to weigh (tried: it cost
                // precision)
            }
            if (percent && line.metric.equals("SHARE_PRICE")) {
                continue; // a share move in percent is the stock-move rule's
            }
            boolean perShare = !percent
                    && (PER_SHARE.matcher(after).find() || EACH.matcher(after).find());
            if (line.metric.equals("SHARE_PRICE")
                    && dir == null
                    && !perShare
                    && !PRICE_LEAD.matcher(lead).find()
                    && !Lexicon.key(s.substring(line.start, line.end)).endsWith("price")) {
                continue; // "bought shares worth $2bn": no price
            }
            Mention owner = broadOwner(c, s, line, a.start());
            if (owner == null) {
                continue;
            }
            String metric = line.metric;
            if (perShare) {
                metric = perShareLine(s, metric);
            }
            String since = s.substring(
                    line.start >= 0 && line.start < a.start() ? line.start : Math.max(0, a.start() - 60), a.start());
            boolean estimateCue =
                    ESTIMATE.matcher(before).find() || ESTIMATE.matcher(since).find();
            Direction resolved = resolveDirection(dir);
            FactType type = resolved != null ? FactType.METRIC_CHANGE : FactType.FINANCIAL_METRIC;
            boolean negative = resolved == null
                    && (LOSS_AFTER.matcher(after).find()
                            || LOSS_BEFORE.matcher(lead).find()
                            || line.loss);
            // how the reading was found, as its confidence (the decision's "pattern" feature tells them apart)
            double confidence = resolved != null ? (percent && !closeChange ? 0.4 : 0.7) : line.core ? 0.6 : 0.45;
            if (estimateCue) {
                metric = metric.endsWith("_ESTIMATE") ? metric : metric + "_ESTIMATE";
                confidence = 0.75;
            }
            broad(c, text, out, type, owner, metric, resolved, amount, lower, negative, a.end(), confidence);
        }
    }

    /** A metric phrase found near an amount: its metric, where it stands, and whether it names a loss. */
    private record Line(String metric, int start, int end, boolean loss, boolean core, boolean bare) {}

    /** The metric named nearest to an amount: a metrics.tsv phrase, else (for money) a money line; null if none is near. */
    private static Line lineNear(String s, int start, int end, boolean percent, String profitLine) {
        Line best = nearest(s, METRIC.matcher(s), start, end, true, true);
        if (best == null && percent) {
            best = nearest(
                    s, METRIC.matcher(s), start, end, true, false); // "… but sales fell 3%" names no other metric
        }
        if (best != null && profitLine != null && best.bare) {
            best = new Line(profitLine, best.start, best.end, best.loss, true, false);
        }
        if (best == null && !percent) {
            best = nearest(s, MONEY_LINE.matcher(s), start, end, false, true);
        }
        return best;
    }

    private static Line nearest(String s, Matcher m, int start, int end, boolean metrics, boolean sameClause) {
        Line best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String phrase = m.group();
            String metric = metrics ? LEX.metric(phrase) : MONEY_LINES.get(Lexicon.key(phrase));
            if (metric == null) {
                continue;
            }
            String tail = s.substring(m.end());
            if (metrics && (tail.startsWith("-") || NOT_A_FIGURE.matcher(tail).find() && !metric.equals("EPS"))) {
                continue;
            }
            int distance = m.end() <= start ? start - m.end() : m.start() >= end ? (m.start() - end) * 3 / 2 : 0;
            String between = m.end() <= start
                    ? s.substring(m.end(), start)
                    : m.start() >= end ? s.substring(end, m.start()) : "";
            if (sameClause && FAR_BREAK.matcher(between).find()) {
                continue;
            }
            if (distance <= NEAR && distance < bestDistance) {
                bestDistance = distance;
                best = new Line(
                        metric,
                        m.start(),
                        m.end(),
                        metrics && LOSS.matcher(Lexicon.key(phrase)).find(),
                        metrics,
                        metrics && BARE.contains(Lexicon.key(phrase)));
            }
        }
        return best;
    }

    /** An amount in brackets right after another amount ("77m euros ($100m; £53m)") is its conversion. */
    private static boolean conversion(String s, int at) {
        int open = s.lastIndexOf('(', at);
        if (open < 0 || s.lastIndexOf(')', at) > open) {
            return false;
        }
        return s.substring(0, open).matches("(?s).*(?:MON|PCT)_\\d+\\s*$");
    }

    /** A per-share amount: the dividend, a price paid ("offered … for $14 each"), the share price, else earnings per share. */
    private static String perShareLine(String s, String metric) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean bought = lower.matches(
                "(?s).*\\b(?:offer|offered|offers|bid|paid|pay|pays|buy|buying|acquire|acquiring|takeover)\\b.*");
        if (metric.equals("EPS")
                || metric.startsWith("DIVIDEND")
                || metric.contains("PRICE") && !metric.equals("SHARE_PRICE")) {
            return metric.startsWith("DIVIDEND") ? "DIVIDEND_PER_SHARE" : metric;
        }
        if (lower.contains("dividend")) {
            return "DIVIDEND_PER_SHARE";
        }
        return bought ? "PRICE_PAID_PER_SHARE" : metric.equals("SHARE_PRICE") ? metric : "EPS";
    }

    private static Direction resolveDirection(String word) {
        if (word == null) {
            return null;
        }
        Direction d = LEX.direction(word);
        return d != null ? d : CHANGE_WORDS.get(Lexicon.key(word));
    }

    /** The owner of a broad reading: as the precise rule reads it for a metric phrase, else the subject before, else the focus. */
    private static Mention broadOwner(Clause c, String s, Line line, int at) {
        Mention owner = null;
        if (line.start >= 0 && line.start < s.length()) {
            owner = owner(c, s.substring(0, line.start), line.start, s.substring(line.end));
        }
        if (owner == null || owner.kind() != Mention.Kind.ORG) {
            owner = subjectBefore(c, at, false);
        }
        if (owner == null || owner.kind() != Mention.Kind.ORG) {
            owner = firstAfter(c, "ORG", 0, Integer.MAX_VALUE);
        }
        if (owner == null || owner.kind() != Mention.Kind.ORG) {
            owner = focusOrg(c);
        }
        return owner;
    }

    private static void broad(
            Clause c,
            String text,
            List<Fact> out,
            FactType type,
            Mention owner,
            String metric,
            Direction dir,
            Mention amount,
            BigDecimal lower,
            boolean negative,
            int from,
            double confidence) {
        if (metric.startsWith("SHARE_PRICE")
                && !"PERCENT".equals(amount.unit())
                && amount.value().doubleValue() >= 100_000) {
            return;
        }
        FactBuilder b = fact(type, owner, c, text, confidence).metric(metric);
        if (lower != null) {
            b.money(lower, amount.unit(), Approx.MORE_THAN);
        } else {
            b.money(negative ? amount.value().negate() : amount.value(), amount.unit(), amount.approx());
        }
        if (dir != null) {
            b.direction(dir);
        }
        period(b, period(c, from));
        out.add(b.build());
    }

    /** "The IPO values Beta at $16bn", "valuing the company at $7bn"; "would have valued Beta at …" is hypothetical. */
    private static void valuations(Clause c, String text, List<Fact> out, String s) {
        Matcher v = VALUES.matcher(s);
        while (v.find()) {
            Mention owner = c.slot(v.group("own"));
            boolean hypothetical = HYPOTHETICAL
                    .matcher(s.substring(Math.max(0, v.start() - 25), v.start()))
                    .find();
            add(
                    c,
                    text,
                    out,
                    FactType.FINANCIAL_METRIC,
                    owner,
                    hypothetical ? "IMPLIED_VALUATION" : "MARKET_VALUE",
                    null,
                    v.group("amt"),
                    null,
                    v.end(),
                    false,
                    0.8);
        }
    }

    private static String blankBrackets(String s) {
        StringBuilder out = new StringBuilder(s);
        int depth = 0;
        for (int i = 0; i < out.length(); i++) {
            char ch = out.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static String perShare(String metric) {
        return metric.startsWith("DIVIDEND") ? "DIVIDEND_PER_SHARE" : metric.equals("SHARE_PRICE") ? metric : "EPS";
    }

    private static Mention owner(Clause c, String before, int at, String after) {
        Matcher own = OWNER.matcher(before);
        if (own.find()) {
            return c.slot(own.group("own"));
        }
        Matcher ownAfter = OWNER_AFTER.matcher(after);
        if (ownAfter.find()) {
            return c.slot(ownAfter.group("own")); // "Revenues at Acme rose", "shares in Acme fell"
        }
        Mention subject = subjectBefore(c, at, false);
        if (subject != null) {
            return subject;
        }
        // "Sales rose 2.8%", "Full-year revenue was …": a bare metric opening the sentence is the focus company's;
        // so is one opening a later clause of a sentence that names no company ("EBITDA rose …, while sales rose 9%").
        if (BARE_OPENING.matcher(before).matches() || IT_OPENING.matcher(before).matches()) {
            return focusOrg(c);
        }
        Matcher clause = CLAUSE_OPENING.matcher(before);
        int tail = -1;
        while (clause.find()) {
            tail = clause.end();
        }
        return tail > 0
                        && !before.contains("ORG_")
                        && !before.contains("PER_")
                        && BARE_OPENING.matcher(before.substring(tail)).matches()
                ? focusOrg(c)
                : null;
    }

    private static void add(
            Clause c,
            String text,
            List<Fact> out,
            FactType type,
            Mention owner,
            String metric,
            String dir,
            String amount,
            String alt,
            int from,
            boolean loss,
            double confidence) {
        Mention a = c.slot(amount);
        if (owner.kind() != Mention.Kind.ORG) {
            return;
        }
        if (metric.startsWith("SHARE_PRICE")
                && a.unit() != null
                && !a.unit().equals("PERCENT")
                && a.value().doubleValue() >= 100_000) {
            return; // a share costs less than that: "valuing the company at $11bn" is no share price
        }
        FactBuilder b = fact(type, owner, c, text, confidence).metric(metric);
        BigDecimal value = loss ? a.value().negate() : a.value();
        b.money(value, a.unit(), a.approx());
        if (dir != null) {
            b.direction(LEX.direction(dir));
        }
        if (alt != null) {
            Mention x = c.slot(alt);
            b.alt(List.of(new Alt(loss ? x.value().negate() : x.value(), x.unit())));
        }
        period(b, period(c, from));
        out.add(b.build());
    }
}
