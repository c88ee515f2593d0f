package org.newsfacts.engine.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Broad ROLE and QUOTE candidates (RoleBroadRule, QuoteBroadRule, PersonNames), on invented sentences. */
class PeopleBroadTest {

    private static boolean role(String text, String person, String role, String org) {
        List<Candidate> found = Facts.candidates(FactType.ROLE, text);
        return found.stream()
                .map(Candidate::fact)
                .anyMatch(f -> person.equals(f.subject())
                        && role.equals(f.role())
                        && (org == null || Objects.equals(org, f.object())));
    }

    private static void assertRole(String text, String person, String role, String org) {
        assertTrue(
                role(text, person, role, org),
                () -> "no ROLE " + person + "/" + role + "/" + org + " in " + Facts.candidates(FactType.ROLE, text));
    }

    private static void assertQuote(String text, String speaker, String words) {
        List<Fact> found = Facts.candidates(FactType.QUOTE, text).stream()
                .map(Candidate::fact)
                .toList();
        assertTrue(
                found.stream()
                        .anyMatch(f -> speaker.equals(f.subject()) && f.text().contains(words)),
                () -> "no QUOTE by " + speaker + " of '" + words + "' in " + found);
    }

    @Test
    void twoTitlesInAppositionBothWithTheOrganisation() {
        String s = "Harriet Vole, chairman and chief executive of Brindle Mills, said the results were strong.";
        assertRole(s, "Harriet Vole", "CHAIRMAN", "Brindle Mills");
        assertRole(s, "Harriet Vole", "CEO", "Brindle Mills");
    }

    @Test
    void aTitleNotInTitlesListWithItsFirm() {
        assertRole(
                "\"Demand is soft,\" said Oscar Pell, head of equity trading at Kestrel Partners.",
                "Oscar Pell",
                "HEAD",
                "Kestrel Partners");
        assertRole(
                "Oscar Pell, an executive at Kestrel Mining, declined to comment.",
                "Oscar Pell",
                "EXECUTIVE",
                "Kestrel Mining");
    }

    @Test
    void titlesBeforeTheName() {
        assertRole(
                "Tarn Capital managing partner Oscar Pell and senior portfolio manager Lena Fisk wrote to the board.",
                "Oscar Pell",
                "MANAGING_PARTNER",
                "Tarn Capital");
        assertRole("Sales were weak, finance chief Lena Fisk said on Tuesday.", "Lena Fisk", "CFO", null);
    }

    @Test
    void aTitleBeforeAndTheNameAfterAComma() {
        assertRole(
                "Tarn Capital's founder, billionaire investor Oscar Pell, wrote to shareholders.",
                "Oscar Pell",
                "FOUNDER",
                "Tarn Capital");
    }

    @Test
    void runByAndWhoHeads() {
        assertRole(
                "Tarn Capital, run by Oscar Pell, now owns a stake in the retailer.",
                "Oscar Pell",
                "CEO",
                "Tarn Capital");
        assertRole("Lena Fisk, who heads Brindle Mills, said little.", "Lena Fisk", "CEO", "Brindle Mills");
    }

    @Test
    void aTitleTakenOrLeft() {
        assertRole(
                "Brindle Mills said Lena Fisk will step down as chief financial officer in May.",
                "Lena Fisk",
                "CFO",
                null);
    }

    @Test
    void anAnalystNamedWithHerFirm() {
        assertRole(
                "\"The price is too high,\" Lena Fisk of Kestrel Securities told a newspaper.",
                "Lena Fisk",
                "ANALYST",
                "Kestrel Securities");
    }

    @Test
    void formerTitlesAreBiography() {
        assertTrue(!role(
                "Oscar Pell, a former executive at Kestrel Mining, joined the board.",
                "Oscar Pell",
                "EXECUTIVE",
                null));
    }

    @Test
    void aQuotationWithAVerbOutsideTheCueList() {
        assertQuote(
                "\"Selling the plant remains one of our options,\" chief executive Oscar Pell confirmed on Thursday.",
                "Oscar Pell",
                "Selling the plant remains one of our options");
    }

    @Test
    void aQuotationAfterAPersonWithoutASpeechVerb() {
        assertQuote(
                "Looking ahead, Ms Fisk forecast growth \"with margins in the high teens for the next year\".\n\nLena Fisk runs Brindle Mills.",
                "Lena Fisk",
                "margins in the high teens");
    }

    @Test
    void aQuotationGoingOnAfterTheSpeakersSentence() {
        String s =
                "Oscar Pell, Brindle Mills' sales director, said the market was hard. \"We will double our sales in five years.\" "
                        + "He said exports would grow.";
        assertQuote(s, "Oscar Pell", "double our sales in five years");
    }

    @Test
    void aQuotationRunningToTheEndOfItsParagraph() {
        String s = "\"Costs keep rising,\" said Oscar Pell, Brindle Mills' sales director.\n\n"
                + "\"Our suppliers want more every quarter and we cannot pass it on.\n\n"
                + "\"We will have to cut jobs,\" he said.";
        assertQuote(s, "Oscar Pell", "suppliers want more every quarter");
    }
}
