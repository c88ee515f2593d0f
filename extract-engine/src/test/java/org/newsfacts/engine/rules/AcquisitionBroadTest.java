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

/** Broad ACQUISITION candidates (invented companies and figures): buyer and target the right way round. */
class AcquisitionBroadTest {

    private static boolean has(List<Candidate> found, String subject, String object, String value) {
        return found.stream()
                .map(Candidate::fact)
                .anyMatch(f -> subject.equals(f.subject())
                        && object.equals(f.object())
                        && (value == null || f.value() != null && f.value().compareTo(new BigDecimal(value)) == 0));
    }

    private static void expect(String text, String buyer, String target, String value) {
        List<Candidate> found = Facts.candidates(FactType.ACQUISITION, text);
        assertTrue(
                has(found, buyer, target, value),
                () -> "expected " + buyer + " -> " + target + " " + value + " in '" + text + "', found "
                        + found.stream()
                                .map(Candidate::fact)
                                .map(Fact::toString)
                                .toList());
    }

    private static void none(String text, String buyer, String target) {
        List<Candidate> found = Facts.candidates(FactType.ACQUISITION, text);
        assertFalse(
                has(found, buyer, target, null),
                () -> "did not expect " + buyer + " -> " + target + " in '" + text + "'");
    }

    @Test
    void snappedUpByPronoun() {
        expect(
                "Halvard Bank grew fast after it snapped up rival lender Pennick Trust in a $4bn merger.",
                "Halvard Bank",
                "Pennick Trust",
                "4000000000");
    }

    @Test
    void relativeClauseObject() {
        expect(
                "The plant supplies Norvane Optics, which Telmaris Group bought earlier this year.",
                "Telmaris Group",
                "Norvane Optics",
                null);
    }

    @Test
    void passiveWithAnAdverb() {
        expect("Ostrava Foods was later bought by Grenfield for $900m.", "Grenfield", "Ostrava Foods", "900000000");
        none("Ostrava Foods was later bought by Grenfield for $900m.", "Ostrava Foods", "Grenfield");
    }

    @Test
    void soldItsArmToABuyer() {
        expect(
                "Brantley Financial has sold its Covell Life insurance arm to Masterton Mutual for $2bn.",
                "Masterton Mutual",
                "Covell Life",
                null);
    }

    @Test
    void completedThePurchase() {
        expect(
                "Zentrix Semiconductor said it has finalized the purchase of Ambrel Logic.",
                "Zentrix Semiconductor",
                "Ambrel Logic",
                null);
    }

    @Test
    void buyingOutMinorityHolders() {
        expect(
                "Varden Media is to spend $700m on buying out minority shareholders in Corvo Broadcasting.",
                "Varden Media",
                "Corvo Broadcasting",
                "700000000");
    }

    @Test
    void offerFromABidder() {
        expect(
                "Telvane Networks accepted a $5bn buyout from Orrick Telecom on Monday.",
                "Orrick Telecom",
                "Telvane Networks",
                null);
    }

    @Test
    void mergedIntoTheBuyer() {
        expect("Pallas will now be merged into Kestrel Breweries.", "Kestrel Breweries", "Pallas", null);
    }

    @Test
    void aPossessiveInTheDescriptor() {
        expect(
                "Corvell Systems will acquire its largest supplier Draymont for $3bn.",
                "Corvell Systems",
                "Draymont",
                "3000000000");
        expect(
                "Halsey Media bought Torvald Group's Brenning Press publishing unit for $400m.",
                "Halsey Media",
                "Brenning Press",
                "400000000");
    }

    @Test
    void soldItsResolvedArmToABuyer() {
        expect(
                "Harlow Banking Group grew last year. The group sold its Fenwick Assurance business to Pellmore Life for $700m in March.",
                "Pellmore Life",
                "Fenwick Assurance",
                "700000000");
    }

    @Test
    void itInASubordinateClauseIsTheNameBefore() {
        expect(
                "Prices rose at the plants of Ostrander Steel after it acquired Kelburn Metals for $2bn.",
                "Ostrander Steel",
                "Kelburn Metals",
                "2000000000");
    }

    @Test
    void talkIsNoDeal() {
        none(
                "Fennimore Capital is exploring a sale of Drayton Software to Quill Partners.",
                "Quill Partners",
                "Drayton Software");
        none("Sorrel Mining is considering buying Tarn Metals.", "Sorrel Mining", "Tarn Metals");
    }
}
