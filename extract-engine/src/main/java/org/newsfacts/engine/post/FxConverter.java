package org.newsfacts.engine.post;

import org.newsfacts.engine.Document;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

/**
 * Sets {@code valueUsd} of money facts: the amount the article itself states in dollars when it gives
 * one ("380 billion yuan ($53 billion)"), else the amount converted at the article's month's rate.
 */
public final class FxConverter implements Stage {

    private final FxTable table;

    public FxConverter() {
        this(FxTable.standard());
    }

    FxConverter(FxTable table) {
        this.table = table;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.FACTS, Layers.ARTICLE_DATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of();
    }

    @Override
    public void process(Document document) {
        LocalDate date = document.get(Layers.ARTICLE_DATE);
        ListIterator<Fact> it = document.get(Layers.FACTS).listIterator();
        while (it.hasNext()) {
            Fact f = it.next();
            if (f.value() == null || f.unit() == null || f.unit().equals("PERCENT") || f.unit().equals("SHARES")) {
                continue;
            }
            BigDecimal usd = null;
            if (f.alt() != null) {
                usd = f.alt().stream().filter(a -> "USD".equals(a.unit())).map(Fact.Alt::value).findFirst().orElse(null);
            }
            if (usd == null) {
                usd = table.toUsd(f.value(), f.unit(), date);
            }
            it.set(f.withValueUsd(usd));
        }
    }
}
