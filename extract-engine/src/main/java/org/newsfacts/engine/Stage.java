package org.newsfacts.engine;

import java.util.Set;

/**
 * One step of the extraction chain. A stage declares the layers it reads and the layers it adds;
 * {@link Extractor.Builder} checks the chain against those declarations when it is built.
 * Stages are stateless after construction and safe to share between threads.
 */
public interface Stage {

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    void process(Document document);

    default String name() {
        return getClass().getSimpleName();
    }
}
