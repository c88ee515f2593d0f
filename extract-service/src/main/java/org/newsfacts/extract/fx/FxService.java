package org.newsfacts.extract.fx;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.newsfacts.engine.fx.FxConverter;
import org.newsfacts.engine.fx.FxRate;
import org.newsfacts.extract.article.ArticleService;
import org.newsfacts.extract.article.FactEntity;
import org.newsfacts.model.FxSource;

/**
 * Loads ECB rate files into the database (all or nothing) and gives the facts that waited for a
 * rate their dollar value: a fact converted for a day on or after the first new day, whose rate was
 * missing or older than its day, is converted again with every rate now known; a changed one is
 * updated in its row and its article announced again on facts.extracted (query-service's caches
 * end on that announcement, and claims are computed from the rows).
 */
@ApplicationScoped
public class FxService {

    /** The ECB's days are Frankfurt's: a day after today there is in the future. */
    static final ZoneId ECB_ZONE = ZoneId.of("Europe/Berlin");

    private static final Logger LOG = Logger.getLogger(FxService.class);
    private static final int BATCH = 500;

    private final FxRateRepository repository;
    private final LiveRates rates;
    private final ArticleService articles;
    private final FxConfig config;

    public FxService(FxRateRepository repository, LiveRates rates, ArticleService articles, FxConfig config) {
        this.repository = repository;
        this.rates = rates;
        this.articles = articles;
        this.config = config;
    }

    /** What a load did: the days in the file, the new days and rates stored, the newest day, the facts converted again. */
    public record LoadResult(
            String origin,
            int daysInFeed,
            LocalDate firstDay,
            LocalDate lastDay,
            int newDays,
            int newRates,
            LocalDate newestRate,
            int factsUpdated) {}

    /** Parses, checks and stores a rate file; refused whole (BadFeedException) when anything is wrong with it. */
    public LoadResult load(byte[] feed, String origin) {
        List<EcbFeed.Day> days = EcbFeed.parse(feed, LocalDate.now(ECB_ZONE));
        int[] stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> store(days, origin));
        } catch (BadFeedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BadFeedException bad) {
                throw bad;
            }
            throw e;
        }
        rates.refresh();
        int updated = 0;
        if (stored[1] > 0) {
            updated = reconvertFrom(days.get(0).day());
        }
        LoadResult r = new LoadResult(
                origin,
                days.size(),
                days.get(0).day(),
                days.get(days.size() - 1).day(),
                stored[0],
                stored[1],
                rates.newestEcbDay(),
                updated);
        LOG.infof(
                "exchange rates from %s: %d days (%s … %s), %d of them new (%d rates); newest rate now %s; %d facts got a new dollar value",
                origin,
                r.daysInFeed(),
                r.firstDay(),
                r.lastDay(),
                r.newDays(),
                r.newRates(),
                r.newestRate(),
                r.factsUpdated());
        return r;
    }

    /** In one transaction, serialized across instances: refuses a day stated with another value than known, stores the rest. */
    private int[] store(List<EcbFeed.Day> days, String origin) {
        repository.lock();
        Map<LocalDate, Map<String, BigDecimal>> known =
                repository.between(days.get(0).day(), days.get(days.size() - 1).day());
        int newDays = 0;
        int newRates = 0;
        Instant now = Instant.now();
        for (EcbFeed.Day d : days) {
            Map<String, BigDecimal> before = known.getOrDefault(d.day(), Map.of());
            checkAgainstVendored(d);
            boolean fresh = false;
            for (Map.Entry<String, BigDecimal> r : d.perEur().entrySet()) {
                BigDecimal old = before.get(r.getKey());
                if (old != null) {
                    if (old.compareTo(r.getValue()) != 0) {
                        throw new BadFeedException(
                                d.day() + " " + r.getKey() + ": the feed says "
                                        + r.getValue().toPlainString()
                                        + " per euro, but " + old.toPlainString()
                                        + " is stored for that day; a published reference rate "
                                        + "does not change, so the feed is refused",
                                true);
                    }
                    continue;
                }
                repository.insert(d.day(), r.getKey(), r.getValue(), FxSource.ECB.wire(), now);
                newRates++;
                fresh = true;
            }
            if (fresh && before.isEmpty()) {
                newDays++;
            }
        }
        return new int[] {newDays, newRates};
    }

    /** A day the vendored table holds must have the same rates (crossed to the dollar as the table has them). */
    private void checkAgainstVendored(EcbFeed.Day d) {
        BigDecimal usd = d.perEur().get("USD");
        for (Map.Entry<String, BigDecimal> r : d.perEur().entrySet()) {
            String currency = r.getKey().equals("USD") ? "EUR" : r.getKey();
            BigDecimal perEur = r.getKey().equals("USD") ? BigDecimal.ONE : r.getValue();
            FxRate vendored = rates.vendoredOn(currency, d.day());
            if (vendored != null && vendored.unitsPerUsd().compareTo(FxRate.crossViaEur(perEur, usd)) != 0) {
                throw new BadFeedException(
                        d.day() + " " + r.getKey() + ": the feed's rates give " + FxRate.crossViaEur(perEur, usd)
                                + " " + currency + " per dollar, but the vendored ECB table has "
                                + vendored.unitsPerUsd()
                                + " for that day; a published reference rate does not change, so the feed is refused",
                        true);
            }
        }
    }

    /**
     * Converts again the facts of days from {@code from} on whose rate was missing or older than their
     * day; updates the rows whose value changed and announces their articles. Idempotent.
     *
     * @return how many facts changed
     */
    public int reconvertFrom(LocalDate from) {
        FxConverter converter = new FxConverter(rates, (int) config.maxAge().toDays());
        long after = -1;
        int changed = 0;
        while (true) {
            long last = after;
            long[] batch = QuarkusTransaction.requiringNew().call(() -> reconvertBatch(converter, from, last));
            changed += (int) batch[1];
            if (batch[0] < 0) {
                return changed;
            }
            after = batch[0];
        }
    }

    /** @return the last id seen (-1 when none was left) and how many facts changed */
    private long[] reconvertBatch(FxConverter converter, LocalDate from, long after) {
        List<FactEntity> batch = FactEntity.<FactEntity>find(
                        "fxDate >= ?1 and id > ?2 and (fxSource is null or fxSource <> ?3) "
                                + "and (fxUnconverted is not null or fxRateDate < fxDate) order by id",
                        from,
                        after,
                        FxSource.ARTICLE.wire())
                .page(0, BATCH)
                .list();
        if (batch.isEmpty()) {
            return new long[] {-1, 0};
        }
        Map<String, TreeSet<String>> names = new LinkedHashMap<>();
        int changed = 0;
        for (FactEntity f : batch) {
            if (!FxConverter.isMoney(f.value, f.unit)) {
                continue;
            }
            FxConverter.Result r = converter.convert(f.value, f.unit, f.fxDate, null);
            FactEntity now = new FactEntity();
            now.valueUsd = r.valueUsd();
            FxFacts.set(now, r.fx());
            if (!f.sameFx(now) || !sameNumber(f.valueUsd, now.valueUsd)) {
                f.takeFx(now);
                changed++;
                TreeSet<String> n = names.computeIfAbsent(f.articleId, k -> new TreeSet<>());
                n.add(f.subject);
                if (f.object != null) {
                    n.add(f.object);
                }
            }
        }
        FactEntity.getEntityManager().flush();
        names.forEach((articleId, n) -> articles.announceStored(articleId, List.copyOf(n)));
        return new long[] {batch.get(batch.size() - 1).id, changed};
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
