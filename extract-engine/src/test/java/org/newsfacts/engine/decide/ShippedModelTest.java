package org.newsfacts.engine.decide;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;

/** The model shipped in the engine's resources loads, is small, and says what it was trained on and how it scored. */
class ShippedModelTest {

    @Test
    void theShippedModelLoadsAndSaysWhatItSawAndHowItScored() throws IOException {
        DecisionModel model = DecisionModel.shipped();
        assertTrue(model.featureCount() > 100, "features: " + model.featureCount());
        assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
        assertNotNull(model.info().get("data"), model.info().toString());
        assertTrue(model.info().get("cv").contains("F1"), model.info().toString());
        try (InputStream in = DecisionModel.class.getResourceAsStream(DecisionModel.RESOURCE)) {
            assertTrue(in.readAllBytes().length < 5 * 1024 * 1024, "the model file is under 5 MB");
        }
        try (InputStream in = DecisionModel.class.getResourceAsStream("/org/newsfacts/engine/decide/MODEL.md")) {
            assertNotNull(in, "MODEL.md, the model's summary, is beside it");
        }
    }

    /**
     * A model trained on other features than the engine computes decides on little but its bias: when
     * ReadingFeatures changes, the model must be trained again (./newsfacts train). The readings of an
     * invented article must find most of their features (words aside) in the model.
     */
    @Test
    void theShippedModelKnowsTheFeaturesTheEngineComputes() {
        String text = """
                Brimworth Foods lifts profit

                Brimworth Foods said on Thursday its pre-tax profit rose 14% to £310m in the year to March, while sales grew 6% to £2.4bn.
                Shares in Brimworth rose 3%. The company also agreed to buy Calder Dairies for £95m and took a 20% stake in Elm Lane Farms.
                "We had a strong year," said chief executive Nora Pike.
                """;
        Set<String> known = new HashSet<>(DecisionModel.shipped().featureNames());
        List<String> features = Extractor.readings().run(text, LocalDate.of(2025, 5, 1)).get(Layers.READINGS).stream()
                .flatMap(r -> r.features().stream())
                .filter(f -> !f.startsWith("word"))
                .toList();
        long found = features.stream().filter(known::contains).count();
        assertTrue(features.size() > 50, "readings with features: " + features.size());
        assertTrue(
                found >= 0.8 * features.size(),
                "the model knows " + found + " of " + features.size()
                        + " features of the readings; train it again (./newsfacts train) after changing ReadingFeatures");
    }
}
