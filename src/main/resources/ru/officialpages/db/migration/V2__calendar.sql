-- The production calendar the user keeps: years imported from the open-data file, single days
-- they corrected by hand (these win over everything), and the office hours.

CREATE TABLE calendar_imported_year (
    year        INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL
);

CREATE TABLE calendar_imported_day (
    year INTEGER NOT NULL REFERENCES calendar_imported_year (year),
    day  TEXT    NOT NULL,
    type TEXT    NOT NULL,
    PRIMARY KEY (year, day)
);

CREATE TABLE calendar_override (
    day  TEXT PRIMARY KEY,
    type TEXT NOT NULL
);

-- One row per weekday (1 = Monday … 7 = Sunday) once the user has saved the hours; a day off has
-- no start. No rows at all means the default hours.
CREATE TABLE office_hours (
    weekday     INTEGER PRIMARY KEY,
    start_time  TEXT,
    end_time    TEXT,
    lunch_start TEXT,
    lunch_end   TEXT
);
