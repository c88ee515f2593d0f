package org.newsfacts.engine.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Broad candidates of the stake, partnership and market-share rules (invented companies and figures). */
class DealsBroadTest {

    private static boolean has(List<Candidate> found, String subject, String object, String value) {
        return found.stream()
                .map(Candidate::fact)
                .anyMatch(f -> subject.equals(f.subject())
                        && (object == null || object.equals(f.object()))
                        && (value == null || f.value() != null && f.value().compareTo(new BigDecimal(value)) == 0));
    }

    private static void expect(FactType type, String text, String subject, String object, String value) {
        List<Candidate> found = Facts.candidates(type, text);
        assertTrue(
                has(found, subject, object, value),
                () -> "expected " + type + " " + subject + " -> " + object + " " + value + " in '" + text + "', found "
                        + found.stream()
                                .map(Candidate::fact)
                                .map(Fact::toString)
                                .toList());
    }

    private static boolean pair(List<Candidate> found, String a, String b) {
        return found.stream()
                .map(Candidate::fact)
                .anyMatch(f ->
                        a.equals(f.subject()) && b.equals(f.object()) || b.equals(f.subject()) && a.equals(f.object()));
    }

    @Test
    void ownedWithoutASize() {
        expect(
                FactType.STAKE,
                "Back in 2001, when Korvell Group still owned Tandemia Foods, the plant in Leeds was busy.",
                "Korvell Group",
                "Tandemia Foods",
                null);
    }

    @Test
    void ownedByAfterAnAppositive() {
        expect(
                FactType.STAKE,
                "Questa, the Swiss mineral water brand owned by Harlow Beverages, lost ground last year.",
                "Harlow Beverages",
                "Questa",
                null);
    }

    @Test
    void unitOfAPossessiveParent() {
        expect(
                FactType.STAKE,
                "Fenwick Motors, the Canadian unit of Germany's Oberland Werke, reported higher sales in March.",
                "Oberland Werke",
                "Fenwick Motors",
                null);
    }

    @Test
    void partOfAParent() {
        expect(
                FactType.STAKE,
                "In 2003, Calloway Distributors was part of Bexley Bank.",
                "Bexley Bank",
                "Calloway Distributors",
                null);
    }

    @Test
    void namedUnitOfAPossessiveParent() {
        expect(
                FactType.STAKE,
                "Drayton Capital said it had made a proposal for Millbrook Media's Sextant Research polling unit.",
                "Millbrook Media",
                "Sextant Research",
                null);
    }

    @Test
    void subsidiaryAfterAComma() {
        expect(
                FactType.STAKE,
                "Orlan Corp will buy out the remaining holders of Tessaly Broadcasting, Orlan's television subsidiary, for $2bn.",
                "Orlan",
                "Tessaly Broadcasting",
                null);
    }

    @Test
    void ownerOfAList() {
        String text =
                "As part of the deal, Veltra - owner of Arcadia Stores and Penmore Outfitters - will take on $3bn of debt.";
        expect(FactType.STAKE, text, "Veltra", "Arcadia Stores", null);
        expect(FactType.STAKE, text, "Veltra", "Penmore Outfitters", null);
    }

    @Test
    void majorityOwnerNamed() {
        expect(
                FactType.STAKE,
                "He previously worked for Nortide Oil and its majority owner Pellham Energy.",
                "Pellham Energy",
                "Nortide Oil",
                "50");
    }

    @Test
    void aShareholderAppositive() {
        expect(
                FactType.STAKE,
                "\"Costs are too high,\" said Mary Lowe, chief investment officer at Kestrel Partners, a Halvorsen Mining shareholder.",
                "Kestrel Partners",
                "Halvorsen Mining",
                null);
    }

    @Test
    void stakesInAListOfCompanies() {
        String text =
                "Over the years Brava Holdings took stakes in firms including Oxley Foods, Tarrant Mining and Venn Telecom.";
        expect(FactType.STAKE, text, "Brava", "Oxley Foods", null);
        expect(FactType.STAKE, text, "Brava", "Venn Telecom", null);
    }

    @Test
    void aPossessiveHoldingBeingBought() {
        String text =
                "On Monday, Pryor Brewing agreed to buy Aldo Capital's 12.5% holding in Rusk Breweries for 40m euros.";
        expect(FactType.STAKE, text, "Aldo Capital", "Rusk Breweries", "12.5");
        expect(FactType.STAKE, text, "Pryor Brewing", "Rusk Breweries", "12.5");
    }

    @Test
    void partOfAPossessivesNamedUnit() {
        String text = "By then Kelso Foods had bought 60% of Marwick's Danish dairy business Tessor Dairies.";
        expect(FactType.STAKE, text, "Kelso Foods", "Tessor Dairies", "60");
        assertFalse(
                has(Facts.candidates(FactType.STAKE, text), "Kelso Foods", "Marwick", null),
                "the part is of the named business, not of its owner");
    }

    @Test
    void wouldOwnAPart() {
        expect(
                FactType.STAKE,
                "After the offer Halden Group would own 85% of Brightwater Mills.",
                "Halden Group",
                "Brightwater Mills",
                "85");
    }

    @Test
    void ownedByInAnAppositionAfterAPreposition() {
        expect(
                FactType.STAKE,
                "Analysts doubt the plans for Vellmar, a cheap Irish cider label owned by Castlebrook.",
                "Castlebrook",
                "Vellmar",
                null);
    }

    @Test
    void aShareholderWithItsSize() {
        expect(
                FactType.STAKE,
                "Lindqvist Capital became Pemberton's biggest shareholder with a 31.5% stake in May.",
                "Lindqvist Capital",
                "Pemberton",
                "31.5");
        expect(
                FactType.STAKE,
                "Orsa Partners, the largest shareholder in Marlowe Shipping Group with about 9%, wants a new board.",
                "Orsa Partners",
                "Marlowe Shipping Group",
                "9");
    }

    @Test
    void partOfACommonNounIsNoUnit() {
        String text =
                "The regulator fined Halvorsen's own units, and firms that were part of Castellan Bank at the time.";
        assertFalse(
                has(Facts.candidates(FactType.STAKE, text), "Castellan Bank", "Halvorsen", null),
                "the firms are no named company");
    }

    @Test
    void aStakeInItselfIsNoHolding() {
        String text = "Torvald Group owns Draymont. Draymont is selling only a 10% stake in itself in the listing.";
        assertFalse(
                has(Facts.candidates(FactType.STAKE, text), "Draymont", "Torvald Group", "10"),
                "a listing is no holding in another company");
    }

    @Test
    void aSourcesAsideIsNotTheHolder() {
        String text = "Orsolo Capital has lately taken a stake in Brenner Foods, Gazette News has reported, and earlier"
                + " took stakes in firms such as Talwin Mining and Petrak Steel.";
        expect(FactType.STAKE, text, "Orsolo Capital", "Talwin Mining", null);
        expect(FactType.STAKE, text, "Orsolo Capital", "Petrak Steel", null);
        assertFalse(
                has(Facts.candidates(FactType.STAKE, text), "Brenner Foods", "Talwin Mining", null),
                "the company named before the aside holds nothing");
    }

    @Test
    void aSiteOwnedIsNoCompany() {
        String text =
                "Halvorsen Mining owns the Kestrel Ridge mine in Wales. Halvorsen Mining still owns Corvane Steel Group.";
        assertFalse(
                has(Facts.candidates(FactType.STAKE, text), "Halvorsen Mining", "Kestrel Ridge", null),
                "a mine is no company");
        expect(FactType.STAKE, text, "Halvorsen Mining", "Corvane Steel Group", null);
    }

    @Test
    void sponsorshipDealsWithAList() {
        List<Candidate> found = Facts.candidates(
                FactType.PARTNERSHIP,
                "Korbel, which recently lost sponsorship deals with Alder United and Brixham Rovers, said profits rose.");
        assertTrue(pair(found, "Korbel", "Alder United") && pair(found, "Korbel", "Brixham Rovers"), found::toString);
    }

    @Test
    void customersListed() {
        List<Candidate> found = Facts.candidates(
                FactType.PARTNERSHIP,
                "Vantis Semiconductor is among the largest toolmakers and counts among its top customers Halden Electronics and Morrow Systems.");
        assertTrue(
                pair(found, "Vantis Semiconductor", "Halden Electronics")
                        && pair(found, "Vantis Semiconductor", "Morrow Systems"),
                found::toString);
    }

    @Test
    void pactWith() {
        List<Candidate> found = Facts.candidates(
                FactType.PARTNERSHIP,
                "Sorrento Corp last month signed a pact with Ellery Foundries Inc to build a plant in Spain.");
        assertTrue(pair(found, "Sorrento", "Ellery Foundries"), found::toString);
    }

    @Test
    void marketShareLevelsInAChange() {
        String text =
                "Zentro's market share for desktop chips had climbed to 18% in 2021 from a low of 7% five years earlier.";
        expect(FactType.MARKET_SHARE, text, "Zentro", null, "18");
        expect(FactType.MARKET_SHARE, text, "Zentro", null, "7");
    }

    @Test
    void percentOfAMarket() {
        expect(
                FactType.MARKET_SHARE,
                "In January, Ostbank Group said it had 6% of the country's retail banking market.",
                "Ostbank Group",
                null,
                "6");
    }

    @Test
    void halfOfAMarket() {
        expect(
                FactType.MARKET_SHARE,
                "The venture, Calder Brewing, expects to have about half of Norway's beer market after the merger.",
                "Calder Brewing",
                null,
                "50");
    }
}
