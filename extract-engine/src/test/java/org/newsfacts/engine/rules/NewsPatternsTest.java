package org.newsfacts.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Quotes, wire text, deals and holdings on sentences written for these tests. */
class NewsPatternsTest {

    @Test
    void aQuoteIsTheNamedPersonsOrOrganisationsAndNeverAScareQuote() {
        assertEquals(
                "Maria Olsen",
                Facts.one(
                                FactType.QUOTE,
                                "“Demand held up well in every region,” said Pellworth chief executive Maria Olsen.")
                        .subject());
        Fact company =
                Facts.one(FactType.QUOTE, "Pellworth said in a statement: “We expect another year of steady growth.”");
        assertEquals("Pellworth", company.subject());
        assertEquals(EntityType.ORGANIZATION, company.subjectType());
        assertEquals(
                "Tom Reyes",
                Facts.one(
                                FactType.QUOTE,
                                "Tom Reyes, an analyst at Harcourt Securities, said: “The numbers look solid to me.”")
                        .subject());
        assertTrue(Facts.of(FactType.QUOTE, "Pellworth described the plan as “ambitious” on Monday, a spokesman said.")
                .isEmpty());
        assertTrue(Facts.of(FactType.QUOTE, "“This market will turn soon enough,” a spokesman said.")
                .isEmpty());
    }

    @Test
    void wireTickersDatelinesBylinesAndCreditsAreNotNamesOrFacts() {
        List<Fact> facts =
                Facts.of("By Anna Kowal\n\nSEATTLE, Mar 3 (Reuters) - Tollbridge Corp TLBR.O said on Thursday its "
                        + "quarterly revenue rose 5% to $2.1 bln.\n\n(Reporting by Anna Kowal; Editing by Sam Ortiz)");
        assertTrue(facts.stream().allMatch(f -> "Tollbridge".equals(f.subject())), facts.toString());
        assertEquals(2, facts.size(), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.value() != null && f.value().doubleValue() == 2.1e9));
    }

    @Test
    void takeoverBattlesBidsAndPronounAcquirers() {
        Fact bid = Facts.one(
                FactType.ACQUISITION, "Corvane made a formal offer for cable operator Lindmark worth $4.2bn.");
        assertEquals("Lindmark", bid.object());
        assertEquals(4.2e9, bid.value().doubleValue());
        Fact it = Facts.one(FactType.ACQUISITION, "Corvane grew fast, and in 2002 it acquired Brisco Media.");
        assertEquals("Corvane", it.subject());
        assertTrue(Facts.of(FactType.ACQUISITION, "Corvane is considering a bid for Lindmark.")
                .isEmpty());
        assertTrue(Facts.of(
                        FactType.ACQUISITION,
                        "Corvane ended a pact that could have forced Lindmark to buy the Dutch firm within five years.")
                .isEmpty());
    }

    @Test
    void unitsSubsidiariesAndMajorityOwnership() {
        Fact unit = Facts.one(FactType.STAKE, "Fenwick Bank, a unit of Aldgate Holdings, said lending rose.");
        assertEquals("Aldgate", unit.subject());
        assertEquals("Fenwick Bank", unit.object());
        Fact majority = Facts.one(FactType.STAKE, "Rosslyn Air, majority-owned by Tarrant Group, added routes.");
        assertEquals(Approx.MORE_THAN, majority.approx());
        assertEquals(50, majority.value().intValue());
    }

    @Test
    void aListenerIsNoSpeaker() {
        assertTrue(Facts.of(
                        FactType.QUOTE,
                        "A broker who declined to be named told Reuters the figures were “a mixed picture at best”.")
                .isEmpty());
    }

    @Test
    void examplesBidsByAndPassiveDealsWithDescriptors() {
        List<Fact> examples = Facts.of(
                FactType.ACQUISITION,
                "Over the decade Tarrant bought companies including Bellmead and Carver Holdings.");
        assertEquals(
                List.of("Bellmead", "Carver"),
                examples.stream().map(Fact::object).toList());
        Fact by = Facts.one(FactType.ACQUISITION, "Carrow's board backed a £1.2bn takeover by Holmwood on Monday.");
        assertEquals("Holmwood", by.subject());
        assertEquals("Carrow", by.object());
        assertEquals(
                "Ostra",
                Facts.one(FactType.ACQUISITION, "Belford bought Brazilian winemaker Ostra in 2001.")
                        .object());
        assertEquals(
                "Pellam",
                Facts.one(FactType.ACQUISITION, "Dorne is being bought by former partner Pellam for $9bn.")
                        .subject());
        assertTrue(Facts.of(FactType.ACQUISITION, "Belford bought shares in Ostra.")
                .isEmpty());
    }

    @Test
    void partsBoughtOrSoldOwnersAndNamedUnits() {
        Fact part = Facts.one(FactType.STAKE, "Stratton agreed to buy 27.5% of Norway's Fjord Beer for 900m kroner.");
        assertEquals("Fjord Beer", part.object());
        assertEquals(27.5, part.value().doubleValue());
        Fact person = Facts.one(FactType.STAKE, "Lakeside is majority owned by the businessman Ian Pike.");
        assertEquals("Ian Pike", person.subject());
        assertEquals(
                "Corven",
                Facts.one(FactType.STAKE, "Harrow Airlines' parent Corven cut fares again.")
                        .subject());
        List<Fact> owner =
                Facts.of(FactType.STAKE, "Dunmore - owner of Glen Stores and Pike Stores - opened 12 shops.");
        assertEquals(
                List.of("Glen Stores", "Pike Stores"),
                owner.stream().map(Fact::object).toList());
    }

    @Test
    void aShortFormInBracketsIsTheNamedCompany() {
        List<Fact> f = Facts.of("Ashford said it would buy Korea Mutual Bank (KMB) for $3bn. KMB shares rose 4%.");
        assertTrue(
                f.stream().anyMatch(x -> x.type() == FactType.STOCK_MOVE && "Korea Mutual Bank".equals(x.subject())),
                f.toString());
    }

    @Test
    void customersSuppliersAndBuyersFromASupplierArePartnerships() {
        List<Fact> counts = Facts.of(
                FactType.PARTNERSHIP,
                "Vantrex counts Harbor Bank (HB) and Alder Motors ALD.N among its customers, it said.");
        assertEquals(
                List.of("Harbor Bank", "Alder Motors"),
                counts.stream().map(Fact::object).toList());
        List<Fact> supplies = Facts.of(
                FactType.PARTNERSHIP,
                "Ormond sells payroll software to retailers and banks, including "
                        + "Pellow Inc PLW.O and Carden Systems.");
        assertEquals(
                List.of("Pellow", "Carden Systems"),
                supplies.stream().map(Fact::object).toList());
        assertEquals(
                "Aerion",
                Facts.one(FactType.PARTNERSHIP, "Skylark Airlines ordered 40 turboprops from Aerion last week.")
                        .object());
        assertTrue(Facts.of(FactType.PARTNERSHIP, "Rookwood bought a stake from Finchley Holdings.")
                .isEmpty());
    }

    @Test
    void twoTitlesAReplacementAndAnAppointment() {
        List<Fact> two =
                Facts.of(FactType.ROLE, "Harlow Stores' chairman and chief executive Dan Kerr opened the meeting.");
        assertEquals(
                List.of("CEO", "CHAIRMAN"),
                two.stream().map(Fact::role).sorted().toList());
        List<Fact> replaced =
                Facts.of(FactType.ROLE, "Ann Lee will succeed Bob Hart as chief executive of Fenwick Motors in May.");
        assertEquals(
                List.of("Ann Lee", "Bob Hart"),
                replaced.stream().map(Fact::subject).toList());
        assertEquals(
                "CFO",
                Facts.one(FactType.ROLE, "Tim Ross was named finance director of Fenwick Motors.")
                        .role());
        assertEquals(
                "Dalton Capital",
                Facts.one(FactType.ROLE, "“It will work out,” said Ravi Jain, a fund manager with Dalton Capital.")
                        .object());
    }

    @Test
    void aQuotationGoingOnInTheNextSentenceKeepsItsSpeaker() {
        List<Fact> f = Facts.of(
                FactType.QUOTE,
                "“Results were solid,” said Nick Hale, an analyst at Barrow Securities. "
                        + "“A profit near £300m looks achievable this year.” Shares rose.");
        assertEquals(
                List.of("Nick Hale", "Nick Hale"), f.stream().map(Fact::subject).toList());
        assertEquals(
                "Michael Dell",
                Facts.one(FactType.QUOTE, "“Our company gained momentum,” said chairman Michael Dell.")
                        .subject());
    }

    @Test
    void aPlaceAfterAPrepositionIsNoSpeakerAndHyphenatedFirstNamesMakePeople() {
        assertEquals(
                "Paula Grey",
                Facts.one(
                                FactType.QUOTE,
                                "Minister Paula Grey on Facebook called the plan “a big step for our farmers”.")
                        .subject());
        assertEquals(
                "Jean-Marc Lund",
                Facts.one(
                                FactType.QUOTE,
                                "Chief executive Jean-Marc Lund spoke. Mr Lund said demand was “holding up in every market”.")
                        .subject());
    }

    @Test
    void aSentenceThatOpensWithACompanyMakesItTheTopicOfItsParagraph() {
        List<Fact> f = Facts.of(
                FactType.METRIC_CHANGE,
                "Brewers Harrowgate and Tarnby reported results.\n\nHarrowgate's profit fell 5%. "
                        + "Tarnby fared better. Norwegian shipper Tarnby posted a 7% drop in profits. Still, overall revenue grew 2%.");
        assertEquals("Tarnby", f.get(f.size() - 1).subject(), f.toString());
    }

    @Test
    void listingsBondsAndPlacingsAreFundingAndAnExchangeRaisesNothing() {
        List<Fact> bonds = Facts.of(
                FactType.FUNDING,
                "Halcyon Inc HLC.O and Moravia Corp MRV.O sold bonds on Tuesday, "
                        + "raising $2.5 billion and $3 billion, respectively.");
        assertEquals(
                List.of("Halcyon:BOND_ISSUE", "Moravia:BOND_ISSUE"),
                bonds.stream().map(f -> f.subject() + ":" + f.metric()).toList());
        assertEquals(
                "IPO",
                Facts.one(FactType.FUNDING, "Draycott sets its IPO price and aims to raise $640 mln in the listing.")
                        .metric());
        assertEquals(
                "Northbank",
                Facts.one(FactType.FUNDING, "Northbank raised £1bn through a share placing.")
                        .subject());
        assertTrue(Facts.of(FactType.FUNDING, "Draycott listed on the Nasdaq, raising $640 mln in its IPO.").stream()
                .noneMatch(f -> "Nasdaq".equals(f.subject())));
    }

    @Test
    void plansAndPlacesAreNoCompaniesAndASharePriceIsSmall() {
        List<Fact> f = Facts.of(
                "Under its three-year Bright Path turnaround plan, Ormsby cut debt. Oslo-based Ormsby's shares rose 5%. "
                        + "Its stock rose 4%, valuing the company at $11 billion.");
        assertTrue(
                f.stream().noneMatch(x -> "Bright Path".equals(x.subject()) || "Oslo".equals(x.subject())),
                f.toString());
        assertTrue(f.stream().noneMatch(x -> "SHARE_PRICE".equals(x.metric())), f.toString());
        assertEquals(
                "SPEAKER",
                Facts.one(FactType.ROLE, "Assembly Speaker Ana Ruiz spoke on Thursday.")
                        .role());
    }

    @Test
    void aPossessiveStakeIsItsOwnersAndADemonymIsNoParentCompany() {
        Fact halved = Facts.one(FactType.STAKE, "Corvane issued new shares, cutting Lindmark's stake to 12%.");
        assertEquals("Lindmark", halved.subject());
        assertEquals("Corvane", halved.object());
        List<Fact> unit = Facts.of(FactType.STAKE, "Harbin Media's French Vendora unit posted a loss.");
        assertEquals(List.of("Vendora"), unit.stream().map(Fact::object).toList());
        assertEquals(
                "Swedish Securities",
                Facts.one(FactType.ACQUISITION, "Swedish Securities agreed to buy Tolland Group.")
                        .subject());
    }

    @Test
    void aFormerTitleIsBiographyNotARole() {
        List<Fact> f = Facts.of(
                FactType.ROLE,
                "Former Harmon boss Ted Vale is on trial. He was hired by former Harmon chief executive Lou Park. "
                        + "Harmon chief executive Ann Lee spoke.");
        assertEquals(List.of("Ann Lee"), f.stream().map(Fact::subject).toList());
    }

    @Test
    void holdingsNamedInPassing() {
        assertEquals(
                "Brenmoor>Kestrel", pair(Facts.one(FactType.STAKE, "Then Brenmoor unit Kestrel priced its listing.")));
        assertEquals(
                "Brenmoor>Kestrel",
                pair(Facts.one(FactType.STAKE, "Then Brenmoor said its Kestrel payment service had a strong year.")));
        assertEquals(
                List.of("Brenmoor>Kestrel", "Brenmoor>Ottery"),
                Facts.of(FactType.STAKE, "Brenmoor's best-known brands are Kestrel and Ottery.").stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertEquals(
                "Brenmoor>Kestrel",
                pair(Facts.one(
                        FactType.STAKE, "Record traffic at carrier Kestrel lifted earnings at owner Brenmoor.")));
        Fact majority =
                Facts.one(FactType.STAKE, "Talks with Kestrel, in which Brenmoor holds a majority stake, broke down.");
        assertEquals("Brenmoor>Kestrel", pair(majority));
        assertEquals(Approx.MORE_THAN, majority.approx());
        assertEquals(
                "Brenmoor>Kestrel",
                pair(Facts.one(FactType.STAKE, "Then the Brenmoor majority-owned Kestrel opened two plants.")));
    }

    private static String pair(Fact f) {
        return f.subject() + ">" + f.object();
    }

    @Test
    void dealsWithAppositiveTargetsListsAndAnObjectPronoun() {
        assertEquals(
                "Corvane>Lindmark",
                pair(Facts.one(
                        FactType.ACQUISITION,
                        "In 2001 Corvane acquired Norway's biggest ferry operator - Lindmark Holdings.")));
        assertEquals(
                "Corvane>Grey Harbour",
                pair(Facts.one(FactType.ACQUISITION, "In March Corvane bought Canadian rival Grey Harbour.")));
        Fact it = Facts.one(
                FactType.ACQUISITION,
                "Lindmark grew fast in the 1990s until Corvane bought it for $6.1 billion in 2006.");
        assertEquals("Corvane>Lindmark", pair(it));
        assertEquals(6.1e9, it.value().doubleValue());
        assertEquals(
                List.of("Corvane>Brisco Tiles", "Corvane>Ortley Mills"),
                Facts.of(
                                FactType.ACQUISITION,
                                "Corvane grew. It plans to buy Brisco Tiles (BT) and Ortley Mills, a Corvane statement said.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertEquals(
                "Quarry Stores>May Street Stores",
                pair(Facts.one(FactType.ACQUISITION, "Then Quarry Stores said it had acquired May Street Stores.")));
    }

    @Test
    void investmentsInjectedByNamedInvestorsAndNotTalkOrFundSizes() {
        Fact injected = Facts.one(
                FactType.INVESTMENT,
                "Then Corvane injected $2 billion into Lindmark when it took control of the company.");
        assertEquals("Corvane>Lindmark", pair(injected));
        assertEquals(
                "Corvane Marine",
                Facts.one(FactType.INVESTMENT, "Chipmaker Corvane Marine will spend $9 billion on new plants.")
                        .subject());
        assertTrue(Facts.of(FactType.INVESTMENT, "The region drew a $40 billion investment by foreign funds last year.")
                .isEmpty());
        assertTrue(Facts.of(FactType.INVESTMENT, "Corvane could make a $3 billion investment in Lindmark.")
                .isEmpty());
        assertTrue(Facts.of(
                        FactType.INVESTMENT,
                        "Harwick Capital, which invests $25 billion for pension funds, sold its bonds.")
                .isEmpty());
        assertTrue(Facts.of(FactType.INVESTMENT, "Corvane stops investing in Lindmark after losses")
                .isEmpty());
    }

    @Test
    void theSpeakerOfAQuoteBeforeAnAttributionThatNamesNobody() {
        assertEquals(
                "Maria Olsen",
                Facts.one(
                                FactType.QUOTE,
                                "Pellworth chief executive Maria Olsen conceded that demand had been “softer than we had planned for”, "
                                        + "but said margins would hold.")
                        .subject());
        assertEquals(
                "Pellworth",
                Facts.one(
                                FactType.QUOTE,
                                "Pellworth would not discuss the talks but said in a note that Olsen will present "
                                        + "“a new plan for the next five years” in June.")
                        .subject());
    }

    @Test
    void theFirstWordOfACompanysNameStandsForIt() {
        Fact role = Facts.one(
                FactType.ROLE, "Then Rowan Department Stores agreed a deal. Rowan's chairman Gil Abbot welcomed it.");
        assertEquals("Rowan Department Stores", role.object());
    }

    @Test
    void stockMovesCausedLostInPartOrAfterARelativeClause() {
        Fact boosted = Facts.one(FactType.STOCK_MOVE, "Bid talk lifted Lindmark's shares by 7% in Oslo.");
        assertEquals("Lindmark", boosted.subject());
        assertEquals(Direction.UP, boosted.direction());
        Fact lost = Facts.one(
                FactType.STOCK_MOVE,
                "Then Lindmark listed in May and its shares have lost about a third of their value.");
        assertEquals(33, lost.value().intValue());
        assertEquals(Approx.ABOUT, lost.approx());
        assertEquals(Direction.DOWN, lost.direction());
        assertEquals(
                "Lindmark",
                Facts.one(
                                FactType.STOCK_MOVE,
                                "Then Lindmark cut prices. Shares of the Leeds, England-based company, which opened ten "
                                        + "new branches, slid 4% in London.")
                        .subject());
    }

    @Test
    void stakesWithFractionsDescriptorsAppositivesAndTheParentsUnit() {
        List<Fact> fifth = Facts.of(
                FactType.STAKE,
                "Then Ostrava Capital, the lending arm of Brno Holdings, holds a one-third stake in Kestrel.");
        assertEquals(
                List.of("Brno>Ostrava Capital", "Ostrava Capital>Kestrel"),
                fifth.stream().map(NewsPatternsTest::pair).toList());
        assertEquals(33, fifth.get(1).value().intValue());
        Fact sold = Facts.one(
                FactType.STAKE,
                "Brenmoor will pay for the purchase by selling an 11% stake in software group Kestrel.");
        assertEquals("Brenmoor>Kestrel", pair(sold));
        assertEquals(11, sold.value().intValue());
        assertTrue(Facts.of(
                        FactType.STAKE,
                        "Then Kestrel opened a plant in Spain, where the Brenmoor Corp BRN.O unit employs 900 people.")
                .stream()
                .anyMatch(f -> pair(f).equals("Brenmoor>Kestrel")));
    }

    @Test
    void dealsInExampleListsAndReducedPassives() {
        assertEquals(
                List.of("Corvane>Lindmark", "Corvane>Brisco"),
                Facts.of(
                                FactType.ACQUISITION,
                                "Then Corvane has bought two other companies including Danish design firm Lindmark and Ghent-based Brisco.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertEquals(
                "Corvane>Lindmark",
                pair(Facts.one(
                        FactType.ACQUISITION,
                        "Sales include the equipment business Lindmark, acquired by Corvane on May 3.")));
        Fact paragraph = Facts.one(
                FactType.ACQUISITION,
                "Then Lindmark shut down.\n\nBrisco Global BRSC.Olisted its shares this week.\n\n"
                        + "The company, which was bought by Corvane Corp CRVN.O in 2009 for $900 million, has grown since.");
        assertEquals("Corvane>Brisco Global", pair(paragraph));
        assertEquals(9e8, paragraph.value().doubleValue());
    }

    @Test
    void jointValuedAndNotABillsInvestment() {
        assertEquals(
                List.of("Lindmark Capital>new dams in Chile", "Corvane>new dams in Chile"),
                Facts.of(
                                FactType.INVESTMENT,
                                "Then Corvane Corp CRV.O and Lindmark Capital LMC.TO will jointly spend $12 billion on new dams in Chile.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        Fact valued =
                Facts.one(FactType.INVESTMENT, "Then Corvane's first investment in Lindmark was worth $900 million.");
        assertEquals("Corvane>Lindmark", pair(valued));
        assertEquals(9e8, valued.value().doubleValue());
        assertTrue(Facts.of(
                        FactType.INVESTMENT,
                        "It came after Mayor Quint signed the Roads and Rail bill that funded $9 billion of repairs.")
                .isEmpty());
    }

    @Test
    void aSubjectWithItsTickerBeforeAnAppositive() {
        assertEquals(
                "Kestrel",
                Facts.one(
                                FactType.FUNDING,
                                "Kestrel Inc KST.O, the drone unit of Brenmoor Corp BRN.O, raised $400 million in an initial public offering.")
                        .subject());
    }

    @Test
    void aNamedBuyerOfSeveralCompanies() {
        assertEquals(
                List.of("Corvane>Brisco Tiles", "Corvane>Ortley Mills", "Corvane>Penn Stone"),
                Facts.of(
                                FactType.ACQUISITION,
                                "Then Corvane plans to buy Brisco Tiles (BT), Ortley Mills and Penn Stone, a statement said.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
    }

    @Test
    void aCompanyAfterTheVerbSpeaksOnlyWhenItEndsTheAttribution() {
        assertTrue(
                Facts.of(FactType.QUOTE, "“The outlook for spring is brighter than it was,” said a Pellworth official.")
                        .isEmpty());
        assertTrue(Facts.of(FactType.QUOTE, "“Prices will not rise this year at all,” said the Pellworth spokesman.")
                .isEmpty());
        assertTrue(
                Facts.of(FactType.QUOTE, "He said the firm will gain from “better designs and much better technology”.")
                        .isEmpty());
        assertEquals(
                "Ada Brill",
                Facts.one(
                                FactType.QUOTE,
                                "“We are not seeing the market collapse at all,” said Pellworth economist Ada Brill.")
                        .subject());
        assertEquals(
                "Pellworth",
                Facts.one(
                                FactType.QUOTE,
                                "“We are not seeing the market collapse at all,” said Pellworth in a statement.")
                        .subject());
    }

    @Test
    void rolesInRelativeClausesAndACompanysLowerCasePresident() {
        Fact who =
                Facts.one(FactType.ROLE, "Then Gil Abbot, who remains chief executive of Corvane, backed the offer.");
        assertEquals("Corvane", who.object());
        assertEquals("CEO", who.role());
        assertEquals(
                "Lindmark",
                Facts.one(FactType.ROLE, "Then Corvane grew, said Ada Brill, chairman of messaging firm Lindmark.")
                        .object());
        assertEquals(
                "Lindmark",
                Facts.one(FactType.ROLE, "Then Ada Brill, the chairman of Spain's biggest bank, Lindmark, spoke.")
                        .object());
        assertEquals(
                null,
                Facts.one(
                                FactType.ROLE,
                                "Then Corvane grew. It was hit, said Ada Brill, president of Brill's Retail Advisers.")
                        .object());
    }

    @Test
    void jointVenturesAndPurchasesFromASupplierAfterAnAppositive() {
        assertEquals(
                List.of("Corvane>Lindmark"),
                Facts.of(
                                FactType.PARTNERSHIP,
                                "Then Corvane set up a drone joint venture called Brisco with Lindmark LMK.N.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertEquals(
                List.of("Corvane>Brisco", "Lindmark>Brisco"),
                Facts.of(FactType.STAKE, "Then Corvane set up a drone joint venture called Brisco with Lindmark LMK.N.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertEquals(
                List.of("Brisco Air>Lindmark"),
                Facts.of(
                                FactType.PARTNERSHIP,
                                "Meanwhile, Corvane's regional airline, Brisco Air, will order 12 jets from Lindmark.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
    }

    @Test
    void dealsSoldToBeatenToControlAndSharesBought() {
        List<Fact> deals = Facts.of(
                FactType.ACQUISITION,
                "Lindmark changed hands often. Buyout group Harwick Capital bought Lindmark in 2009. "
                        + "It sold the company to Corvane Group CRV.N in 2014 for about $2.2 billion, filings show.");
        assertEquals(
                List.of("Harwick Capital>Lindmark", "Corvane Group>Lindmark"),
                deals.stream().map(NewsPatternsTest::pair).toList());
        Fact sold = deals.get(1);
        assertEquals(2.2e9, sold.value().doubleValue());
        assertEquals(
                List.of("Corvane>Lindmark"),
                Facts.of(FactType.ACQUISITION, "It came a year after Corvane beat Harwick Bank to buy Lindmark.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertTrue(Facts.of(
                        FactType.ACQUISITION, "Then Corvane also bought Lindmark shares from Harwick for $300 million.")
                .isEmpty());
        assertEquals(
                "Corvane>Lindmark",
                pair(
                        Facts.one(
                                FactType.ACQUISITION,
                                "Lindmark grew with Corvane. Corvane injected $700 million into Lindmark when it took control of the company in 2015.")));
        assertEquals(
                List.of("Corvane>Brisco Media", "Corvane>Ortley Press"),
                Facts.of(
                                FactType.ACQUISITION,
                                "Then Corvane has in the past bought firms such as Brisco Media and Ortley Press.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
    }

    @Test
    void investorsThatBoughtSharesTookPartOrBackedACompany() {
        Fact shares = Facts.one(
                FactType.INVESTMENT, "Then Corvane also bought Lindmark shares from Harwick for $300 million.");
        assertEquals("Corvane>Lindmark", pair(shares));
        assertEquals(3e8, shares.value().doubleValue());
        assertEquals(
                List.of("Harwick Capital>Lindmark", "Ada Brill>Lindmark", "Ostmark Funds>Lindmark"),
                Facts.of(
                                FactType.INVESTMENT,
                                "Lindmark listed in June with Lindmark shares. Harwick Capital participated in a share sale alongside Ada Brill and Ostmark Funds, filings show.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
        assertEquals(
                List.of("Corvane>Brisco", "Harwick>Brisco"),
                Facts.of(
                                FactType.INVESTMENT,
                                "Then Lindmark ended talks with Brisco, at a time when the Dutch firm was funded by Corvane and Harwick.")
                        .stream()
                        .map(NewsPatternsTest::pair)
                        .toList());
    }

    @Test
    void aBuyerNamedWithItsShortFormBuysAPart() {
        Fact part = Facts.one(
                FactType.STAKE, "Europe's oldest baker, Harrow and Dunmore (H&D), is to buy 42.5% of Spain's Ostmark.");
        assertEquals("Harrow and Dunmore>Ostmark", pair(part));
        assertEquals(42.5, part.value().doubleValue());
    }

    @Test
    void holdingsInWireStyleAppositivesAndFilings() {
        assertEquals(
                "Brenmoor>Kestrel",
                pair(Facts.one(FactType.STAKE, "Its rivals are Brenmoor Inc's BRN.O Kestrel, Ottery and others.")));
        assertEquals(
                "Brenmoor>Kestrel Air",
                pair(Facts.one(
                        FactType.STAKE, "Meanwhile, Brenmoor's regional airline, Kestrel Air, is to buy jets.")));
        List<Fact> filing = Facts.of(
                FactType.STAKE,
                "Kestrel Health shares fell again. Harwick Capital rose too. Later Kestrel Health dipped. "
                        + "The Boston-based firm said in a securities filing on Friday that it owns 7.2% of the Austin-based company.");
        assertEquals(
                List.of("Harwick Capital>Kestrel Health"),
                filing.stream().map(NewsPatternsTest::pair).toList());
        assertEquals(7.2, filing.get(0).value().doubleValue());
    }

    @Test
    void aRelativeClausesCompanyIsNoSubjectAndAnAffiliatesPartIsItsOwn() {
        assertEquals(
                List.of("Corvane", "Corvane"),
                Facts.of(
                                FactType.FINANCIAL_METRIC,
                                "In July, Corvane, which is listed on the Brisco Exchange, reported an annual turnover of £8.9bn, down from £9.3bn a year earlier.")
                        .stream()
                        .map(Fact::subject)
                        .toList());
        assertTrue(
                Facts.of(FactType.STAKE, "Then Corvane also acquired 67.7% of Lindmark's US affiliate Ostmark Labs.")
                        .stream()
                        .anyMatch(f -> pair(f).equals("Corvane>Ostmark Labs")
                                && f.value().doubleValue() == 67.7));
    }
}
