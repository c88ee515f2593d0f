package org.newsfacts.engine.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.mentions.OrgNames;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * ACQUISITION facts: "X agreed to buy Y for $2B", "X has acquired rival Y", "X's $5bn takeover of Y",
 * "Y was bought by X for £1bn". The amount is the one after "for" (or before the noun), else null.
 */
public final class AcquisitionRule extends ClauseRule {

    private static final String VERB = "(?:" + LEX.cueAlternation("ACQUIRE") + ")";
    /** More targets after the first: "Beta (BT), Gamma and Delta". */
    private static final String MORE_TARGETS = "(?<more>(?:\\s*\\([^)]*\\))?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + ORG
            + "(?!'s)(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + ORG + "(?!'s))*)?";
    /** Descriptors between a verb and its target ("US rival", "Brazilian brewer"), never "shares in" or "a stake in". */
    private static final String DESCRIPTORS =
            "(?:(?!(?:shares|stakes?|assets|rights|parts?|bonds|debt|half|some|most|control|majority|minority|interest|by|from|in|into|with|for|to|of|at|on"
                    + "|such|as|including|like|and|or|firms|companies|rivals|businesses|brands|groups)\\b)(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,3}?";

    private static final Pattern ACTIVE = compile("(?<acq>" + ORG
            + ")\\s+(?:(?:has|have|had|is|was|will|would|could|also|finally|agreed|agrees|plans|planned|wants"
            + "|offered|to|said|it|completed|its|in|recent|years|last|year|earlier|this)\\s+){0,5}" + VERB
            + "\\s+(?:(?:a|an|the|its)\\s+)?(?:LOC_\\d+'s\\s+)?" + DESCRIPTORS
            + "(?:[-–,]\\s+)?(?<tgt>" + ORG + ")(?!'s)" + MORE_TARGETS + "(?<rest>[^;]*)");
    /** "bought firms such as Beta and Gamma". */
    private static final Pattern EXAMPLES = compile(
            "(?<acq>" + ORG + ")\\s+(?:(?:has|have|had|also|in|recent|years|the|past|over|since)\\s+){0,6}" + VERB
                    + "\\s+(?:(?:several|many|two|three|four|a\\s+number\\s+of|a\\s+string\\s+of|smaller|other|[a-z]+er)\\s+){0,3}(?:firms|companies|rivals|businesses|brands|groups|competitors|startups|start-ups)"
                    + "\\s+(?:such as|including|like)\\s+(?<list>(?:(?:LOC_\\d+-based|LOC_\\d+|(?!(?:in|with|for|from|to|by|at|on|after|before|which|that|as|who|when)\\b)[a-z][\\w-]*|ORG_\\d+)\\s*,?\\s*)+)");
    /** "Beta said it had agreed a £1.8bn takeover by Alpha", "a hostile bid by rival Alpha". */
    private static final Pattern BY = compile("(?:(?<tgt>" + ORG
            + ")\\s+(?:said\\s+it\\s+)?(?:has\\s+|had\\s+)?(?:agreed|accepted|backed|recommended)\\s+)?(?:a|an|the)\\s+"
            + "(?:(?:MON_\\d+|hostile|agreed|recommended|cash|formal|[\\w-]+)\\s+){0,3}(?:\\([^)]*\\)\\s+)?(?:takeover|bid|offer|acquisition)\\s+(?:from|by)\\s+"
            + "(?:(?:rival|LOC_\\d+|[a-z][\\w-]*)\\s+){0,2}(?<acq>" + ORG + ")(?<rest>[^;]*)");
    /** "It acquired Beta in 2003", "and it bought Beta": the sentence's earlier subject, else the focus company. */
    private static final Pattern PRONOUN = compile(
            "(?=i)\\b(?:it|It)\\s+(?:(?:has|have|had|also|then|later|agreed to|completed|plans to|is to|will)\\s+){0,2}"
                    + VERB
                    + "\\s+(?:(?:a|an|the|its)\\s+)?(?:(?:[\\w-]+\\s+){0,2}?(?:rival|firm|company|group|business|unit|maker|bank|chain|brand|start-?up)\\s+)?(?<tgt>"
                    + ORG + ")(?!'s)"
                    + MORE_TARGETS + "(?<rest>[^;]*)");
    /** "after Alpha bought it for $4bn": the company the sentence began with. */
    private static final Pattern ACQUIRED_IT = compile("(?<acq>" + ORG
            + ")\\s+(?:(?:has|had|later|then|eventually|finally)\\s+)?" + VERB + "\\s+it\\b(?<rest>[^;]*)");
    /** "Alpha won a takeover battle for phone firm Beta with a bid worth $6bn", "Alpha's $2bn offer for Beta". */
    private static final Pattern BID = compile("(?<acq>" + ORG
            + ")(?:'s)?\\s+(?:(?:has|have|had|won|made|launched|completed|tabled|submitted|agreed|a|an|the|its|formal"
            + "|hostile|cash|all-share|agreed|final|MON_\\d+|PCT_\\d+)\\s+){0,4}(?:takeover|bid|offer|tender offer)\\s+(?:battle\\s+)?for\\s+"
            + "(?:(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,3}?(?<tgt>" + ORG + ")(?!'s)(?<rest>[^;]*)");
    /** Talk of a deal that has not happened is no fact. */
    private static final Pattern NOT_A_DEAL = compile(
            "\\b(?:consider(?:s|ed|ing)?|could|may|might|rumou?r(?:s|ed)?|speculat\\w*|reportedly|weigh(?:s|ing)?"
                    + "|explor(?:e|es|ing)|interested|failed|rejected|abandon(?:ed|s)?|walked away|talks?|would)\\b");
    /** "could have forced Alpha to buy Beta", "Alpha may buy Beta", "Alpha is considering buying Beta": no deal (yet). */
    private static final Pattern NOT_DONE = compile(
            "\\b(?:could|might|may|consider(?:s|ed|ing)?|rumou?r(?:s|ed)?|speculat\\w*|reportedly|explor(?:e|es|ing)"
                    + "|interested|obliged|forced|option|would\\s+have)\\b");

    private static final Pattern SHARES_OF = compile("\\s+(?:shares|stock|bonds|debt)\\b");
    private static final Pattern BEATEN = compile("\\b(?:beat|outbid|beating|outbidding)\\s+(?:rival\\s+)?$");
    /** "Gamma beat Alpha to buy Beta". */
    private static final Pattern BEAT_TO = compile("(?<acq>" + ORG + ")\\s+(?:beat|outbid)\\s+(?:rival\\s+)?" + ORG
            + "\\s+to\\s+" + VERB + "\\s+(?:(?:a|an|the)\\s+)?(?<tgt>" + ORG + ")");
    /** "It sold the company to Alpha for $2bn", "Gamma sold its Beta unit to Alpha". */
    private static final Pattern SOLD_TO =
            compile("\\b(?:sold|sells|sell|agreed\\s+to\\s+sell)\\s+(?:(?:its|the|a)\\s+(?:[\\w-]+\\s+){0,2}?)?(?<tgt>"
                    + ORG + ")(?:\\s+(?:unit|business|division|arm|subsidiary))?"
                    + "\\s+to\\s+(?:(?:LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,3}?(?<acq>" + ORG + ")(?<rest>[^;]*)");
    /** "when it took control of Beta". */
    private static final Pattern CONTROL = compile("(?:(?<acq>" + ORG
            + ")|\\bit)\\s+(?:(?:has|had|also|then|later|finally)\\s+)?(?:bought|acquired|took|gained|won|seized)\\s+(?:full\\s+)?control\\s+of\\s+"
            + "(?:(?:the|its)\\s+)?(?<tgt>" + ORG + ")");
    /** Patterns tried only when one of their words is in the clause. */
    private record Cued(Pattern pattern, List<String> cues) {}

    private static final List<Cued> CUED = List.of(
            new Cued(BEAT_TO, List.of("beat", "outbid")),
            new Cued(SOLD_TO, List.of("sold", "sell")),
            new Cued(CONTROL, List.of("control")));
    /** Behind a look-ahead for its words' first letters: one character test rejects most places. */
    private static final Pattern BID_WORD = compile("(?=[tboa])\\b(?:takeover|bid|offer|acquisition)\\b");

    private static final Pattern AMOUNT_IN = compile("MON_\\d+");
    private static final Pattern WORTH =
            compile("^\\s*(?:[\\w-]+\\s+){0,4}?(?:worth|valued at|of|for)\\s+(?<mon>" + MON + ")");
    private static final Pattern NOUN = compile("(?<acq>" + ORG + ")'s\\s+(?:(?<mon>" + MON
            + ")\\s+)?(?:[\\w-]+\\s+)?(?:takeover|acquisition|purchase)\\s+of\\s+(?<tgt>" + ORG + ")(?<rest>[^;]*)");
    private static final Pattern PASSIVE = compile("(?<tgt>" + ORG
            + ")(?:\\s+(?:was|is|has been|had been|will be|is being|being)|\\s*,(?:\\s+which\\s+was)?)\\s+(?:bought|acquired|taken over|purchased)\\s+by\\s+(?:(?:former|its|rival|[a-z][\\w-]*)\\s+){0,3}?(?<acq>"
            + ORG + ")(?<rest>[^;]*)");
    private static final Pattern PRICE =
            compile("^" + TICKER + "?\\s*(?:\\([^)]*\\)\\s*)?(?:[\\w-]+\\s+){0,3}?for\\s+(?<mon>" + MON + ")");

    /** The targets after the first in "Beta (BT), Gamma and Delta" (the match's {@code more} group), short forms in brackets left out. */
    private static List<Mention> moreTargets(Clause c, Matcher m) {
        return m.group("more") == null
                ? List.of()
                : organisations(c, m.group("more").replaceAll("\\([^)]*\\)", ""));
    }

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        int first = s.indexOf("ORG_");
        if (first < 0
                || s.indexOf("ORG_", first + 4) < 0
                        && !(c.focus() != null && PRONOUN.matcher(s).find())) {
            return;
        }
        boolean bids = BID_WORD.matcher(s).find();
        for (Pattern p : bids ? List.of(ACTIVE, NOUN, PASSIVE, BID) : List.of(ACTIVE, NOUN, PASSIVE)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (p == BID
                                && NOT_A_DEAL
                                        .matcher(s.substring(0, m.start("tgt")))
                                        .find()
                        || p == ACTIVE
                                && NOT_DONE.matcher(s.substring(Math.max(0, m.start("acq") - 30), m.start("tgt")))
                                        .find()
                        || p == ACTIVE
                                && SHARES_OF.matcher(s.substring(m.end("tgt"))).lookingAt()
                        || p == ACTIVE
                                && BEATEN.matcher(s.substring(0, m.start("acq")))
                                        .find()) {
                    continue; // "bought Beta shares" is an investment; "Gamma beat Alpha to buy Beta": Gamma bought it
                }
                Mention acquirer = c.slot(m.group("acq"));
                Mention target = c.slot(m.group("tgt"));
                if (acquirer.canonical().equals(target.canonical())) {
                    continue;
                }
                FactBuilder b = fact(FactType.ACQUISITION, acquirer, c, text, 0.8)
                        .object(target.canonical(), EntityType.ORGANIZATION);
                String amount = p == NOUN ? m.group("mon") : null;
                Matcher price = PRICE.matcher(m.group("rest"));
                if (amount == null && price.find()) {
                    amount = price.group("mon");
                }
                Matcher worth = WORTH.matcher(m.group("rest"));
                if (amount == null && p == BID && worth.find()) {
                    amount = worth.group("mon");
                }
                if (amount != null && (p != ACTIVE || m.group("more") == null)) {
                    money(b, c.slot(amount));
                }
                out.add(b.build());
                if (p == ACTIVE) {
                    for (Mention other : moreTargets(c, m)) {
                        if (!other.canonical().equals(acquirer.canonical())) {
                            out.add(fact(FactType.ACQUISITION, acquirer, c, text, 0.75)
                                    .object(other.canonical(), EntityType.ORGANIZATION)
                                    .build());
                        }
                    }
                }
            }
        }
        Matcher ex =
                EXAMPLES.matcher(s.contains("such as") || s.contains("including") || s.contains(" like ") ? s : "");
        while (ex.find()) {
            Mention acquirer = c.slot(ex.group("acq"));
            for (Mention target : organisations(c, ex.group("list"))) {
                // in a list, "Ogilvy Partners and Carver Holdings" is two companies
                for (String name : target.text().split("\\s+and\\s+")) {
                    String canonical = name.equals(target.text()) ? target.canonical() : OrgNames.canonical(name);
                    if (!acquirer.canonical().equals(canonical)) {
                        out.add(fact(FactType.ACQUISITION, acquirer, c, text, 0.7)
                                .object(canonical, EntityType.ORGANIZATION)
                                .build());
                    }
                }
            }
        }
        Matcher by = BY.matcher(bids ? s : "");
        while (by.find()) {
            Mention target = by.group("tgt") != null ? c.slot(by.group("tgt")) : subjectBefore(c, by.start(), false);
            Mention acquirer = c.slot(by.group("acq"));
            if (target == null
                    || acquirer.canonical().equals(target.canonical())
                    || NOT_A_DEAL.matcher(s.substring(0, by.start())).find()) {
                continue;
            }
            FactBuilder b = fact(FactType.ACQUISITION, acquirer, c, text, 0.75)
                    .object(target.canonical(), EntityType.ORGANIZATION);
            Matcher price = AMOUNT_IN.matcher(by.group());
            if (price.find()) {
                money(b, c.slot(price.group()));
            }
            out.add(b.build());
        }
        for (Cued deal : CUED) {
            if (deal.cues().stream().noneMatch(s::contains)) {
                continue;
            }
            Pattern p = deal.pattern();
            Matcher x = p.matcher(s);
            while (x.find()) {
                Mention acquirer = x.group("acq") != null
                        ? c.slot(x.group("acq"))
                        : firstAfter(c, "ORG", 0, x.start()); // "Alpha …, when it took control"
                if (acquirer == null && p == CONTROL) {
                    acquirer = focusOrg(c);
                }
                Mention target = c.slot(x.group("tgt"));
                if (acquirer == null
                        || acquirer.canonical().equals(target.canonical())
                        || NOT_DONE.matcher(s.substring(Math.max(0, x.start() - 30), x.start("tgt")))
                                .find()) {
                    continue;
                }
                FactBuilder b = fact(FactType.ACQUISITION, acquirer, c, text, 0.75)
                        .object(target.canonical(), EntityType.ORGANIZATION);
                Matcher price = p == SOLD_TO ? PRICE.matcher(x.group("rest")) : null;
                if (price != null && price.find()) {
                    money(b, c.slot(price.group("mon")));
                }
                out.add(b.build());
            }
        }
        Matcher it = PRONOUN.matcher(s);
        while (it.find()) {
            Mention acquirer = subjectBefore(c, it.start(), false);
            if (acquirer == null) {
                acquirer = focusOrg(c);
            }
            List<Mention> targets = new java.util.ArrayList<>(List.of(c.slot(it.group("tgt"))));
            targets.addAll(moreTargets(c, it));
            for (Mention target : targets) {
                if (acquirer == null || acquirer.canonical().equals(target.canonical())) {
                    continue;
                }
                FactBuilder b = fact(FactType.ACQUISITION, acquirer, c, text, 0.7)
                        .object(target.canonical(), EntityType.ORGANIZATION);
                Matcher price = PRICE.matcher(it.group("rest"));
                if (price.find() && targets.size() == 1) {
                    money(b, c.slot(price.group("mon")));
                }
                out.add(b.build());
            }
        }
        Matcher itself = ACQUIRED_IT.matcher(s.contains(" it") ? s : "");
        while (itself.find()) {
            Mention acquirer = c.slot(itself.group("acq"));
            Mention target = subjectBefore(c, itself.start(), false);
            if (target == null
                    || target.canonical().equals(acquirer.canonical())
                    || NOT_DONE.matcher(s.substring(Math.max(0, itself.start() - 30), itself.start("rest")))
                            .find()) {
                continue;
            }
            FactBuilder b = fact(FactType.ACQUISITION, acquirer, c, text, 0.7)
                    .object(target.canonical(), EntityType.ORGANIZATION);
            Matcher price = PRICE.matcher(itself.group("rest"));
            if (price.find()) {
                money(b, c.slot(price.group("mon")));
            }
            out.add(b.build());
        }
    }
}
