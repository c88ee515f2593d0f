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
        Fact bid = Facts.one("ACQUISITION", "Corvane won a takeover battle for US cable firm Lindmark with a bid worth $4.2bn.");
        assertEquals("Lindmark", bid.object());
        assertEquals(4.2e9, bid.value().doubleValue());
        Fact it = Facts.one("ACQUISITION", "Corvane grew fast, and in 2002 it acquired Brisco Media.");
        assertEquals("Corvane", it.subject());
        assertTrue(Facts.of("ACQUISITION", "Corvane is considering a bid for Lindmark.").isEmpty());
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
        assertTrue(Facts.of("QUOTE", "One trader, who asked not to be named, told Reuters the results were “not what people wanted”.").isEmpty());
    }

    @Test
    void examplesBidsByAndPassiveDealsWithDescriptors() {
        List<Fact> examples = Facts.of("ACQUISITION", "Tarrant has also bought firms such as Bellmead and Carver Holdings.");
        assertEquals(List.of("Bellmead", "Carver"), examples.stream().map(Fact::object).toList());
        Fact by = Facts.one("ACQUISITION", "Carrow, which makes cement, said it had agreed a £1.2bn takeover by Holmwood.");
        assertEquals("Holmwood", by.subject());
        assertEquals("Carrow", by.object());
        assertEquals("Ostra", Facts.one("ACQUISITION", "In 2003 Belford bought Brazilian brewer Ostra.").object());
        assertEquals("Pellam", Facts.one("ACQUISITION", "The market is changing, with Dorne being bought by former subsidiary Pellam for $9bn.").subject());
        assertTrue(Facts.of("ACQUISITION", "Belford bought shares in Ostra.").isEmpty());
    }

    @Test
    void partsBoughtOrSoldOwnersAndNamedUnits() {
        Fact part = Facts.one("STAKE", "Stratton is to buy 27.5% of Norway's Fjord Beer in a deal worth 4.2bn rupees.");
        assertEquals("Fjord Beer", part.object());
        assertEquals(27.5, part.value().doubleValue());
        Fact person = Facts.one("STAKE", "Lakeside is majority owned by the businessman Ian Pike.");
        assertEquals("Ian Pike", person.subject());
        assertEquals("Corven", Facts.one("STAKE", "Harrow Airlines' parent Corven reported a loss.").subject());
        List<Fact> owner = Facts.of("STAKE", "Dunmore - owner of Glen Stores and Pike Stores - will assume debt.");
        assertEquals(List.of("Glen Stores", "Pike Stores"), owner.stream().map(Fact::object).toList());
    }

    @Test
    void aShortFormInBracketsIsTheNamedCompany() {
        List<Fact> f = Facts.of("Ashford said it would buy Korea Mutual Bank (KMB) for $3bn. KMB shares rose 4%.");
        assertTrue(f.stream().anyMatch(x -> x.type().equals("STOCK_MOVE") && "Korea Mutual Bank".equals(x.subject())), f.toString());
    }

    @Test
    void customersSuppliersAndBuyersFromASupplierArePartnerships() {
        List<Fact> counts = Facts.of("PARTNERSHIP", "Vantrex, which counts Harbor Bank (HB) 1234.T and Alder Motors ALD.N among its customers, fell.");
        assertEquals(List.of("Harbor Bank", "Alder Motors"), counts.stream().map(Fact::object).toList());
        List<Fact> supplies = Facts.of("PARTNERSHIP", "Ormond provides cloud tools to organizations ranging from agencies to businesses such as "
                + "Pellow Inc PLW.O and Carden Systems.");
        assertEquals(List.of("Pellow", "Carden Systems"), supplies.stream().map(Fact::object).toList());
        assertEquals("Aerion", Facts.one("PARTNERSHIP", "Skylark Airlines is to buy 10 jets from Aerion.").object());
        assertTrue(Facts.of("PARTNERSHIP", "Rookwood bought a stake from Finchley Holdings.").isEmpty());
    }

    @Test
    void twoTitlesAReplacementAndAnAppointment() {
        List<Fact> two = Facts.of("ROLE", "Talks sped up after Harlow Stores' chairman and chief executive Dan Kerr resigned.");
        assertEquals(List.of("CEO", "CHAIRMAN"), two.stream().map(Fact::role).sorted().toList());
        List<Fact> replaced = Facts.of("ROLE", "Ann Lee has replaced Bob Hart as chief executive of Fenwick Motors, with Mr Hart leaving.");
        assertEquals(List.of("Ann Lee", "Bob Hart"), replaced.stream().map(Fact::subject).toList());
        assertEquals("CFO", Facts.one("ROLE", "Tim Ross was named finance director of Fenwick Motors.").role());
        assertEquals("Dalton Mutual Fund", Facts.one("ROLE", "“It will work out,” said Ravi Jain, a fund manager with Dalton Mutual Fund.").object());
    }

    @Test
    void aQuotationGoingOnInTheNextSentenceKeepsItsSpeaker() {
        List<Fact> f = Facts.of("QUOTE", "“Results were solid,” said Nick Hale, an analyst at Barrow Securities. "
                + "“Profits of around £400m would be comfortable.” Shares rose.");
        assertEquals(List.of("Nick Hale", "Nick Hale"), f.stream().map(Fact::subject).toList());
        assertEquals("Bill Ford", Facts.one("QUOTE", "“Our company gained momentum,” said chairman Bill Ford.").subject());
    }

    @Test
    void aPlaceAfterAPrepositionIsNoSpeakerAndHyphenatedFirstNamesMakePeople() {
        assertEquals("Brian Dorsey", Facts.one("QUOTE", "Aide Brian Dorsey on Twitter called the deal “a significant win for the country”.").subject());
        assertEquals("Carl-Henric Lund", Facts.one("QUOTE", "Chief executive Carl-Henric Lund spoke. Mr Lund said it was “business as usual for us”.").subject());
    }

    @Test
    void aSentenceThatOpensWithACompanyMakesItTheTopicOfItsParagraph() {
        List<Fact> f = Facts.of("METRIC_CHANGE", "Brewers Harrowgate and Tarnby reported results.\n\nHarrowgate's profit fell 5%. "
                + "Tarnby fared better. Danish brewer Tarnby suffered a 3% fall in profits. Nevertheless, total sales increased 4%.");
        assertEquals("Tarnby", f.get(f.size() - 1).subject(), f.toString());
    }

    @Test
    void listingsBondsAndPlacingsAreFundingAndAnExchangeRaisesNothing() {
        List<Fact> bonds = Facts.of("FUNDING", "Rivals such as Halcyon Inc HLC.O and Moravia Corp MRV.O also issued bonds this week, "
                + "raising $2.5 billion and $3 billion, respectively.");
        assertEquals(List.of("Halcyon:BOND_ISSUE", "Moravia:BOND_ISSUE"), bonds.stream().map(f -> f.subject() + ":" + f.metric()).toList());
        assertEquals("IPO", Facts.one("FUNDING", "Draycott prices IPO above range to raise $640 mln.").metric());
        assertEquals("Northbank", Facts.one("FUNDING", "Northbank raised £1bn through a share placing.").subject());
        assertTrue(Facts.of("FUNDING", "Draycott listed on the Nasdaq, raising $640 mln in its IPO.").stream()
                .noneMatch(f -> "Nasdaq".equals(f.subject())));
    }

    @Test
    void plansAndPlacesAreNoCompaniesAndASharePriceIsSmall() {
        List<Fact> f = Facts.of("Under its three-year Bright Path turnaround plan, Ormsby cut debt. Oslo-based Ormsby's shares rose 5%. "
                + "Its stock rose 4%, valuing the company at $24 billion.");
        assertTrue(f.stream().noneMatch(x -> "Bright Path".equals(x.subject()) || "Oslo".equals(x.subject())), f.toString());
        assertTrue(f.stream().noneMatch(x -> "SHARE_PRICE".equals(x.metric())), f.toString());
        assertEquals("SPEAKER", Facts.one("ROLE", "House Speaker Nancy Pelosi spoke on Thursday.").role());
    }

    @Test
    void aPossessiveStakeIsItsOwnersAndADemonymIsNoParentCompany() {
        Fact halved = Facts.one("STAKE", "Corvane sold half its finance arm in 2003, halving Lindmark's stake to 10%.");
        assertEquals("Lindmark", halved.subject());
        assertEquals("Corvane", halved.object());
        List<Fact> unit = Facts.of("STAKE", "Sales slowed at Harbin Media's German Autoplatz unit.");
        assertEquals(List.of("Autoplatz"), unit.stream().map(Fact::object).toList());
        assertEquals("American Securities", Facts.one("ACQUISITION", "American Securities agreed to buy Tolland Group.").subject());
    }
}
