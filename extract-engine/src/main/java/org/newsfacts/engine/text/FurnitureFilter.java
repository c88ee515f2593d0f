package org.newsfacts.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Resources;

/**
 * Drops page furniture — text that is not the article's own claims: "Advertisement", link lists
 * after "Related topic:" or "Also Read About", author bios after "About the author", newsletter
 * blocks from "Subscribe …" on, share/follow prompts. Captions stay: they are claims.
 * The patterns live in {@code furniture.txt}: {@code line:} drops the line, {@code list:} drops the
 * line and the link list that follows it (lines without a full stop), {@code rest:} drops the line
 * and everything after it.
 */
public final class FurnitureFilter implements Stage {

    private final List<Pattern> lineRules = new ArrayList<>();
    private final List<Pattern> listRules = new ArrayList<>();
    private final List<Pattern> restRules = new ArrayList<>();

    public FurnitureFilter() {
        for (String rule : Resources.lines("furniture.txt")) {
            int colon = rule.indexOf(':');
            Pattern p = Pattern.compile(rule.substring(colon + 1).strip(), Pattern.CASE_INSENSITIVE);
            switch (rule.substring(0, colon)) {
                case "line" -> lineRules.add(p);
                case "list" -> listRules.add(p);
                case "rest" -> restRules.add(p);
                default -> throw new IllegalStateException("furniture.txt: unknown rule kind in '" + rule + "'");
            }
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CONTENT);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Sentence> content = new ArrayList<>();
        boolean inList = false;
        int listLine = -1;
        for (Sentence s : document.get(Layers.SENTENCES)) {
            String words = s.span().of(text);
            if (matches(restRules, words)) {
                break;
            }
            if (matches(listRules, words)) {
                inList = true;
                listLine = s.line();
                continue;
            }
            if (inList) {
                boolean linkLike = s.line() == listLine || !words.endsWith(".");
                if (linkLike) {
                    continue;
                }
                inList = false;
            }
            if (!matches(lineRules, words)) {
                content.add(s);
            }
        }
        document.put(Layers.CONTENT, content);
    }

    private static boolean matches(List<Pattern> rules, String words) {
        for (Pattern p : rules) {
            if (p.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
