package org.newsfacts.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    @Test
    void legalAndGroupWordsCasePunctuationAndSecMarksDoNotCount() {
        assertEquals("quillfeather", CompanyNames.key("Quillfeather Group Holding Ltd."));
        assertEquals("quillfeather", CompanyNames.key("QUILLFEATHER GROUP HOLDING LTD /DE/"));
        assertEquals("quillfeather", CompanyNames.key("Quillfeather's"));
        assertEquals("quillfeather", CompanyNames.key("The Quillfeather Company"));
        assertEquals("quillfeather", CompanyNames.key("Quillfeather.com Inc"));
        assertEquals("brandt and sohne", CompanyNames.key("Brandt & Söhne AG"));
        assertEquals("nordvik", CompanyNames.key("Nordvik Co., Ltd./ADR"));
    }

    @Test
    void aNameOfOnlySuchWordsKeepsThem() {
        assertEquals("the group", CompanyNames.key("The Group"));
        assertEquals("", CompanyNames.key("—"));
    }

    @Test
    void wordsInsideTheNameStay() {
        assertEquals("holding bank of ostrava", CompanyNames.key("Holding Bank of Ostrava plc"));
        assertEquals("quill group services", CompanyNames.key("Quill Group Services Inc"));
    }

    @Test
    void secMarksLeaveTheTitle() {
        assertEquals("ACME WIDGETS CORP", CompanyNames.withoutSecMarks("ACME WIDGETS CORP /NEW/"));
        assertEquals("ACME WIDGETS CORP", CompanyNames.withoutSecMarks("ACME WIDGETS CORP/"));
        assertEquals("Nordvik Co., Ltd.", CompanyNames.withoutSecMarks("Nordvik Co., Ltd./ADR"));
    }
}
