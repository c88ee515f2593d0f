package org.newsfacts.devstack;

import java.util.List;

/** Creates the NewsFacts topics on an existing broker: {@code TopicsMain <bootstrap servers>}. */
public final class TopicsMain {

    private TopicsMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TopicsMain <bootstrap servers>");
            System.exit(2);
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> created = Topics.create(args[0]);
        System.out.println("[dev-stack] topics on " + args[0] + ": "
                + (created.isEmpty() ? "all present" : String.join(", ", created)));
    }
}
