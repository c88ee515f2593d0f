package org.newsfacts.extract.fx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored reference rates (table fx_rate, V7): units of each currency per euro, one row a day and currency. */
@ApplicationScoped
public class FxRateRepository {

    /** One stored rate as published. */
    public record Stored(LocalDate day, String currency, BigDecimal perEur) {}

    private final EntityManager em;

    public FxRateRepository(EntityManager em) {
        this.em = em;
    }

    public List<Stored> all() {
        List<Stored> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT day, currency, per_eur FROM fx_rate ORDER BY day, currency")
                .getResultList()) {
            out.add(stored((Object[]) row));
        }
        return out;
    }

    /** The stored rates of the days from {@code first} to {@code last}, by day and currency. */
    public Map<LocalDate, Map<String, BigDecimal>> between(LocalDate first, LocalDate last) {
        Map<LocalDate, Map<String, BigDecimal>> out = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT day, currency, per_eur FROM fx_rate WHERE day BETWEEN ?1 AND ?2")
                .setParameter(1, Date.valueOf(first))
                .setParameter(2, Date.valueOf(last))
                .getResultList()) {
            Stored s = stored((Object[]) row);
            out.computeIfAbsent(s.day(), d -> new HashMap<>()).put(s.currency(), s.perEur());
        }
        return out;
    }

    /** Serializes loads across instances (in the caller's transaction): the check against stored days and the insert are one step. */
    public void lock() {
        em.createNativeQuery("LOCK TABLE fx_rate IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    public void insert(LocalDate day, String currency, BigDecimal perEur, String source, Instant loadedAt) {
        em.createNativeQuery(
                        "INSERT INTO fx_rate (day, currency, per_eur, source, loaded_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, currency)
                .setParameter(3, perEur)
                .setParameter(4, source)
                .setParameter(5, Timestamp.from(loadedAt))
                .executeUpdate();
    }

    private static Stored stored(Object[] r) {
        LocalDate day = r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0];
        return new Stored(day, (String) r[1], (BigDecimal) r[2]);
    }
}
