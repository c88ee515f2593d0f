package org.newsfacts.query.entity;

import java.util.List;

/** The JSON shapes of the entity endpoints. */
public final class EntityDtos {

    private EntityDtos() {}

    /**
     * An entity with every way articles wrote it, the number of facts it is subject or object of, and
     * its company-register identifiers (null when it was never linked).
     */
    public record EntitySummary(
            long id, String canonical, String type, List<String> aliases, long factCount, Register register) {}

    public record EntityDetail(
            long id,
            String canonical,
            String type,
            List<String> aliases,
            long factCount,
            long articleCount,
            Register register) {}

    /**
     * What the company register says of a linked organisation (docs/register.md): its canonical name
     * and country, SEC CIK, ISINs and listings (ticker and exchange each).
     */
    public record Register(String name, String country, String cik, List<String> isins, List<Listing> listings) {}

    public record Listing(String ticker, String exchange) {}

    /** An entity as one article mentions it. */
    public record ArticleEntity(long id, String canonical, String type, long mentions) {}
}
