package org.newsfacts.extract.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ROLE facts from a title next to a person's name: "[Org] CEO Eddie Wu" and
 * "Eddie Wu, chief executive of Alibaba". First version; the full engine resolves references.
 */
public final class RoleRule implements Stage {

    private static final String NAME = "([A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)";
    private static final String ORG = "([A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*){0,3})";

    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Pattern titleThenName;
    private final Pattern nameThenTitle;

    public RoleRule() {
        for (String line : Resources.lines("titles.txt")) {
            String[] kv = line.split("=", 2);
            titles.put(kv[0].strip(), kv[1].strip());
        }
        String alternatives = titles.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // Only the titles are case-insensitive: names and organizations must be capitalized.
        titleThenName = Pattern.compile("(?:" + ORG + "(?:[’']s)? )?\\b((?i:" + alternatives + ")) " + NAME + "\\b");
        nameThenTitle = Pattern.compile(NAME + ", (?:the )?(?:[\\w-]+ )?((?i:" + alternatives + ")) (?:of|at) (?:the )?" + ORG);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.FACTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of();
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Fact> facts = document.get(Layers.FACTS);
        for (Span sentence : document.get(Layers.SENTENCES)) {
            String s = sentence.of(text);
            Fact.Evidence evidence = new Fact.Evidence(s, sentence.start(), sentence.end());
            Matcher m = titleThenName.matcher(s);
            while (m.find()) {
                if (!isCapitalized(m.group(3))) {
                    continue;
                }
                String org = m.group(1) != null && isCapitalized(m.group(1)) ? OrgNames.canonical(m.group(1)) : null;
                facts.add(role(m.group(3), m.group(2), org, evidence, 0.7));
            }
            m = nameThenTitle.matcher(s);
            while (m.find()) {
                if (isCapitalized(m.group(1)) && isCapitalized(m.group(3))) {
                    facts.add(role(m.group(1), m.group(2), OrgNames.canonical(m.group(3)), evidence, 0.75));
                }
            }
        }
    }

    private Fact role(String person, String title, String org, Fact.Evidence evidence, double confidence) {
        Fact.Builder b = Fact.builder("ROLE", person, evidence)
                .subjectType("PERSON")
                .role(titles.get(title.toLowerCase(Locale.ROOT)))
                .confidence(confidence);
        if (org != null) {
            b.object(org, "ORGANIZATION");
        }
        return b.build();
    }

    private static boolean isCapitalized(String s) {
        return s != null && !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }
}
