package org.newsfacts.engine.rules;

import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Facts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes, wire text, deals and holdings on sentences written for these tests. */
class NewsPatternsTest {

    @Test
    void aQuoteIsTheNamedPersonsOrOrganisationsAndNeverAScareQuote() {
        assertEquals("Maria Olsen", Facts.one("QUOTE", "“Demand held up well in every region,” said Pellworth chief executive Maria Olsen.").subject());
        Fact company = Facts.one("QUOTE", "Pellworth said in a statement: “We expect another year of steady growth.”");
        assertEquals("Pellworth", company.subject());
        assertEquals("ORGANIZATION", company.subjectType());
        assertEquals("Tom Reyes", Facts.one("QUOTE", "Tom Reyes, an analyst at Harcourt Securities, said: “The numbers look solid to me.”").subject());
        assertTrue(Facts.of("QUOTE", "Pellworth described the plan as “ambitious” on Monday, a spokesman said.").isEmpty());
        assertTrue(Facts.of("QUOTE", "“This market will turn soon enough,” a spokesman said.").isEmpty());
    }

    @Test
    void wireTickersDatelinesBylinesAndCreditsAreNotNamesOrFacts() {
        List<Fact> facts = Facts.of("By Anna Kowal\n\nSEATTLE, Mar 3 (Reuters) - Tollbridge Corp TLBR.O said on Thursday its "
                + "quarterly revenue rose 5% to $2.1 bln.\n\n(Reporting by Anna Kowal; Editing by Sam Ortiz)");
        assertTrue(facts.stream().allMatch(f -> "Tollbridge".equals(f.subject())), facts.toString());
        assertEquals(2, facts.size(), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.value() != null && f.value().doubleValue() == 2.1e9));
    }

    @Test
    void takeoverBattlesBidsAndPronounAcquirers() {
        Fact bid = Facts.one("ACQUISITION", "Corvane made a formal offer for cable operator Lindmark worth $4.2bn.");
        assertEquals("Lindmark", bid.object());
        assertEquals(4.2e9, bid.value().doubleValue());
        Fact it = Facts.one("ACQUISITION", "Corvane grew fast, and in 2002 it acquired Brisco Media.");
        assertEquals("Corvane", it.subject());
        assertTrue(Facts.of("ACQUISITION", "Corvane is considering a bid for Lindmark.").isEmpty());
        assertTrue(Facts.of("ACQUISITION", "Corvane ended a pact that could have obliged Lindmark to buy the Dutch firm outright.").isEmpty());
    }

    @Test
    void unitsSubsidiariesAndMajorityOwnership() {
        Fact unit = Facts.one("STAKE", "Fenwick Bank, a unit of Aldgate Holdings, said lending rose.");
        assertEquals("Aldgate", unit.subject());
        assertEquals("Fenwick Bank", unit.object());
        Fact majority = Facts.one("STAKE", "Rosslyn Air, majority-owned by Tarrant Group, added routes.");
        assertEquals("MORE_THAN", majority.approx());
        assertEquals(50, majority.value().intValue());
    }

    @Test
    void aListenerIsNoSpeaker() {
        assertTrue(Facts.of("QUOTE", "A broker who declined to be named told Reuters the figures were “a mixed picture at best”.").isEmpty());
    }

    @Test
    void examplesBidsByAndPassiveDealsWithDescriptors() {
        List<Fact> examples = Facts.of("ACQUISITION", "Over the decade Tarrant bought companies including Bellmead and Carver Holdings.");
        assertEquals(List.of("Bellmead", "Carver"), examples.stream().map(Fact::object).toList());
        Fact by = Facts.one("ACQUISITION", "Carrow's board backed a £1.2bn takeover by Holmwood on Monday.");
        assertEquals("Holmwood", by.subject());
        assertEquals("Carrow", by.object());
        assertEquals("Ostra", Facts.one("ACQUISITION", "Belford bought Brazilian winemaker Ostra in 2001.").object());
        assertEquals("Pellam", Facts.one("ACQUISITION", "Dorne is being bought by former partner Pellam for $9bn.").subject());
        assertTrue(Facts.of("ACQUISITION", "Belford bought shares in Ostra.").isEmpty());
    }

    @Test
    void partsBoughtOrSoldOwnersAndNamedUnits() {
        Fact part = Facts.one("STAKE", "Stratton agreed to buy 27.5% of Norway's Fjord Beer for 900m kroner.");
        assertEquals("Fjord Beer", part.object());
        assertEquals(27.5, part.value().doubleValue());
        Fact person = Facts.one("STAKE", "Lakeside is majority owned by the businessman Ian Pike.");
        assertEquals("Ian Pike", person.subject());
        assertEquals("Corven", Facts.one("STAKE", "Harrow Airlines' parent Corven cut fares again.").subject());
        List<Fact> owner = Facts.of("STAKE", "Dunmore - owner of Glen Stores and Pike Stores - opened 12 shops.");
        assertEquals(List.of("Glen Stores", "Pike Stores"), owner.stream().map(Fact::object).toList());
    }

    @Test
    void aShortFormInBracketsIsTheNamedCompany() {
        List<Fact> f = Facts.of("Ashford said it would buy Korea Mutual Bank (KMB) for $3bn. KMB shares rose 4%.");
        assertTrue(f.stream().anyMatch(x -> x.type().equals("STOCK_MOVE") && "Korea Mutual Bank".equals(x.subject())), f.toString());
    }

    @Test
    void customersSuppliersAndBuyersFromASupplierArePartnerships() {
        List<Fact> counts = Facts.of("PARTNERSHIP", "Vantrex counts Harbor Bank (HB) and Alder Motors ALD.N among its customers, it said.");
        assertEquals(List.of("Harbor Bank", "Alder Motors"), counts.stream().map(Fact::object).toList());
        List<Fact> supplies = Facts.of("PARTNERSHIP", "Ormond sells payroll software to retailers and banks, including "
                + "Pellow Inc PLW.O and Carden Systems.");
        assertEquals(List.of("Pellow", "Carden Systems"), supplies.stream().map(Fact::object).toList());
        assertEquals("Aerion", Facts.one("PARTNERSHIP", "Skylark Airlines ordered 40 turboprops from Aerion last week.").object());
        assertTrue(Facts.of("PARTNERSHIP", "Rookwood bought a stake from Finchley Holdings.").isEmpty());
    }

    @Test
    void twoTitlesAReplacementAndAnAppointment() {
        List<Fact> two = Facts.of("ROLE", "Harlow Stores' chairman and chief executive Dan Kerr opened the meeting.");
        assertEquals(List.of("CEO", "CHAIRMAN"), two.stream().map(Fact::role).sorted().toList());
        List<Fact> replaced = Facts.of("ROLE", "Ann Lee will succeed Bob Hart as chief executive of Fenwick Motors in May.");
        assertEquals(List.of("Ann Lee", "Bob Hart"), replaced.stream().map(Fact::subject).toList());
        assertEquals("CFO", Facts.one("ROLE", "Tim Ross was named finance director of Fenwick Motors.").role());
        assertEquals("Dalton Capital", Facts.one("ROLE", "“It will work out,” said Ravi Jain, a fund manager with Dalton Capital.").object());
    }

    @Test
    void aQuotationGoingOnInTheNextSentenceKeepsItsSpeaker() {
        List<Fact> f = Facts.of("QUOTE", "“Results were solid,” said Nick Hale, an analyst at Barrow Securities. "
                + "“A profit near £300m looks achievable this year.” Shares rose.");
        assertEquals(List.of("Nick Hale", "Nick Hale"), f.stream().map(Fact::subject).toList());
        assertEquals("Michael Dell", Facts.one("QUOTE", "“Our company gained momentum,” said chairman Michael Dell.").subject());
    }

    @Test
    void aPlaceAfterAPrepositionIsNoSpeakerAndHyphenatedFirstNamesMakePeople() {
        assertEquals("Paula Grey", Facts.one("QUOTE", "Minister Paula Grey on Facebook called the plan “a big step for our farmers”.").subject());
        assertEquals("Jean-Marc Lund", Facts.one("QUOTE", "Chief executive Jean-Marc Lund spoke. Mr Lund said demand was “holding up in every market”.").subject());
    }

    @Test
    void aSentenceThatOpensWithACompanyMakesItTheTopicOfItsParagraph() {
        List<Fact> f = Facts.of("METRIC_CHANGE", "Brewers Harrowgate and Tarnby reported results.\n\nHarrowgate's profit fell 5%. "
                + "Tarnby fared better. Norwegian shipper Tarnby posted a 7% drop in profits. Still, overall revenue grew 2%.");
        assertEquals("Tarnby", f.get(f.size() - 1).subject(), f.toString());
    }

    @Test
    void listingsBondsAndPlacingsAreFundingAndAnExchangeRaisesNothing() {
        List<Fact> bonds = Facts.of("FUNDING", "Halcyon Inc HLC.O and Moravia Corp MRV.O sold bonds on Tuesday, "
                + "raising $2.5 billion and $3 billion, respectively.");
        assertEquals(List.of("Halcyon:BOND_ISSUE", "Moravia:BOND_ISSUE"), bonds.stream().map(f -> f.subject() + ":" + f.metric()).toList());
        assertEquals("IPO", Facts.one("FUNDING", "Draycott sets its IPO price and aims to raise $640 mln in the listing.").metric());
        assertEquals("Northbank", Facts.one("FUNDING", "Northbank raised £1bn through a share placing.").subject());
        assertTrue(Facts.of("FUNDING", "Draycott listed on the Nasdaq, raising $640 mln in its IPO.").stream()
                .noneMatch(f -> "Nasdaq".equals(f.subject())));
    }

    @Test
    void plansAndPlacesAreNoCompaniesAndASharePriceIsSmall() {
        List<Fact> f = Facts.of("Under its three-year Bright Path turnaround plan, Ormsby cut debt. Oslo-based Ormsby's shares rose 5%. "
                + "Its stock rose 4%, valuing the company at $11 billion.");
        assertTrue(f.stream().noneMatch(x -> "Bright Path".equals(x.subject()) || "Oslo".equals(x.subject())), f.toString());
        assertTrue(f.stream().noneMatch(x -> "SHARE_PRICE".equals(x.metric())), f.toString());
        assertEquals("SPEAKER", Facts.one("ROLE", "Assembly Speaker Ana Ruiz spoke on Thursday.").role());
    }

    @Test
    void aPossessiveStakeIsItsOwnersAndADemonymIsNoParentCompany() {
        Fact halved = Facts.one("STAKE", "Corvane issued new shares, cutting Lindmark's stake to 12%.");
        assertEquals("Lindmark", halved.subject());
        assertEquals("Corvane", halved.object());
        List<Fact> unit = Facts.of("STAKE", "Harbin Media's French Vendora unit posted a loss.");
        assertEquals(List.of("Vendora"), unit.stream().map(Fact::object).toList());
        assertEquals("Swedish Securities", Facts.one("ACQUISITION", "Swedish Securities agreed to buy Tolland Group.").subject());
    }

    @Test
    void aFormerTitleIsBiographyNotARole() {
        List<Fact> f = Facts.of("ROLE", "Former Harmon boss Ted Vale is on trial. He was hired by former Harmon chief executive Lou Park. "
                + "Harmon chief executive Ann Lee spoke.");
        assertEquals(List.of("Ann Lee"), f.stream().map(Fact::subject).toList());
    }

    @Test
    void holdingsNamedInPassing() {
        assertEquals("Brenmoor>Kestrel", pair(Facts.one("STAKE", "Then Brenmoor unit Kestrel priced its listing.")));
        assertEquals("Brenmoor>Kestrel", pair(Facts.one("STAKE", "Sales at Brenmoor grew, helped by its Kestrel payment service.")));
        assertEquals(List.of("Brenmoor>Kestrel", "Brenmoor>Ottery"), Facts.of("STAKE", "Brenmoor's main European brands are Kestrel and Ottery.")
                .stream().map(NewsPatternsTest::pair).toList());
        assertEquals("Brenmoor>Kestrel", pair(Facts.one("STAKE", "Strong demand at carrier Kestrel has helped lift profits at owner Brenmoor.")));
        Fact majority = Facts.one("STAKE", "Shares in Kestrel, in which Brenmoor owns a majority stake, may list next year.");
        assertEquals("Brenmoor>Kestrel", pair(majority));
        assertEquals("MORE_THAN", majority.approx());
        assertEquals("Brenmoor>Kestrel", pair(Facts.one("STAKE", "Its rival, the Brenmoor majority-owned Kestrel, was valued at $3 billion.")));
    }

    private static String pair(Fact f) {
        return f.subject() + ">" + f.object();
    }

    @Test
    void dealsWithAppositiveTargetsListsAndAnObjectPronoun() {
        assertEquals("Corvane>Lindmark", pair(Facts.one("ACQUISITION", "In 2001 Corvane acquired Norway's biggest ferry operator - Lindmark Holdings.")));
        assertEquals("Corvane>Grey Harbour", pair(Facts.one("ACQUISITION", "Last year Corvane bought US rival Grey Harbour.")));
        Fact it = Facts.one("ACQUISITION", "Lindmark listed in 1999 at a $2 billion valuation, before Corvane acquired it for $6.1 billion in 2006.");
        assertEquals("Corvane>Lindmark", pair(it));
        assertEquals(6.1e9, it.value().doubleValue());
        assertEquals(List.of("Corvane>Brisco Tiles", "Corvane>Ortley Mills"),
                Facts.of("ACQUISITION", "Corvane grew. It plans to buy Brisco Tiles (BT) and Ortley Mills, a Corvane statement said.")
                        .stream().map(NewsPatternsTest::pair).toList());
        assertEquals("Quarry Stores>May Street Stores", pair(Facts.one("ACQUISITION", "Then Quarry Stores agreed to buy rival May Street Stores.")));
    }

    @Test
    void investmentsInjectedByNamedInvestorsAndNotTalkOrFundSizes() {
        Fact injected = Facts.one("INVESTMENT", "Then Corvane injected $2 billion into Lindmark when it took control of the company.");
        assertEquals("Corvane>Lindmark", pair(injected));
        assertEquals("Corvane Marine", Facts.one("INVESTMENT", "Shipbuilder Corvane Marine said it planned to invest up to $9 billion in new yards.").subject());
        assertTrue(Facts.of("INVESTMENT", "It came after an estimated $80 billion investment by global carmakers.").isEmpty());
        assertTrue(Facts.of("INVESTMENT", "Corvane reportedly considered a $3 billion investment in Lindmark last year.").isEmpty());
        assertTrue(Facts.of("INVESTMENT", "Harwick Capital, which invests $18 billion, filed on Monday.").isEmpty());
        assertTrue(Facts.of("INVESTMENT", "Corvane no longer investing in Lindmark").isEmpty());
    }

    @Test
    void theSpeakerOfAQuoteBeforeAnAttributionThatNamesNobody() {
        assertEquals("Maria Olsen", Facts.one("QUOTE", "Pellworth chief executive Maria Olsen admitted that winter sales were “weaker than we had hoped for”, "
                + "but said sales should still beat forecasts.").subject());
        assertEquals("Pellworth", Facts.one("QUOTE", "Pellworth declined to comment but said in a statement that Olsen would set out "
                + "“our plans for the next five years” on Friday.").subject());
    }

    @Test
    void theFirstWordOfACompanysNameStandsForIt() {
        Fact role = Facts.one("ROLE", "Then Rowan Department Stores agreed a deal. Talks sped up after Rowan's chairman Gil Abbot resigned.");
        assertEquals("Rowan Department Stores", role.object());
    }

    @Test
    void stockMovesCausedLostInPartOrAfterARelativeClause() {
        Fact boosted = Facts.one("STOCK_MOVE", "Rumours about a possible bid boosted Lindmark's shares by more than 12% on Monday.");
        assertEquals("Lindmark", boosted.subject());
        assertEquals("UP", boosted.direction());
        Fact lost = Facts.one("STOCK_MOVE", "Then Lindmark listed in May and its stock price lost more than half of its value.");
        assertEquals(50, lost.value().intValue());
        assertEquals("MORE_THAN", lost.approx());
        assertEquals("DOWN", lost.direction());
        assertEquals("Lindmark", Facts.one("STOCK_MOVE", "Then Lindmark cut prices. Shares of the Leeds, England-based company, which has cut "
                + "prices at its stores, fell about 4% to $15.").subject());
    }

    @Test
    void stakesWithFractionsDescriptorsAppositivesAndTheParentsUnit() {
        List<Fact> fifth = Facts.of("STAKE", "Then Ostrava Capital, the venture arm of Czech conglomerate Brno Holdings, has a one-fifth stake in Kestrel.");
        assertEquals(List.of("Brno>Ostrava Capital", "Ostrava Capital>Kestrel"), fifth.stream().map(NewsPatternsTest::pair).toList());
        assertEquals(20, fifth.get(1).value().intValue());
        Fact sold = Facts.one("STAKE", "Brenmoor said it would fund the deal by selling an 8% stake in directory publisher Kestrel.");
        assertEquals("Brenmoor>Kestrel", pair(sold));
        assertEquals(8, sold.value().intValue());
        assertTrue(Facts.of("STAKE", "Then Kestrel beat estimates as the Brenmoor Corp BRN.O unit benefited from demand.").stream()
                .anyMatch(f -> pair(f).equals("Brenmoor>Kestrel")));
    }

    @Test
    void dealsInExampleListsAndReducedPassives() {
        assertEquals(List.of("Corvane>Lindmark", "Corvane>Brisco"), Facts.of("ACQUISITION",
                "Then Corvane has acquired several smaller rivals including Irish consulting firm Lindmark and Leeds, England-based Brisco.")
                .stream().map(NewsPatternsTest::pair).toList());
        assertEquals("Corvane>Lindmark", pair(Facts.one("ACQUISITION", "Sales include the equipment business Lindmark, acquired by Corvane on May 3.")));
        Fact paragraph = Facts.one("ACQUISITION", "Then Lindmark shut down.\n\nBrisco Global BRSC.Owent public this week.\n\n"
                + "The company, which was acquired by Corvane Corp CRVN.O in 2017 for $1.3 billion, recovered.");
        assertEquals("Corvane>Brisco Global", pair(paragraph));
        assertEquals(1.3e9, paragraph.value().doubleValue());
    }

    @Test
    void jointValuedAndNotABillsInvestment() {
        assertEquals(List.of("Lindmark Capital>chip plants in Texas", "Corvane>chip plants in Texas"),
                Facts.of("INVESTMENT", "Then Corvane Corp CRV.O and Lindmark Capital LMC.TO agreed to jointly fund up to $12 billion for chip plants in Texas.")
                        .stream().map(NewsPatternsTest::pair).toList());
        Fact valued = Facts.one("INVESTMENT", "Then Corvane's initial investment in Lindmark in 2019 was valued at $1.4 billion.");
        assertEquals("Corvane>Lindmark", pair(valued));
        assertEquals(1.4e9, valued.value().doubleValue());
        assertTrue(Facts.of("INVESTMENT", "It came after Mayor Quint signed the Roads and Rail bill that funded $9 billion of repairs.").isEmpty());
    }

    @Test
    void aSubjectWithItsTickerBeforeAnAppositive() {
        assertEquals("Kestrel", Facts.one("FUNDING", "Kestrel Inc KST.O, the drone unit of Brenmoor Corp BRN.O, raised $400 million in an initial public offering.").subject());
    }

    @Test
    void aNamedBuyerOfSeveralCompanies() {
        assertEquals(List.of("Corvane>Brisco Tiles", "Corvane>Ortley Mills", "Corvane>Penn Stone"),
                Facts.of("ACQUISITION", "Then Corvane plans to buy Brisco Tiles (BT), Ortley Mills and Penn Stone, a statement said.")
                        .stream().map(NewsPatternsTest::pair).toList());
    }

    @Test
    void aCompanyAfterTheVerbSpeaksOnlyWhenItEndsTheAttribution() {
        assertTrue(Facts.of("QUOTE", "“The outlook for spring is brighter than it was,” said a Pellworth official.").isEmpty());
        assertTrue(Facts.of("QUOTE", "“Prices will not rise this year at all,” said the Pellworth spokesman.").isEmpty());
        assertTrue(Facts.of("QUOTE", "He said the firm will gain from “better designs and much better technology”.").isEmpty());
        assertEquals("Ada Brill", Facts.one("QUOTE", "“We are not seeing the market collapse at all,” said Pellworth economist Ada Brill.").subject());
        assertEquals("Pellworth", Facts.one("QUOTE", "“We are not seeing the market collapse at all,” said Pellworth in a statement.").subject());
    }

    @Test
    void rolesInRelativeClausesAndACompanysLowerCasePresident() {
        Fact who = Facts.one("ROLE", "Then Gil Abbot, who will remain as Corvane chief executive, backed the offer.");
        assertEquals("Corvane", who.object());
        assertEquals("CEO", who.role());
        assertEquals("Lindmark", Facts.one("ROLE", "Then Corvane grew, said Ada Brill, chairman of messaging firm Lindmark.").object());
        assertEquals("Lindmark", Facts.one("ROLE", "Then Ada Brill, the chairman of Spain's biggest bank, Lindmark, spoke.").object());
        assertEquals(null, Facts.one("ROLE", "Then Corvane grew. It was hit, said Ada Brill, president of Brill's Retail Advisers.").object());
    }

    @Test
    void jointVenturesAndPurchasesFromASupplierAfterAnAppositive() {
        assertEquals(List.of("Corvane>Lindmark"), Facts.of("PARTNERSHIP", "Then Corvane eventually formed a self-driving joint venture called Brisco with Lindmark LMK.N.")
                .stream().map(NewsPatternsTest::pair).toList());
        assertEquals(List.of("Corvane>Brisco", "Lindmark>Brisco"), Facts.of("STAKE", "Then Corvane eventually formed a self-driving joint venture called Brisco with Lindmark LMK.N.")
                .stream().map(NewsPatternsTest::pair).toList());
        assertEquals(List.of("Brisco Air>Lindmark"), Facts.of("PARTNERSHIP", "Meanwhile, Corvane's budget airline, Brisco Air, is to buy 12 jets from Lindmark.")
                .stream().map(NewsPatternsTest::pair).toList());
    }

    @Test
    void dealsSoldToBeatenToControlAndSharesBought() {
        List<Fact> deals = Facts.of("ACQUISITION", "Lindmark has had several owners. Buyout firm Harwick Capital acquired Lindmark in 2009 "
                + "for an undisclosed sum. It sold the company to Corvane Group CRV.N three years later for about $2.2 billion, reports said.");
        assertEquals(List.of("Harwick Capital>Lindmark", "Corvane Group>Lindmark"), deals.stream().map(NewsPatternsTest::pair).toList());
        Fact sold = deals.get(1);
        assertEquals(2.2e9, sold.value().doubleValue());
        assertEquals(List.of("Corvane>Lindmark"), Facts.of("ACQUISITION", "It came a year after Corvane beat Harwick Bank to buy Lindmark.")
                .stream().map(NewsPatternsTest::pair).toList());
        assertTrue(Facts.of("ACQUISITION", "Then Corvane also bought Lindmark shares from Harwick for $300 million.").isEmpty());
        assertEquals("Corvane>Lindmark", pair(Facts.one("ACQUISITION", "Lindmark grew with Corvane. Corvane injected $1 billion into Lindmark when it bought control of the company in 2015.")));
        assertEquals(List.of("Corvane>Brisco Media", "Corvane>Ortley Press"), Facts.of("ACQUISITION",
                "Then Corvane in recent years has also bought firms such as Brisco Media and Ortley Press.").stream().map(NewsPatternsTest::pair).toList());
    }

    @Test
    void investorsThatBoughtSharesTookPartOrBackedACompany() {
        Fact shares = Facts.one("INVESTMENT", "Then Corvane also bought Lindmark shares from Harwick for $300 million.");
        assertEquals("Corvane>Lindmark", pair(shares));
        assertEquals(3e8, shares.value().doubleValue());
        assertEquals(List.of("Harwick Capital>Lindmark", "Ada Brill>Lindmark", "Ostmark Funds>Lindmark"), Facts.of("INVESTMENT",
                "Lindmark listed in June with Lindmark shares. Harwick Capital participated in a private placement alongside Ada Brill and Ostmark Funds, filings show.")
                .stream().map(NewsPatternsTest::pair).toList());
        assertEquals(List.of("Corvane>Brisco", "Harwick>Brisco"), Facts.of("INVESTMENT",
                "Then Lindmark walked away from a deal with Brisco, when the Dutch firm was valued at $2 billion and backed by Corvane and Harwick.")
                .stream().map(NewsPatternsTest::pair).toList());
    }

    @Test
    void aBuyerNamedWithItsShortFormBuysAPart() {
        Fact part = Facts.one("STAKE", "The region's biggest baker, Harrow and Dunmore (H&D), is to buy 37.5% of Spain's Ostmark in a deal.");
        assertEquals("Harrow and Dunmore>Ostmark", pair(part));
        assertEquals(37.5, part.value().doubleValue());
    }

    @Test
    void holdingsInWireStyleAppositivesAndFilings() {
        assertEquals("Brenmoor>Kestrel", pair(Facts.one("STAKE", "Its rivals are Brenmoor Inc's BRN.O Kestrel, Ottery and others.")));
        assertEquals("Brenmoor>Kestrel Air", pair(Facts.one("STAKE", "Meanwhile, Brenmoor's budget airline, Kestrel Air, is to buy jets.")));
        List<Fact> filing = Facts.of("STAKE", "Kestrel Health shares fell again. Harwick Capital rose too. Later Kestrel Health dipped. "
                + "The New York-based firm said in a regulatory filing that it now owns 6.4% of the Miami-based company.");
        assertEquals(List.of("Harwick Capital>Kestrel Health"), filing.stream().map(NewsPatternsTest::pair).toList());
        assertEquals(6.4, filing.get(0).value().doubleValue());
    }

    @Test
    void aRelativeClausesCompanyIsNoSubjectAndAnAffiliatesPartIsItsOwn() {
        assertEquals(List.of("Corvane", "Corvane"), Facts.of("FINANCIAL_METRIC",
                "In July, Corvane, which is listed on the Brisco Exchange, reported an annual turnover of £8.9bn, down from £9.3bn a year earlier.")
                .stream().map(Fact::subject).toList());
        assertTrue(Facts.of("STAKE", "Then Corvane also acquired 67.7% of Lindmark's US affiliate Ostmark Labs.").stream()
                .anyMatch(f -> pair(f).equals("Corvane>Ostmark Labs") && f.value().doubleValue() == 67.7));
    }
}
