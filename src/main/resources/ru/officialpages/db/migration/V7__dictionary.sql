-- Words the spelling check is to accept: place names, surnames, names of institutions (issue 8).
CREATE TABLE dictionary_word (
    word TEXT PRIMARY KEY
);
