-- The quarterly registry's placement on the website (novoaltaysk-608 §3.3, §3.5: by the 25th of the month
-- after the quarter): the specialist's mark of the day it was placed, with the link when there is one.
-- One mark per quarter; the district's report and the «Район» screen read it (issue 19 item 6).
CREATE TABLE registry_placement (
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    placed_on   TEXT    NOT NULL,
    url         TEXT    NOT NULL DEFAULT '',
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (year, quarter)
);
