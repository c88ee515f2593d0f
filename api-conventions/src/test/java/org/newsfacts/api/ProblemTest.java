package org.newsfacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemNamesItsStatusDetailAndPath() {
        Problem p = Problem.of(400, "'limit' must be 1-200, got 0", "/api/facts");
        assertEquals(new Problem("about:blank", "Bad Request", 400, "'limit' must be 1-200, got 0", "/api/facts"), p);
        assertEquals("Error", Problem.of(599, "odd", "/x").title(), "a status without a reason phrase");
    }
}
