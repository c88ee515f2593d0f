package org.newsfacts.engine.discourse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;

/** Every slot pattern in a clause is one of its slots, whatever digits or underscores the text has. */
class ClauseBuilderTest {

    private static final Pattern SLOT = Pattern.compile("\\b(ORG|PER|LOC|MED|PRD|MON|PCT|SHR|TIM)_(\\d+)");

    private static List<Clause> clauses(String text) {
        return Extractor.readings().run(text, LocalDate.of(2025, 1, 1)).get(Layers.CLAUSES);
    }

    private static void assertEverySlotIsASlot(String text) {
        for (Clause c : clauses(text)) {
            Matcher m = SLOT.matcher(c.masked());
            while (m.find()) {
                assertTrue(
                        Integer.parseInt(m.group(2)) < c.slots().size(),
                        "'" + m.group() + "' is no slot of: " + c.masked());
            }
        }
    }

    @Test
    void anAmountFollowedByMoreDigitsIsNotGluedToThem() {
        // an exchange rate of four decimals, which the money tagger reads to three
        assertEverySlotIsASlot("Against the euro, the dollar was down 0.4% at $1.2467 in late trade.");
    }

    @Test
    void theTextsOwnSlotLikeWordsAreNoSlots() {
        assertEverySlotIsASlot(
                "The file ORG_12 listed MON_7 and PCT_3 as placeholders for Harlan Steel, which earned $5m.");
    }

    @Test
    void theWholeChainSurvivesOddInput() {
        for (String odd : List.of(
                "$",
                "$1.23456789 $2.3456 £0.00001",
                "ORG_0's MON_99",
                "\"\"\"",
                "50% 50% 50% of 50%",
                "Acme Corp. Inc. Ltd. plc",
                "a\u00a0b\u2014c\u2019d")) {
            assertDoesNotThrow(() -> Extractor.standard().extract(odd, LocalDate.of(2025, 1, 1)), odd);
        }
    }
}
