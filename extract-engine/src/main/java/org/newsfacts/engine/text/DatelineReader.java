package org.newsfacts.engine.text;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Stage;

/**
 * The article's date: a dateline among its first lines ("February 27, 2025", "27 February 2025",
 * "2025-02-27", "Published: 3 March 2022"), else the date it came with (published, else ingested).
 * Relative periods ("last year", "the quarter ending in December") are resolved against it.
 */
public final class DatelineReader implements Stage {

    static final int LINES_TO_READ = 8;
    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern MDY =
            Pattern.compile("^(?:[A-Za-z]+:?\\s+)?" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DMY =
            Pattern.compile("^(?:[A-Za-z]+:?\\s+)?(\\d{1,2})\\s+" + MONTH + "\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("^(?:[A-Za-z]+:?\\s+)?((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ARTICLE_DATE);
    }

    @Override
    public void process(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        LocalDate found = null;
        for (Sentence s : sentences) {
            if (s.line() >= LINES_TO_READ || found != null) {
                break;
            }
            found = parse(s.span().of(document.text()));
        }
        document.put(Layers.ARTICLE_DATE, found != null ? found : document.date());
    }

    static LocalDate parse(String line) {
        if (line.length() > 60) {
            return null;
        }
        try {
            Matcher m = MDY.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DMY.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(line);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    public static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
