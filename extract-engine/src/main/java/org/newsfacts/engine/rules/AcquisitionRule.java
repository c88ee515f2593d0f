package org.newsfacts.engine.rules;

import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ACQUISITION facts: "X agreed to buy Y for $2B", "X has acquired rival Y", "X's $5bn takeover of Y",
 * "Y was bought by X for £1bn". The amount is the one after "for" (or before the noun), else null.
 */
public final class AcquisitionRule extends ClauseRule {

    private static final String VERB = "(?:" + LEX.cueAlternation("ACQUIRE") + ")";
    private static final Pattern ACTIVE = compile("(?<acq>" + ORG + ")\\s+(?:(?:has|have|had|is|was|will|would|could|also|finally|agreed|agrees|plans|planned|wants"
            + "|offered|to|said|it|completed|its)\\s+){0,4}" + VERB + "\\s+(?:(?:a|an|the|its)\\s+)?(?:(?:[\\w-]+\\s+){0,2}?(?:rival|firm|company|group|business"
            + "|unit|maker|operator|retailer|bank|chain|brand|start-?up)\\s+)?(?<tgt>" + ORG + ")(?!'s)(?<rest>[^;]*)");
    private static final Pattern NOUN = compile("(?<acq>" + ORG + ")'s\\s+(?:(?<mon>" + MON + ")\\s+)?(?:[\\w-]+\\s+)?(?:takeover|acquisition|purchase)\\s+of\\s+(?<tgt>" + ORG + ")(?<rest>[^;]*)");
    private static final Pattern PASSIVE = compile("(?<tgt>" + ORG + ")\\s+(?:was|is|has been|had been|will be|is being)\\s+(?:bought|acquired|taken over|purchased)\\s+by\\s+(?<acq>" + ORG + ")(?<rest>[^;]*)");
    private static final Pattern PRICE = compile("^\\s*(?:[\\w-]+\\s+){0,3}?for\\s+(?<mon>" + MON + ")");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        int first = s.indexOf("ORG_");
        if (first < 0 || s.indexOf("ORG_", first + 4) < 0) {
            return;
        }
        for (Pattern p : List.of(ACTIVE, NOUN, PASSIVE)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Mention acquirer = c.slot(m.group("acq"));
                Mention target = c.slot(m.group("tgt"));
                if (acquirer.canonical().equals(target.canonical())) {
                    continue;
                }
                Fact.Builder b = fact("ACQUISITION", acquirer, c, text, 0.8).object(target.canonical(), "ORGANIZATION");
                String amount = p == NOUN ? m.group("mon") : null;
                Matcher price = PRICE.matcher(m.group("rest"));
                if (amount == null && price.find()) {
                    amount = price.group("mon");
                }
                if (amount != null) {
                    money(b, c.slot(amount));
                }
                out.add(b.build());
            }
        }
    }
}
