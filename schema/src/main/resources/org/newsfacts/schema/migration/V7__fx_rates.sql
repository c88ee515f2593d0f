-- FX (issue 26): daily exchange rates and how each money fact was converted to dollars (docs/fx.md).

-- How value_usd was found, or why it is null (the fact's "fx" in fact.v1). fx_date is the day the
-- amount is converted for (the article's date): kept so that a rate arriving later converts the facts
-- that waited for it without extracting them again. All null on facts without money or in dollars.
ALTER TABLE fact
    ADD COLUMN fx_date        date,
    ADD COLUMN fx_rate        numeric,
    ADD COLUMN fx_rate_date   date,
    ADD COLUMN fx_source      varchar(16),
    ADD COLUMN fx_unconverted varchar(32),
    ADD COLUMN fx_reason      text;

-- The facts a newly arrived rate may change: those converted at a rate (or waiting for one) for a
-- day, not those that took the article's own dollar figure.
CREATE INDEX fact_fx_date_idx ON fact (fx_date) WHERE fx_date IS NOT NULL AND fx_source IS DISTINCT FROM 'ARTICLE';

-- The ECB reference rates the live feed (or "./newsfacts fx update") loaded, as published: units of
-- the currency per euro on a TARGET business day. The engine crosses them to the dollar through the
-- day's USD rate. A day's value never changes once stored: a feed that states another one is refused.
CREATE TABLE fx_rate (
    day       date        NOT NULL,
    currency  varchar(3)  NOT NULL,
    per_eur   numeric     NOT NULL CHECK (per_eur > 0),
    source    varchar(16) NOT NULL,
    loaded_at timestamptz NOT NULL,
    PRIMARY KEY (day, currency)
);
