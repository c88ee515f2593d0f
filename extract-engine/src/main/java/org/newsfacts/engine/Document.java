package org.newsfacts.engine;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

/** The article text and the layers the stages have put on it so far. */
public final class Document {

    private final String text;
    private final LocalDate date;
    private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();

    public Document(String text, LocalDate date) {
        this.text = text;
        this.date = date;
    }

    public String text() {
        return text;
    }

    /** The article's date: its dateline or published date, else the ingest date. */
    public LocalDate date() {
        return date;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer '" + layer + "' is not on this document: no stage provided it");
        }
        return (T) value;
    }

    public <T> void put(Layer<T> layer, T value) {
        layers.put(layer, value);
    }
}
