package org.newsfacts.engine.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.mentions.EntityTagger;
import org.newsfacts.engine.text.FurnitureFilter;
import org.newsfacts.engine.text.SentenceSplitter;
import org.newsfacts.engine.text.Tokenizer;

class CoreferenceTest {

    private static final Extractor CHAIN = Extractor.builder()
            .add(new SentenceSplitter())
            .add(new FurnitureFilter())
            .add(new Tokenizer())
            .add(new EntityTagger())
            .add(new Coreference())
            .buildPrefix();

    private static List<String> references(String text) {
        return CHAIN.run(text, LocalDate.of(2025, 1, 1)).get(Layers.REFERENCES).stream()
                .map(m -> m.text() + "=" + m.canonical())
                .toList();
    }

    @Test
    void theCompanyIsTheOrganisationNamedMostSoFar() {
        assertEquals(
                List.of("The company=Alibaba Group"),
                references("Alibaba grew. Alibaba met Microsoft and Meta. The company said so."));
    }

    @Test
    void itsIsTheNearestOrganisationInTheSentence() {
        assertEquals(
                List.of("its=Alibaba Cloud"),
                references("Alibaba grew. While Alibaba Cloud leads, its growth slowed."));
    }

    @Test
    void pronounsAreThePersonNamedLast() {
        assertEquals(List.of("He=Eddie Wu", "his=Eddie Wu"), references("Eddie Wu spoke. He said his plan works."));
    }

    @Test
    void everySentenceKnowsItsFocus() {
        List<String> focus = CHAIN.run("Nothing here. Alibaba grew. Shares fell.", LocalDate.of(2025, 1, 1))
                .get(Layers.FOCUS);
        assertEquals(java.util.Arrays.asList(null, null, "Alibaba Group"), focus);
    }

    @Test
    void aDescribedCompanyIsTheFocusButNotANamedOrOtherOne() {
        assertEquals(
                List.of("the German giant=Harbor Mutual", "the online fashion seller=Harbor Mutual"),
                references("Then Harbor Mutual grew. Later the German giant said the online fashion seller was fine."));
        assertEquals(
                List.of(),
                references(
                        "Then Harbor Mutual grew. Then it will merge the Quillon drinks company and the other firm."));
    }

    @Test
    void anAppositiveDescriptionIsTheNameBeforeIt() {
        assertEquals(
                List.of("the region's oldest brewer=Ostmark"),
                references("Then Harbor Mutual grew. Then Ostmark, the region's oldest brewer, shrank."));
    }

    @Test
    void aSentenceOpeningWithItAndACompanysVerbIsTheFocus() {
        assertEquals(List.of("It=Harbor Mutual"), references("Then Harbor Mutual grew. It posted a profit."));
        assertEquals(List.of(), references("Then Harbor Mutual grew. It is likely to rain."));
    }

    @Test
    void itsAfterARelativeClauseIsTheSubjects() {
        assertEquals(
                List.of("The company=Ostmark", "its=Ostmark"),
                references(
                        "Then Ostmark listed.\n\nThe company, which Harbor Mutual took over in 2011, has seen its sales double."));
    }

    @Test
    void heIsNotAPersonNamedAfterAPreposition() {
        assertEquals(
                List.of("he=Dan Cole", "he=Dan Cole"),
                references(
                        "Dan Cole said he thought the offer was good news for Mr Ross and the board. Later he spoke."));
    }
}
