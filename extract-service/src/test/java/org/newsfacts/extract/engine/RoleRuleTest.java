package org.newsfacts.extract.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleRuleTest {

    private final Extractor roles = Extractor.builder()
            .add(new SentenceSplitter()).add(new FactCollector()).add(new RoleRule()).build();

    private List<Fact> run(String text) {
        return roles.extract(text, LocalDate.of(2025, 2, 24));
    }

    @Test
    void titleBeforeTheName() {
        List<Fact> facts = run("CEO Eddie Wu recently announced the plan.");
        assertEquals(1, facts.size());
        assertEquals("Eddie Wu", facts.get(0).subject());
        assertEquals("CEO", facts.get(0).role());
        assertEquals("PERSON", facts.get(0).subjectType());
    }

    @Test
    void organizationBeforeTheTitle() {
        Fact f = run("According to Citigroup analyst Alicia Yap, this is new.").get(0);
        assertEquals("Alicia Yap", f.subject());
        assertEquals("ANALYST", f.role());
        assertEquals("Citigroup", f.object());
    }

    @Test
    void titleAfterTheName() {
        Fact f = run("Eddie Wu, chief executive of Alibaba Group, spoke.").get(0);
        assertEquals("Eddie Wu", f.subject());
        assertEquals("CEO", f.role());
        assertEquals("Alibaba Group", f.object());
    }

    @Test
    void evidenceIsTheSentenceWithItsOffsets() {
        String text = "Shares rose. CEO Eddie Wu spoke.";
        Fact f = run(text).get(0);
        assertEquals("CEO Eddie Wu spoke.", f.evidence().sentence());
        assertEquals(f.evidence().sentence(), text.substring(f.evidence().start(), f.evidence().end()));
    }

    @Test
    void noTitleNoRole() {
        assertTrue(run("Eddie Wu spoke to reporters in Hangzhou.").isEmpty());
    }
}
