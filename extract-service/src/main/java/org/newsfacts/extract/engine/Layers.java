package org.newsfacts.extract.engine;

import java.util.List;

/** Every layer of the engine, in one place. */
public final class Layers {

    public static final Layer<List<Span>> SENTENCES = new Layer<>("sentences", List.class);
    public static final Layer<List<MoneyMention>> MONEY = new Layer<>("money", List.class);
    public static final Layer<List<Fact>> FACTS = new Layer<>("facts", List.class);

    private Layers() {
    }
}
