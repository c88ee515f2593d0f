package org.newsfacts.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.decide.DecisionModel;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.RegisterIds;

/** Invented companies, so that the test does not depend on the shipped register. */
class EntityLinkerTest {

    private static final RegisterEntry QUILL = new RegisterEntry(
            "Quillfeather Group Holding Ltd",
            List.of("Quillfeather Systems"),
            List.of(new RegisterEntry.Listing("NYSE", "QFT"), new RegisterEntry.Listing("LON", "QFL")),
            List.of("GB0001234561"),
            "777001",
            "United Kingdom");
    private static final RegisterEntry NORD_A = new RegisterEntry(
            "Nordvik Energy ASA",
            List.of(),
            List.of(new RegisterEntry.Listing("US", "NVKE")),
            List.of(),
            "777002",
            null);
    private static final RegisterEntry NORD_B = new RegisterEntry(
            "NORDVIK ENERGY CORP /DE/",
            List.of(),
            List.of(new RegisterEntry.Listing("US", "NVEC")),
            List.of(),
            "777003",
            null);
    private static final RegisterEntry BRAMBLE = new RegisterEntry(
            "Bramble Foods",
            List.of(),
            List.of(new RegisterEntry.Listing("NASDAQ", "BRMB")),
            List.of(),
            "777004",
            null);
    private static final CompanyRegister REGISTER = new CompanyRegister(List.of(QUILL, NORD_A, NORD_B, BRAMBLE));
    private static final EntityLinker LINKER = new EntityLinker(REGISTER);

    /** The organisations of {@code text}: each "[written=canonical]" span. */
    private static Map<String, RegisterEntry> link(String marked) {
        return link(LINKER, marked);
    }

    private static Map<String, RegisterEntry> link(EntityLinker linker, String marked) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf('[', i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            text.append(marked, i, open);
            int close = marked.indexOf(']', open);
            String[] parts = marked.substring(open + 1, close).split("=");
            int start = text.length();
            text.append(parts[0]);
            mentions.add(Mention.entity(
                    Mention.Kind.ORG,
                    new Span(start, text.length()),
                    parts.length > 1 ? parts[1] : parts[0],
                    parts[0]));
            i = close + 1;
        }
        return linker.link(text.toString(), mentions);
    }

    @Test
    void aNameLinksWithoutItsLegalAndGroupWords() {
        assertEquals(
                QUILL,
                link("[Quillfeather Group Holding Ltd.=Quillfeather] said on Monday.")
                        .get("Quillfeather"));
        assertEquals(QUILL, link("Shares of [Quillfeather] rose.").get("Quillfeather"));
        assertEquals(QUILL, link("[Quillfeather Systems] hired a chief.").get("Quillfeather Systems"));
    }

    @Test
    void twoCandidateEntriesLinkNothing() {
        assertTrue(link("[Nordvik Energy] raised its dividend.").isEmpty());
    }

    @Test
    void aTickerAfterTheNameSettlesIt() {
        assertEquals(
                NORD_B, link("[Nordvik Energy] (NVEC.N) raised its dividend.").get("Nordvik Energy"));
        assertEquals(
                NORD_A,
                link("[Nordvik Energy] (NYSE: NVKE) raised its dividend.").get("Nordvik Energy"));
        assertEquals(BRAMBLE, link("[Bramble] (BRMB.O) fell.").get("Bramble"));
        assertEquals(QUILL, link("[Quillfeather] (LSE:QFL) gained.").get("Quillfeather"));
    }

    @Test
    void aTickerThatContradictsTheNameOrIsUnknownLinksNothing() {
        assertTrue(
                link("[Bramble Foods] (NYSE: QFT) fell.").isEmpty(), "the name says Bramble, the ticker Quillfeather");
        assertTrue(link("[Nordvik Energy] (ZZZZ.N) fell.").isEmpty(), "an unknown ticker does not settle the name");
        assertEquals(
                QUILL,
                link("[Quillfeather] (QFT.HK) fell.").get("Quillfeather"),
                "a ticker on an exchange the register does not list leaves the name to decide");
    }

    @Test
    void aLongerNameThanTheRegisterKnowsIsAnotherCompany() {
        assertTrue(link("[Quillfeather Cloud Services] and [Quillfeather=Quillfeather Cloud Services] grew.")
                .isEmpty());
    }

    @Test
    void anAbbreviationTheArticleDefinesIsNotLookedUp() {
        assertTrue(link("Regulators fined Bramble Fund Managers ([Bramble]).").isEmpty());
    }

    @Test
    void theStandardChainCarriesTheIdentifiersOnFactsAndKeepsTheArticlesName() {
        Extractor extractor = Extractor.standard(DecisionModel.shipped(), REGISTER);
        List<Fact> facts = extractor.extract(
                "Quillfeather Group Holding Ltd. (QFT.N) said on Tuesday its revenue rose 12% "
                        + "to $3.4 billion in 2024.",
                LocalDate.of(2025, 2, 1));
        assertTrue(!facts.isEmpty(), facts.toString());
        for (Fact f : facts) {
            assertEquals("Quillfeather Group", f.subject(), "the article's name stays the subject");
            assertEquals(
                    new RegisterIds("Quillfeather Group Holding Ltd", "QFT", "NYSE", "GB0001234561", "777001"),
                    f.subjectIds());
            assertNull(f.objectIds());
        }
        assertEquals(
                Map.of("Quillfeather Group", QUILL),
                extractor
                        .run(
                                "Quillfeather Group Holding Ltd. (QFT.N) said on Tuesday its revenue rose 12% "
                                        + "to $3.4 billion in 2024.",
                                LocalDate.of(2025, 2, 1))
                        .get(Layers.LINKS));
    }

    @Test
    void aUsersFileAddsAndCorrectsEntries() {
        RegisterEntry corrected = new RegisterEntry(
                "Bramble Foods Inc",
                List.of("Bramble Kitchens"),
                List.of(new RegisterEntry.Listing("NASDAQ", "BRMB")),
                List.of(),
                "777004",
                "Canada");
        RegisterEntry added =
                new RegisterEntry("Ostrava Steelworks", List.of(), List.of(), List.of("CZ0001234567"), null, "Czechia");
        CompanyRegister extended = REGISTER.withExtra(List.of(corrected, added));
        assertEquals(5, extended.size());
        assertEquals(List.of(corrected), extended.byKey("bramble kitchens"));
        assertEquals(List.of(corrected), extended.byKey("bramble foods"));
        assertEquals(List.of(added), extended.byKey("ostrava steelworks"));
    }

    // Homonyms: signs that a name matching one entry means another company.

    private static final RegisterEntry LARKSPUR = new RegisterEntry(
            "Larkspur AB",
            List.of(),
            List.of(new RegisterEntry.Listing("STO", "LARK")),
            List.of("SE0001234561"),
            null,
            "Sweden");
    private static final RegisterEntry CORVINA = new RegisterEntry(
            "Corvina Foods SpA", List.of(), List.of(new RegisterEntry.Listing("FRA", "CVF")), List.of(), null, "Italy");
    private static final RegisterEntry QUORRA = new RegisterEntry(
            "QUORRA CORP /DE/", List.of(), List.of(new RegisterEntry.Listing("US", "QRRA")), List.of(), "777005", null);
    private static final RegisterEntry TENCENT = new RegisterEntry(
            "TENCENT HOLDINGS LTD",
            List.of(),
            List.of(new RegisterEntry.Listing("US", "TCEHY")),
            List.of(),
            "777006",
            null);
    private static final RegisterEntry RAVELIN = new RegisterEntry(
            "RAVELIN LTD", List.of(), List.of(new RegisterEntry.Listing("US", "RVLN")), List.of(), "777007", null);
    private static final EntityLinker HOMONYMS =
            new EntityLinker(new CompanyRegister(List.of(LARKSPUR, CORVINA, QUORRA, TENCENT, RAVELIN, BRAMBLE)));

    private static Map<String, RegisterEntry> linkHomonyms(String marked) {
        return link(HOMONYMS, marked);
    }

    @Test
    void aBrandOfAnotherOrganisationIsNotTheCompanyOfThatName() {
        assertEquals(
                LARKSPUR,
                linkHomonyms("[Larkspur] raised its prices in Stockholm.").get("Larkspur"));
        assertTrue(linkHomonyms("Halvard Motors is reviewing its marques Brenna and [Larkspur] after a weak year.")
                .isEmpty());
        assertTrue(
                linkHomonyms("Halvard's brands include [Larkspur] and Brenna.").isEmpty());
        assertTrue(linkHomonyms("The brewer makes the popular [Larkspur] pale ale brand. [Larkspur] sells well.")
                .isEmpty());
        assertTrue(linkHomonyms("[Larkspur], a unit of Halvard Motors, cut 300 jobs.")
                .isEmpty());
        assertTrue(linkHomonyms("[Larkspur], owned by Halvard Motors since 2011, cut 300 jobs.")
                .isEmpty());
        assertTrue(linkHomonyms("Halvard's [Larkspur] division cut 300 jobs.").isEmpty());
        assertEquals(
                LARKSPUR,
                linkHomonyms("[Larkspur]'s brands sell in 40 countries.").get("Larkspur"),
                "the company's own brands do not make it a brand");
        assertEquals(
                LARKSPUR,
                linkHomonyms("Halvard and [Larkspur] both raised prices.").get("Larkspur"),
                "a name beside another is no brand");
        assertEquals(
                LARKSPUR,
                linkHomonyms("Shoppers trust [Larkspur] and other brands less.").get("Larkspur"),
                "a brand word after a function word is not about the name");
        assertEquals(
                LARKSPUR,
                linkHomonyms("Sales of the [Larkspur] brand rose.").get("Larkspur"),
                "the company's own name as a brand");
        assertEquals(
                LARKSPUR,
                linkHomonyms("Buyers prefer the Swedish marques Brenna and [Larkspur].")
                        .get("Larkspur"),
                "marques of no one named are as often the companies");
    }

    @Test
    void anOrganisationTheArticlePlacesInAnotherCountryIsNotTheEntry() {
        assertEquals(
                CORVINA,
                linkHomonyms("[Corvina Foods], the Italian biscuit maker, said sales rose.")
                        .get("Corvina Foods"));
        assertEquals(
                CORVINA,
                linkHomonyms("Italy's [Corvina Foods] said sales rose.").get("Corvina Foods"));
        assertEquals(
                CORVINA,
                linkHomonyms("Milan-based [Corvina Foods] said sales rose.").get("Corvina Foods"));
        assertTrue(linkHomonyms("Brazil's [Corvina Foods] said sales rose.").isEmpty());
        assertTrue(linkHomonyms("Brazilian meat and poultry producer [Corvina Foods] said sales rose.")
                .isEmpty());
        assertTrue(linkHomonyms("[Corvina Foods], a leading Mexican snack maker, said sales rose.")
                .isEmpty());
        assertEquals(
                CORVINA,
                linkHomonyms(
                                "Exports to Brazil and [Corvina Foods] grew; Brazilian buyers of [Corvina Foods] paid more.")
                        .get("Corvina Foods"),
                "a place that does not describe the name places nothing");
        assertEquals(
                CORVINA,
                linkHomonyms("European food group [Corvina Foods] said sales rose.")
                        .get("Corvina Foods"),
                "a region is no country");
        assertEquals(
                CORVINA,
                linkHomonyms("A Brazilian judge fined [Corvina Foods] on Monday.")
                        .get("Corvina Foods"),
                "words that do not end in a company noun do not describe the name");
        assertEquals(
                CORVINA,
                linkHomonyms("Anglo-Brazilian food group [Corvina Foods] said sales rose.")
                        .get("Corvina Foods"),
                "the second half of a compound places nothing");
        assertEquals(
                BRAMBLE,
                linkHomonyms("Indian grocer [Bramble Foods] said sales rose.").get("Bramble Foods"),
                "an entry of no known country is not compared");
    }

    @Test
    void aBareWordLinksToARegistrantOfNoKnownCountryOnlyWithMoreEvidence() {
        assertTrue(linkHomonyms("[Quorra] said on Monday it would cut prices.").isEmpty());
        assertEquals(
                QUORRA,
                linkHomonyms("[Quorra Corp=Quorra] said on Monday it would cut prices. [Quorra] is based in Ohio.")
                        .get("Quorra"),
                "a written legal word is evidence");
        assertEquals(
                QUORRA,
                linkHomonyms("[Quorra] (QRRA.N) said it would cut prices.").get("Quorra"),
                "so is a ticker");
        assertEquals(
                TENCENT,
                linkHomonyms("[Tencent] said it would cut prices.").get("Tencent"),
                "a well-known company of the engine's gazetteer is evidence");
        assertEquals(
                LARKSPUR,
                linkHomonyms("[Larkspur] said it would cut prices.").get("Larkspur"),
                "an index company (a known country) needs none");
    }

    @Test
    void aBareWordOfAForeignIssuerLinksWhenTheArticlePlacesItAbroad() {
        assertEquals(
                RAVELIN,
                linkHomonyms("[Ravelin], the Indian tyre maker, opened a plant.")
                        .get("Ravelin"));
        assertTrue(linkHomonyms("[Ravelin] opened a plant.").isEmpty(), "placed nowhere");
        assertTrue(linkHomonyms("US tyre maker [Ravelin] opened a plant.").isEmpty(), "placed in the US");
        assertTrue(
                linkHomonyms("Canadian tyre maker [Quorra] opened a plant.").isEmpty(),
                "a registrant named with a US legal word (Corp) is not corroborated by a place");
    }
}
