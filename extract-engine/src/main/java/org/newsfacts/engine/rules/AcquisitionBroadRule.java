package org.newsfacts.engine.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Broad ACQUISITION candidates: looser forms than {@link AcquisitionRule}'s, each with the direction fixed by its
 * grammar (buyer before an active verb, after "by"/"to"/"from", before "'s takeover of") and each kind under a
 * confidence of its own, so that the decision model weighs the kinds apart. Talk of a deal (ACQ_TALK words of
 * deal-cues.tsv) proposes nothing. Readings:
 * <ul>
 * <li>active, with a longer descriptor: "Alpha agreed to buy its one-time owner and competitor Beta" (0.6, 0.55 with more words);</li>
 * <li>pronoun or participle subject: "it snapped up Beta", "having bought Beta", "Alpha said acquiring Beta" (0.5); "it" opening
 * a subordinate clause stands for the organisation named before ("the plants of Alpha after it bought Beta");</li>
 * <li>buying out the other holders: "Alpha will buy out minority shareholders in Beta" (0.45);</li>
 * <li>passive and relative: "Beta, which Alpha bought last year", "Beta was later bought by Alpha" (0.6);</li>
 * <li>possessive and closed deals: "Alpha's planned $2bn takeover of Beta", "it completed the purchase of Beta",
 * "its recent acquisition of Beta" (0.65 / 0.5);</li>
 * <li>offers: "Alpha submitted a proposal for Gamma's Beta unit", "a higher offer from Alpha" (0.4–0.5);</li>
 * <li>sales: "Gamma sold its Beta insurance arm to Alpha", "the sale of Beta to Alpha" (0.55);</li>
 * <li>mergers into a buyer: "Beta will be merged into Alpha" (0.4).</li>
 * </ul>
 */
public final class AcquisitionBroadRule extends ClauseRule {

    private static final String VERB = DealCues.cue("ACQ_VERB").pattern();
    private static final String NOUN = DealCues.cue("ACQ_NOUN").pattern();
    private static final String DONE = DealCues.cue("ACQ_DONE").pattern();
    private static final String OFFER = DealCues.cue("ACQ_OFFER").pattern();
    private static final String SELL = DealCues.cue("ACQ_SELL").pattern();
    private static final Pattern TALK = DealCues.cue("ACQ_TALK");
    /** Words the patterns need (one of them, lower case): a clause without any is not tried against them. */
    private static final String[] VERB_WORDS = DealCues.firstWords("ACQ_VERB");

    private static final String[] NOUN_WORDS = DealCues.firstWords("ACQ_NOUN");
    private static final String[] OFFER_WORDS = DealCues.firstWords("ACQ_OFFER");
    private static final String[] SELL_WORDS = DealCues.firstWords("ACQ_SELL");
    /**
     * Words between a verb and its object: lower-case words, places and a possessive name (a resolved "its", the seller:
     * "will acquire its largest supplier Beta", "bought Gamma's Beta unit"), not a holding ("shares in", "a stake in") nor a preposition.
     */
    private static final String WORD =
            "(?:(?!(?:shares|stakes?|assets|rights|parts?|bonds|debt|interest|by|from|in|into|with|for|to|at|on|as|than|which|that|who)\\b)(?:LOC_\\d+(?:'s)?|ORG_\\d+'s|[a-z][\\w&-]*)\\s+)";

    private static final String AUX =
            "(?:(?:has|have|had|is|was|will|also|finally|agreed|agrees|plans|planned|to|said|it|recently|already|then|later|last|year|earlier|this|that|previously|is\\s+to|be|been|seeking|set|on|TIM_\\d+)\\s+)";
    private static final String TGT = "(?<tgt>" + ORG + ")" + TICKER + "?(?!'s)";

    private static final Pattern ACTIVE = compile("(?<acq>" + ORG + ")" + TICKER + "?\\s+" + AUX + "{0,6}" + VERB
            + "\\s+(?<desc>" + WORD + "{0,6}?)" + TGT + "(?<rest>[^;]*)");
    private static final Pattern PRONOUN = compile("\\b(?:it|having|and)\\s+" + AUX + "{0,3}" + VERB + "\\s+(?<desc>"
            + WORD + "{0,6}?)" + TGT + "(?<rest>[^;]*)");
    private static final Pattern BUY_OUT = compile(
            "\\b(?:buy|buys|buying|bought|acquire|acquiring)\\s+(?:out\\s+)?(?:the\\s+)?(?:remaining\\s+|other\\s+|minority\\s+|outside\\s+)+"
                    + "(?:shareholders|investors|holders|shares|stake)\\s+(?:in|of)\\s+(?:[a-z][\\w-]*\\s+){0,4}?" + TGT
                    + "(?<rest>[^;]*)");
    private static final Pattern RELATIVE = compile(TGT + "\\s*(?:\\([^)]*\\)\\s*)?,\\s+(?:which|that)\\s+(?<acq>" + ORG
            + ")\\s+(?:(?:has|had|later|then|eventually|recently)\\s+)?"
            + "(?:bought|acquired|purchased|took\\s+over|snapped\\s+up|bought\\s+out)\\b(?<rest>[^;]*)");
    private static final Pattern PASSIVE = compile(TGT
            + "\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s+(?:which|that)\\s+(?:was|were|has\\s+been|had\\s+been)|,|\\s+(?:was|were|has\\s+been|had\\s+been|is\\s+being|will\\s+be|is\\s+to\\s+be|agreed\\s+to\\s+be|would\\s+be))"
            + "\\s+(?:[a-z]+ly\\s+|later\\s+|since\\s+|then\\s+){0,2}(?:bought|acquired|purchased|taken\\s+over|snapped\\s+up|bought\\s+out)\\s+"
            + "(?:[\\w-]+\\s+){0,4}?by\\s+(?:(?:LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,3}?(?<acq>" + ORG + ")(?<rest>[^;]*)");
    private static final Pattern POSSESSIVE =
            compile("(?<acq>" + ORG + ")'s\\s+(?:(?:MON_\\d+|\\([^)]*\\)|[a-z][\\w-]*)\\s+){0,4}?" + NOUN
                    + "\\s+of\\s+(?:(?:LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,3}?" + TGT + "(?<rest>[^;]*)");
    private static final Pattern ITS_NOUN =
            compile("\\b(?:its|their|the)\\s+(?:(?:MON_\\d+|\\([^)]*\\)|[a-z][\\w-]*)\\s+){0,4}?" + NOUN
                    + "\\s+of\\s+(?:(?:LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,3}?" + TGT + "(?<rest>[^;]*)");
    private static final Pattern CLOSED = compile("\\b" + DONE + "\\s+(?:the|its|a|their)\\s+");
    private static final Pattern OFFER_FOR = compile("(?<acq>" + ORG + ")" + TICKER
            + "?(?:'s)?\\s+(?:[\\w-]+\\s+){0,5}?(?:(?:a|an|the|its)\\s+)?(?:(?:MON_\\d+|\\([^)]*\\)|[a-z][\\w-]*)\\s+){0,4}?"
            + OFFER + "\\s+(?:battle\\s+)?for\\s+(?:(?:LOC_\\d+'s|the|[a-z][\\w-]*)\\s+){0,3}?(?:(?<owner>" + ORG
            + ")'s\\s+(?:[\\w-]+\\s+){0,3}?)?" + TGT + "(?<rest>[^;]*)");
    private static final Pattern OFFER_FROM = compile(
            "\\b(?<rej>(?:rejected|rejecting|rebuffed|spurned|turned\\s+down)\\s+)?(?:a|an|the)\\s+(?:(?:MON_\\d+|\\([^)]*\\)|[a-z][\\w-]*)\\s+){0,4}?"
                    + OFFER + "\\s+(?:from|by)\\s+(?:(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,3}?(?<acq>" + ORG + ")");
    private static final Pattern SOLD_TO = compile(
            "\\b" + SELL + "\\s+(?:(?:its|the|a|their|ORG_\\d+'s)\\s+)?(?:(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,2}?" + TGT
                    + "\\s+(?:(?:[a-z][\\w-]*)\\s+){0,3}?(?:for\\s+(?:about\\s+|up\\s+to\\s+)?MON_\\d+\\s+(?:\\([^)]*\\)\\s+)?)?to\\s+(?:(?:LOC_\\d+'s|the|[a-z][\\w-]*)\\s+){0,3}?(?<acq>"
                    + ORG + ")(?<rest>[^;]*)");
    private static final Pattern SALE_OF = compile("\\bsale\\s+of\\s+(?:(?:its|the|LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,3}?"
            + TGT + "\\s+(?:(?:[a-z][\\w-]*)\\s+){0,3}?to\\s+" + "(?:(?:LOC_\\d+'s|the|[a-z][\\w-]*)\\s+){0,3}?(?<acq>"
            + ORG + ")(?<rest>[^;]*)");
    private static final Pattern MERGED_INTO = compile(TGT
            + "\\s+(?:(?:will|would|is|was|has|had|to|now|be|been|being|also|then|later|fully)\\s+){1,4}merged\\s+(?:into|with)\\s+(?<acq>"
            + ORG + ")(?<rest>[^;]*)");
    private static final Pattern PRICE = compile("^" + TICKER
            + "?\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:[\\w-]+\\s+){0,3}?(?:for|in\\s+a|worth|valued\\s+at)\\s+(?:about\\s+|around\\s+|up\\s+to\\s+|some\\s+|nearly\\s+)?(?<mon>"
            + MON + ")");
    private static final Pattern AMOUNT = compile("MON_\\d+");
    /** A subordinate clause opening right before a pronoun: "when it", "after it". */
    private static final Pattern SUBORDINATE =
            compile("\\b(?:when|after|as|since|because|once|before|until|while)\\s+$");

    @Override
    void apply(Clause c, String text, List<Fact> out) {}

    @Override
    void broaden(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("ORG_")) {
            return;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean verb = holdsAny(lower, VERB_WORDS);
        boolean noun = holdsAny(lower, NOUN_WORDS);
        boolean offer = holdsAny(lower, OFFER_WORDS);
        boolean done = holdsAny(
                lower, "bought", "acquired", "purchased", "took", "taken", "snapped"); // RELATIVE's and PASSIVE's verbs
        Matcher m = ACTIVE.matcher(verb ? s : "");
        while (m.find()) {
            if (talk(s, m.start("acq"), m.start("tgt"))) {
                continue;
            }
            int words = m.group("desc").isBlank() ? 0 : m.group("desc").strip().split("\\s+").length;
            add(
                    c,
                    text,
                    out,
                    c.slot(m.group("acq")),
                    c.slot(m.group("tgt")),
                    price(m.group("rest")),
                    words <= 2 ? 0.6 : 0.55);
        }
        m = PRONOUN.matcher(verb ? s : "");
        while (m.find()) {
            if (talk(s, m.start(), m.start("tgt"))) {
                continue;
            }
            add(c, text, out, pronounSubject(c, s, m.start()), c.slot(m.group("tgt")), price(m.group("rest")), 0.5);
        }
        m = BUY_OUT.matcher(holdsAny(lower, "buy", "bought", "acquir") ? s : "");
        while (m.find()) {
            if (talk(s, m.start(), m.start("tgt"))) {
                continue;
            }
            String amount = price(m.group("rest"));
            if (amount == null) {
                Matcher a = AMOUNT.matcher(s.substring(0, m.start()));
                while (a.find()) {
                    amount = a.group(); // "is to spend $2bn on buying out …"
                }
            }
            add(c, text, out, subjectOrFocus(c, m.start()), c.slot(m.group("tgt")), amount, 0.45);
        }
        for (Pattern p : List.of(RELATIVE, PASSIVE, SOLD_TO, SALE_OF)) {
            boolean cued = p == SOLD_TO ? holdsAny(lower, SELL_WORDS) : p == SALE_OF ? lower.contains("sale") : done;
            m = p.matcher(cued ? s : "");
            while (m.find()) {
                if (talk(s, Math.max(0, m.start() - 20), m.start("acq"))) {
                    continue;
                }
                String amount = price(m.group("rest"));
                if (amount == null && p == SOLD_TO) {
                    Matcher a = AMOUNT.matcher(s.substring(m.end("tgt"), m.start("acq")));
                    amount = a.find() ? a.group() : null;
                }
                add(
                        c,
                        text,
                        out,
                        c.slot(m.group("acq")),
                        c.slot(m.group("tgt")),
                        amount,
                        p == RELATIVE || p == PASSIVE ? 0.6 : 0.55);
            }
        }
        m = POSSESSIVE.matcher(noun ? s : "");
        while (m.find()) {
            if (talk(s, m.start(), m.start("tgt"))) {
                continue;
            }
            add(
                    c,
                    text,
                    out,
                    c.slot(m.group("acq")),
                    c.slot(m.group("tgt")),
                    amountIn(s.substring(m.start(), m.start("tgt")), m.group("rest")),
                    0.65);
        }
        m = ITS_NOUN.matcher(noun ? s : "");
        while (m.find()) {
            if (talk(s, Math.max(0, m.start() - 30), m.start("tgt"))) {
                continue;
            }
            boolean closed = CLOSED.matcher(s.substring(Math.max(0, m.start() - 20), m.start() + 6))
                    .find();
            if (!closed && !m.group().toLowerCase(java.util.Locale.ROOT).startsWith("its")) {
                continue; // "the takeover of Beta" with no buyer in sight
            }
            add(
                    c,
                    text,
                    out,
                    subjectOrFocus(c, m.start()),
                    c.slot(m.group("tgt")),
                    amountIn(s.substring(m.start(), m.start("tgt")), m.group("rest")),
                    closed ? 0.5 : 0.45);
        }
        m = OFFER_FOR.matcher(offer ? s : "");
        while (m.find()) {
            if (talk(s, m.start(), m.start("tgt"))) {
                continue;
            }
            Mention target = c.slot(m.group("tgt"));
            add(
                    c,
                    text,
                    out,
                    c.slot(m.group("acq")),
                    target,
                    amountIn(s.substring(m.start(), m.start("tgt")), m.group("rest")),
                    m.group("owner") != null ? 0.45 : 0.5);
        }
        m = OFFER_FROM.matcher(offer ? s : "");
        while (m.find()) {
            if (talk(s, Math.max(0, m.start() - 30), m.start("acq"))) {
                continue;
            }
            Mention target = subjectBefore(c, m.start(), false);
            Matcher a = AMOUNT.matcher(m.group());
            add(
                    c,
                    text,
                    out,
                    c.slot(m.group("acq")),
                    target,
                    a.find() ? a.group() : null,
                    m.group("rej") != null ? 0.4 : 0.45);
        }
        m = MERGED_INTO.matcher(s.contains("merged") ? s : "");
        while (m.find()) {
            add(c, text, out, c.slot(m.group("acq")), c.slot(m.group("tgt")), null, 0.4);
        }
    }

    /**
     * Who "it" (or a participle) stands for: the subject before it, else, in a clause opened by "when", "after", "as" …
     * ("prices rose at the plants of Alpha after it bought Beta"), the organisation named last before it, else the article's focus.
     */
    private static Mention pronounSubject(Clause c, String s, int pos) {
        Mention subject = subjectBefore(c, pos, false);
        if (subject == null
                && SUBORDINATE.matcher(s.substring(Math.max(0, pos - 12), pos)).find()) {
            subject = DealCues.last(c, "ORG", 0, pos);
        }
        return subject != null ? subject : focusOrg(c);
    }

    /** Whether the stretch [from, to) of the clause speaks of talk, not a deal. */
    private static boolean talk(String s, int from, int to) {
        return to > from && TALK.matcher(s.substring(from, to)).find();
    }

    /** The price after the target ("for $2bn", "in a $5bn deal"), or null. */
    private static String price(String rest) {
        Matcher p = PRICE.matcher(rest);
        return p.find() ? p.group("mon") : null;
    }

    /** An amount inside the matched words ("Alpha's $2bn takeover of"), else the price after. */
    private static String amountIn(String before, String rest) {
        Matcher a = AMOUNT.matcher(before);
        return a.find() ? a.group() : price(rest);
    }

    private static void add(
            Clause c, String text, List<Fact> out, Mention acquirer, Mention target, String amount, double confidence) {
        if (acquirer == null || target == null || acquirer.canonical().equals(target.canonical())) {
            return;
        }
        FactBuilder b = fact(FactType.ACQUISITION, acquirer, c, text, confidence)
                .object(target.canonical(), EntityType.ORGANIZATION);
        if (amount != null) {
            money(b, c.slot(amount));
        }
        out.add(b.build());
    }
}
