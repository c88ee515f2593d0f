package org.newsfacts.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped table (made by ./newsfacts refdata register) loads, and well-known entries are as the sources say. */
class ShippedRegisterTest {

    @Test
    void loadsAndFindsListedCompaniesByNameAndTicker() {
        CompanyRegister register = CompanyRegister.shipped();
        assertTrue(register.size() > 8000, "entries: " + register.size());
        RegisterEntry apple = register.byKey(CompanyNames.key("Apple Inc.")).get(0);
        assertEquals("320193", apple.cik());
        assertEquals(apple, register.byTicker("AAPL", Set.of("NASDAQ")).get(0));
        RegisterEntry sap = register.byKey("sap").get(0);
        assertEquals("DE0007164600", sap.isins().get(0));
        assertEquals("Germany", sap.country());
    }
}
