package org.newsfacts.extract.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvestmentRuleTest {

    private final Extractor investments = Extractor.builder()
            .add(new SentenceSplitter()).add(new MoneyTagger()).add(new FactCollector()).add(new InvestmentRule()).build();

    private List<Fact> run(String text) {
        return investments.extract(text, LocalDate.of(2025, 2, 24));
    }

    @Test
    void investorAmountAndTarget() {
        Fact f = run("Microsoft plans to spend $80 billion in AI data centers this year.").get(0);
        assertEquals("INVESTMENT", f.type());
        assertEquals("Microsoft", f.subject());
        assertEquals(new BigDecimal("80000000000"), f.value());
        assertEquals("USD", f.unit());
        assertEquals("AI data centers this year", f.object());
    }

    @Test
    void theInvestorsLegalSuffixIsDropped() {
        Fact f = run("Alibaba Group Holding Ltd. has committed to investing more than 380 billion yuan in AI infrastructure, including data centers.").get(0);
        assertEquals("Alibaba Group", f.subject());
        assertEquals("MORE_THAN", f.approx());
        assertEquals("CNY", f.unit());
        assertEquals("AI infrastructure", f.object());
    }

    @Test
    void noMoneyNoInvestmentFact() {
        assertTrue(run("Alibaba has invested in Moonshot.").isEmpty());
    }
}
