-- A page's identity on its platform where the address does not show it (issue 16): VK names a
-- community's posts by number (wall-210001_99 is community 210001) while the registry may keep the
-- page by its short name (vk.com/berezovka_sp). owner_id is the platform's owner number as post
-- links carry it: a VK community negative (-210001), a VK personal page positive, an OK group its
-- number. Learned from a numeric address, from the clerk's answer the first time a link's page was
-- unknown, and from an import line naming the page; a later VK sync writes the same.
-- No two pages of one network hold the same number.
CREATE TABLE page_identity (
    page_id      INTEGER PRIMARY KEY REFERENCES page (id) ON DELETE CASCADE,
    network_code TEXT    NOT NULL REFERENCES network (code),
    owner_id     INTEGER NOT NULL,
    learned_from TEXT    NOT NULL,
    UNIQUE (network_code, owner_id)
);
