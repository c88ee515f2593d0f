package org.newsfacts.engine.discourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Stage;

/**
 * Builds the rules' view of each content sentence: every mention (entities, references, money,
 * percentages, share counts, periods) replaced by a slot such as {@code ORG_0} or {@code MON_2}, the
 * rest of the text with plain ASCII quotes, apostrophes and dashes; a slot is never glued to a letter
 * or digit after it and the text's own underscores become spaces, so that every slot pattern is a
 * slot. A possessive reference ("its", "his") becomes {@code ORG_1's}. Where mentions overlap the earlier, then longer, one wins.
 */
public final class ClauseBuilder implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(
                Layers.CONTENT,
                Layers.ENTITIES,
                Layers.REFERENCES,
                Layers.MONEY,
                Layers.QUANTITIES,
                Layers.PERIODS,
                Layers.FOCUS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CLAUSES);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Mention> all = new ArrayList<>();
        all.addAll(document.get(Layers.ENTITIES));
        all.addAll(document.get(Layers.REFERENCES));
        all.addAll(document.get(Layers.MONEY));
        all.addAll(document.get(Layers.QUANTITIES));
        all.addAll(document.get(Layers.PERIODS));
        all.sort(Comparator.<Mention>comparingInt(m -> m.span().start())
                .thenComparingInt(m -> -m.span().end()));
        List<Sentence> sentences = document.get(Layers.CONTENT);
        List<String> focus = document.get(Layers.FOCUS);
        List<Clause> clauses = new ArrayList<>(sentences.size());
        int a = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            while (a < all.size() && all.get(a).span().start() < s.span().start()) {
                a++;
            }
            StringBuilder masked = new StringBuilder(s.span().end() - s.span().start());
            List<Mention> slots = new ArrayList<>();
            int at = s.span().start();
            int k = a;
            while (k < all.size() && all.get(k).span().start() < s.span().end()) {
                Mention m = all.get(k++);
                if (m.span().start() < at || m.span().end() > s.span().end()) {
                    continue;
                }
                plain(text, at, m.span().start(), masked);
                masked.append(m.kind().tag).append('_').append(slots.size());
                if (m.reference() && m.text().matches("(?i)its|his|her")) {
                    masked.append("'s");
                }
                slots.add(m);
                at = m.span().end();
                if (at < s.span().end() && Character.isLetterOrDigit(text.charAt(at))) {
                    masked.append(' '); // "$1.8923" read as "$1.892": "MON_1 3", never a slot MON_13
                }
            }
            plain(text, at, s.span().end(), masked);
            clauses.add(new Clause(s, masked.toString(), slots, focus.get(i)));
        }
        document.put(Layers.CLAUSES, clauses);
    }

    static void plain(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '’', '‘', '`' -> out.append('\'');
                case '“', '”' -> out.append('"');
                case '–', '—' -> out.append(" - ");
                case '\n', '\t', '\r', '\u00a0' -> out.append(' ');
                case '_' -> out.append(' '); // the text's own "ORG_1" is no slot
                default -> out.append(c);
            }
        }
    }
}
