package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Contract;
import org.newsfacts.model.ContractValidator;

/**
 * What {@code ./newsfacts extract} prints (the model's Fact records, serialized as the command does) is
 * valid under contracts/fact.v1.schema.json, line by line; the facts carry no extractor version of their own.
 */
class ExtractContractTest {

    @Test
    void everyFactPrintedForTheSeedsIsAValidFact() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExtractCommand.run(
                new String[] {
                    EngineRegressionTest.projectRoot().resolve("seeds").toString(), "--date", "2025-02-24"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.size() >= 20, "the seeds' facts: " + lines.size());
        for (String line : lines) {
            assertEquals(List.of(), ContractValidator.errors(Contract.FACT, line), line);
            assertFalse(line.contains("\"extractorVersion\""), line);
        }
    }
}
