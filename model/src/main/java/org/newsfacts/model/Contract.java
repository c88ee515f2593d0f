package org.newsfacts.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas of what NewsFacts puts on the wire (the files of {@code contracts/}, shipped as this
 * module's resources): each schema's {@code $id} and its text, for producers' tests and consumers.
 */
public enum Contract {
    /** One article on {@code articles.raw}. */
    ARTICLES_RAW("articles.raw.v1.schema.json"),
    /** One article's facts on {@code facts.extracted}. */
    FACTS_EXTRACTED("facts.extracted.v1.schema.json"),
    /** One fact, as the export and the events carry it. */
    FACT("fact.v1.schema.json");

    /** The common prefix of the schemas' {@code $id}s; a {@code $ref} between them is relative to it. */
    public static final String ID_PREFIX = "https://newsfacts.org/contracts/";
    /** Where the schemas are on the class path. */
    public static final String RESOURCE_PREFIX = "org/newsfacts/model/contracts/";

    private final String file;

    Contract(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** The schema's {@code $id}. */
    public String id() {
        return ID_PREFIX + file;
    }

    /** The schema's text. */
    public String schema() {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(RESOURCE_PREFIX + file)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_PREFIX + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
