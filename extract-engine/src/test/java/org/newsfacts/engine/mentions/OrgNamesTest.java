package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Meta Platforms Inc., Meta",
        "Amazon.com Inc., Amazon",
        "Microsoft Corp., Microsoft",
        "Alibaba Group Holding Ltd., Alibaba Group",
        "Nvidia’s, Nvidia",
        "Alibaba Cloud, Alibaba Cloud"
    })
    void legalSuffixesAndPossessivesNeverMakeANewName(String written, String canonical) {
        assertEquals(canonical, OrgNames.canonical(written));
    }
}
