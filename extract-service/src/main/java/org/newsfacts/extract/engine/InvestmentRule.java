package org.newsfacts.extract.engine;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INVESTMENT facts: "&lt;Org&gt; … invest/spend … &lt;money&gt; in &lt;target&gt;". First version: the
 * investor is the capitalized name that opens the sentence, the target the phrase after "in".
 */
public final class InvestmentRule implements Stage {

    private static final Pattern VERB = Pattern.compile("\\b(invest(?:s|ed|ing|ment)?|spend(?:s|ing)?|spent)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("^([A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*){0,4})");
    private static final Pattern TARGET = Pattern.compile("\\bin ((?:[\\w-]+ ){0,4}?[\\w-]+?)(?=,| over | including | by | to |\\.|$)");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.MONEY, Layers.FACTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of();
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Fact> facts = document.get(Layers.FACTS);
        List<MoneyMention> money = document.get(Layers.MONEY);
        for (Span sentence : document.get(Layers.SENTENCES)) {
            String s = sentence.of(text);
            Matcher verb = VERB.matcher(s);
            Matcher subject = SUBJECT.matcher(s);
            if (!verb.find() || !subject.find() || subject.end() > verb.start()) {
                continue;
            }
            MoneyMention amount = money.stream()
                    .filter(mm -> sentence.contains(mm.span()) && mm.span().start() > sentence.start() + verb.start())
                    .findFirst().orElse(null);
            if (amount == null) {
                continue;
            }
            int afterMoney = amount.span().end() - sentence.start();
            Matcher target = TARGET.matcher(s);
            String object = target.find(afterMoney) ? target.group(1) : null;
            Fact.Builder b = Fact.builder("INVESTMENT", OrgNames.canonical(subject.group(1)),
                            new Fact.Evidence(s, sentence.start(), sentence.end()))
                    .subjectType("ORGANIZATION")
                    .money(amount.value(), amount.currency(), amount.approx())
                    .confidence(0.6);
            if (object != null) {
                b.object(object, "TOPIC");
            }
            facts.add(b.build());
        }
    }
}
