package org.newsfacts.engine.decide;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
