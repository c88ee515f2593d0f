package org.newsfacts.engine;

/**
 * A typed kind of annotation that stages provide and require (sentences, money mentions, facts…).
 * Identity is the instance: declare each layer once, in {@link Layers}.
 */
public final class Layer<T> {

    private final String name;
    private final Class<?> type;

    Layer(String name, Class<?> type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
