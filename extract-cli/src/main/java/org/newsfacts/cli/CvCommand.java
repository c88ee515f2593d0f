package org.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code score --cv K GOLD_DIR... [--articles DIR]... [--threshold P] [--date D] [--json]}: see {@link CrossValidation}. */
final class CvCommand {

    private CvCommand() {}

    /** ", a reading says it of SUBJECT" when a reading states the gold fact but for its subject or object. */
    private static String nearMiss(LabelledCorpus.Item item, com.fasterxml.jackson.databind.JsonNode gold) {
        com.fasterxml.jackson.databind.node.ObjectNode loose = gold.deepCopy();
        loose.remove("subject");
        loose.remove("object");
        loose.remove("aliases");
        for (var r : item.readings()) {
            var node = LabelledCorpus.json(r.candidate().fact(), item.articleId(), item.source());
            if (Scorer.matches(loose, node)) {
                return ", a reading says it of " + r.candidate().fact().subject() + " / "
                        + r.candidate().fact().object();
            }
        }
        return "";
    }

    /** ", subject unknown" when the gold subject is none of the article's entities (a name the tagger missed, cut or glued). */
    private static String unknown(LabelledCorpus.Item item, com.fasterxml.jackson.databind.JsonNode gold) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (var m : item.document().get(org.newsfacts.engine.Layers.ENTITIES)) {
            names.add(Scorer.normName(m.canonical()));
        }
        String subject = gold.path("subject").isArray()
                ? gold.path("subject").get(0).asText()
                : gold.path("subject").asText(null);
        return subject == null || names.contains(Scorer.normName(subject)) ? "" : ", subject unknown";
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CorpusArgs a = CorpusArgs.parse(args, false);
        List<List<LabelledCorpus.Item>> sets;
        try {
            sets = a.load(err);
        } catch (IOException e) {
            err.println("newsfacts score: " + e.getMessage());
            return 1;
        }
        List<LabelledCorpus.Item> always = new ArrayList<>();
        sets.subList(1, sets.size()).forEach(always::addAll);
        if (List.of(args).contains("--uncovered")) {
            for (LabelledCorpus.Item item : sets.get(0)) {
                for (int g = 0; g < item.gold().size(); g++) {
                    if (!item.covered()[g]) {
                        String type = item.gold().get(g).path("type").asText();
                        long same = item.readings().stream()
                                .filter(x -> x.candidate().fact().type().wire().equals(type))
                                .count();
                        String near = nearMiss(item, item.gold().get(g))
                                + unknown(item, item.gold().get(g));
                        out.println("uncovered " + item.source() + " (" + same + " readings of the type" + near + "): "
                                + Scorer.brief(item.gold().get(g)));
                    }
                }
            }
            return 0;
        }
        CrossValidation.Result r = CrossValidation.run(sets.get(0), always, a.k, a.options());
        if (a.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode o = json.createObjectNode();
            Scorer.Counts c = r.cv().total();
            o.put("folds", r.k())
                    .put("seed", r.seed())
                    .put("precision", c.precision())
                    .put("recall", c.recall())
                    .put("f1", c.f1())
                    .put("ece", r.ece())
                    .put("candidateRecall", (double) r.candidateRecallTotal()[0] / r.candidateRecallTotal()[1]);
            ObjectNode types = o.putObject("types");
            r.cv().byType()
                    .forEach((t, x) -> types.putObject(t)
                            .put("precision", x.precision())
                            .put("recall", x.recall())
                            .put("f1", x.f1())
                            .put("gold", x.tp() + x.fn()));
            out.println(o.toPrettyString());
        } else {
            if (List.of(args).contains("--show")) {
                r.cv().misses().forEach(m -> out.println("  " + m));
            }
            out.print(CrossValidation.report(r));
        }
        return 0;
    }
}
