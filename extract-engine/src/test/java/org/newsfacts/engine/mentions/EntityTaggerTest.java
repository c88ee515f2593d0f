package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.text.FurnitureFilter;
import org.newsfacts.engine.text.SentenceSplitter;
import org.newsfacts.engine.text.Tokenizer;

class EntityTaggerTest {

    private static final Extractor CHAIN = Extractor.builder()
            .add(new SentenceSplitter())
            .add(new FurnitureFilter())
            .add(new Tokenizer())
            .add(new EntityTagger())
            .buildPrefix();

    private static List<String> entities(String text) {
        return CHAIN.run(text, LocalDate.of(2025, 1, 1)).get(Layers.ENTITIES).stream()
                .map(m -> m.kind() + ":" + m.canonical())
                .toList();
    }

    @Test
    void legalSuffixesAndAliasesGiveOneCanonicalName() {
        assertEquals(
                List.of("ORG:Alibaba Group", "ORG:Meta", "ORG:Amazon", "ORG:Microsoft", "ORG:Citigroup"),
                entities(
                        "Then Alibaba Group Holding Ltd. met Meta Platforms Inc. and Amazon.com Inc. and Microsoft Corp. and Citi."));
    }

    @Test
    void titlesSplitARunAndMarkTheNextNameAsAPerson() {
        assertEquals(List.of("ORG:Alibaba Group", "PERSON:Jack Ma"), entities("Then Alibaba CEO Jack Ma gestures."));
        assertEquals(List.of("PLACE:China", "PERSON:Xi Jinping"), entities("He met Chinese President Xi Jinping."));
    }

    @Test
    void surnamesAndShortNamesResolveToTheFullName() {
        assertEquals(
                List.of("PERSON:Eddie Wu", "PERSON:Eddie Wu"), entities("Then Eddie Wu spoke. Later, Wu said so."));
        assertEquals(List.of("ORG:Bloomberg Intelligence"), entities("Analysts at Bloomberg Intelligence agree."));
    }

    @Test
    void conjunctionsSplitNamesUnlessAnOrganisationWordEndsThem() {
        assertEquals(
                List.of("ORG:Moonshot", "ORG:Zhipu"), entities("It backed startups including Moonshot and Zhipu."));
        assertEquals(List.of("ORG:Taobao and Tmall Group"), entities("Taobao and Tmall Group sales rose."));
        assertEquals(
                List.of("PERSON:Robert Lea", "PERSON:Jasmine Lyu"),
                entities("Analysts Robert Lea and Jasmine Lyu said so."));
    }

    @Test
    void wordsCapitalisedOnlyBySentencePositionAreNotNames() {
        List<String> found =
                entities("Shares dipped in Hong Kong. Recently, Alibaba Cloud grew. Investor confidence rose.");
        assertEquals(List.of("PLACE:Hong Kong", "ORG:Alibaba Cloud"), found);
    }

    @Test
    void headlinesOnlyKeepNamesTheArticleCapitalisesElsewhere() {
        List<String> found =
                entities("Alibaba Joins AI Arms Race With Massive Investment\nThe deal lets Alibaba race.");
        assertTrue(found.contains("ORG:Alibaba Group"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("Arms") || f.contains("Joins")), found.toString());
    }

    @Test
    void productsNameTheirMaker() {
        assertEquals(
                List.of("ORG:Alibaba Group", "PRODUCT:Apple", "PLACE:China"),
                entities("It is integrating Alibaba's AI with iPhones in China."));
    }

    @Test
    void anOutletInTheHeadlineIsTheCompanyTheStoryIsAbout() {
        assertEquals(
                List.of("ORG:Bloomberg", "ORG:Bloomberg"),
                entities("Strong yen lifts Bloomberg\n\nBloomberg said revenue rose."));
        assertEquals(
                List.of("ORG:Quillon", "ORG:Quillon", "MEDIA:Reuters"),
                entities("Quillon shares slide\n\nQuillon fell, Reuters reported."));
    }

    @Test
    void aCompanyAfterSaidIsAPersonOnlyWhenItEndsTheClause() {
        assertEquals(
                List.of("PERSON:Ann Lee", "ORG:Quillon Auto"),
                entities("Then Ann Lee said Quillon Auto had a good year."));
        assertEquals(List.of("PERSON:Tam Ruddock"), entities("It rose, said Tam Ruddock."));
    }

    @Test
    void aFirstNameAfterACompanyNounIsACompanyFromThenOn() {
        assertEquals(
                List.of("ORG:Morris", "ORG:Morris"),
                entities("Orders at engineering group Morris rose. Later Morris said debt fell."));
        assertEquals(List.of(), entities("Then Morris said debt fell."));
    }

    @Test
    void aShortNameInTheHeadlineIsTheFullNameBelowIt() {
        assertEquals(
                List.of("ORG:Quorra Interactive Entertainment", "ORG:Quorra Interactive Entertainment"),
                entities("Quorra buys stake in rival\n\nThen Quorra Interactive Entertainment bought a stake."));
    }

    @Test
    void aTickerAfterANameThatStartsLikeAPersonsMakesItACompany() {
        assertEquals(List.of("ORG:Dawn Orchard"), entities("Then Dawn Orchard DWN.O rose."));
    }

    @Test
    void aCompanysRegionalUnitAndTwoCompaniesJoinedByAnd() {
        assertEquals(List.of("ORG:Toyota Europe"), entities("Then Toyota Europe lost money."));
        assertEquals(
                List.of("ORG:Quorra", "ORG:Ostmark", "ORG:Quorra", "ORG:Ostmark Dynamics", "ORG:Ostmark"),
                entities("Then Quorra and Ostmark grew. Then Quorra and Ostmark Dynamics merged. Later Ostmark fell."));
    }

    @Test
    void twoNamesWhoseInitialsMakeTheShortFormAreOneCompany() {
        assertEquals(
                List.of("ORG:Harrow and Dunmore", "ORG:Harrow and Dunmore"),
                entities("Then Harrow and Dunmore (H&D) grew. Later H&D said so."));
    }

    @Test
    void aNameWithATitleInAppositionIsAPersonWhateverTheFirstName() {
        assertEquals(
                List.of("PERSON:Oskar Vrabec", "ORG:Quillon"),
                entities("Then Oskar Vrabec, Quillon's director of sales, spoke."));
        assertEquals(
                List.of("PERSON:Tomasz Kelby", "ORG:Harwick Media Group"),
                entities("Tomasz Kelby, president of Harwick Media Group, told the meeting so."));
    }

    @Test
    void aSurnameWrittenAfterMrMakesTheFullNameAPerson() {
        assertEquals(
                List.of("PERSON:Ilse Brandvik", "PERSON:Ilse Brandvik"),
                entities("Ilse Brandvik wants more. Then Mr Brandvik said the plan would work."));
        // a month's short form may open such a name
        assertEquals(
                List.of("PERSON:Jan Orvest", "PERSON:Jan Orvest"),
                entities("Then Jan Orvest, head of sales, spoke. Mr Orvest smiled."));
    }

    @Test
    void unknownWordsBeforeASpeechVerbOrAnAffiliationAreAPerson() {
        assertEquals(List.of("PERSON:Ysolde Kravic"), entities("\"It is expensive,\" Ysolde Kravic told reporters."));
        assertEquals(
                List.of("PERSON:Ysolde Kravic", "ORG:Harwick Partners"),
                entities("\"It is expensive,\" Ysolde Kravic, from Harwick Partners, told reporters."));
        // words the engine knows before "said" stay a company
        assertEquals(List.of("ORG:Quillon Auto"), entities("Then Quillon Auto said sales rose."));
    }

    @Test
    void aHyphenatedFirstNameIsKeptWhole() {
        assertEquals(
                List.of("PERSON:Anne-Marie Orvest"),
                entities("Then Anne-Marie Orvest, the bank's chief economist, spoke."));
    }

    @Test
    void aDoctorsNameWithApostropheSThatActsIsACompany() {
        assertEquals(
                List.of("ORG:Dr Kessler's", "ORG:Dr Kessler's"),
                entities("Shares in Dr Kessler's fell 4%. Later Dr Kessler's has cut jobs."));
        assertEquals(List.of("PERSON:Kessler"), entities("Then Dr Kessler's view was clear."));
    }

    @Test
    void aPossessiveBeforeAnOrganisationWordBelongsToTheName() {
        assertEquals(List.of("ORG:Hallam's Stores"), entities("Sales at gift chain Hallam's Stores rose."));
    }

    @Test
    void aCountrysGovernmentIsAnOrganisation() {
        assertEquals(
                List.of("ORG:Danish government", "ORG:Fjordvik Savings Bank"),
                entities("The Danish government owns 40% of Fjordvik Savings Bank."));
        assertEquals(List.of("PLACE:Germany"), entities("Yields on German government bonds fell."));
    }

    @Test
    void aTitleSetInCapitalsBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("PERSON:Ben Tarrow"), entities("Then Chief Legal Officer Ben Tarrow will take over."));
    }
}
