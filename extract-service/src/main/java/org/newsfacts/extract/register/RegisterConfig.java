package org.newsfacts.extract.register;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** The company register the extractor links organisations to (docs/register.md). */
@ConfigMapping(prefix = "newsfacts.register")
public interface RegisterConfig {

    /**
     * A CSV file of the user's own companies, in the shipped table's format (header
     * {@code name,akas,listings,isins,cik,country}), added to the shipped register; an entry with the
     * CIK or an ISIN of a shipped one replaces it. A malformed file stops the service at start with
     * the line and what is wrong.
     */
    Optional<Path> extraCsv();
}
