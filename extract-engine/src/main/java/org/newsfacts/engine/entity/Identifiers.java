package org.newsfacts.engine.entity;

/**
 * A fact subject's identifiers from the company register ({@code subjectIds} in FACTS.md): the
 * register's canonical name, the primary listing's ticker and exchange, the primary ISIN and the SEC
 * CIK. Fields the register does not know are null.
 */
public record Identifiers(String name, String ticker, String exchange, String isin, String cik) {}
