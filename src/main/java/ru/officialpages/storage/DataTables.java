package ru.officialpages.storage;

import static ru.officialpages.domain.transfer.ValueKind.BOOLEAN;
import static ru.officialpages.domain.transfer.ValueKind.DATE;
import static ru.officialpages.domain.transfer.ValueKind.DATE_TIME;
import static ru.officialpages.domain.transfer.ValueKind.INTEGER;
import static ru.officialpages.domain.transfer.ValueKind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.officialpages.domain.transfer.DataColumn;
import ru.officialpages.domain.transfer.DataTable;
import ru.officialpages.domain.transfer.ValueKind;

/**
 * Every table of the schema (V1–V10) that holds the user's data, in the order a load must insert
 * them: a row's references come before it. A test compares this list with sqlite_master, so a
 * table added by a later migration and forgotten here fails the build rather than the user.
 */
public final class DataTables {
    public static final List<DataTable> ALL = List.of(
            table("setting", "key", c("key", TEXT), c("value", TEXT)),
            table("organization", "id", c("id", INTEGER), c("kind", TEXT), c("name", TEXT),
                    c("postal_address", TEXT), c("email", TEXT), c("phones", TEXT), c("website", TEXT),
                    c("exempt", BOOLEAN), c("exempt_basis", TEXT), c("archived", BOOLEAN), c("version", INTEGER)),
            table("network", "position, code", c("code", TEXT), c("name", TEXT), c("host", TEXT),
                    c("position", INTEGER)),
            table("page", "id", c("id", INTEGER), c("organization_id", INTEGER), c("network_code", TEXT),
                    c("address", TEXT), c("created_on", DATE), c("deleted_on", DATE), c("weekly_norm", INTEGER),
                    c("version", INTEGER)),
            table("page_address", "id", c("id", INTEGER), c("page_id", INTEGER), c("address", TEXT),
                    c("valid_from", DATE), c("valid_to", DATE)),
            table("page_person", "id", c("id", INTEGER), c("page_id", INTEGER), c("ordinal", INTEGER),
                    c("name", TEXT), c("position", TEXT), c("phone", TEXT), c("email", TEXT),
                    c("responsible", BOOLEAN), c("has_access", BOOLEAN)),
            table("page_check", "page_id, item", c("page_id", INTEGER), c("item", TEXT), c("state", TEXT),
                    c("checked_on", DATE), c("note", TEXT)),
            table("page_identity", "page_id", c("page_id", INTEGER), c("network_code", TEXT), c("owner_id", INTEGER),
                    c("learned_from", TEXT)),
            table("calendar_imported_year", "year", c("year", INTEGER), c("imported_at", DATE_TIME)),
            table("calendar_imported_day", "year, day", c("year", INTEGER), c("day", DATE), c("type", TEXT)),
            table("calendar_override", "day", c("day", DATE), c("type", TEXT)),
            table("office_hours", "weekday", c("weekday", INTEGER), c("start_time", TEXT), c("end_time", TEXT),
                    c("lunch_start", TEXT), c("lunch_end", TEXT)),
            table("plan_item", "id", c("id", INTEGER), c("day", DATE), c("time", TEXT), c("topic", TEXT),
                    c("occasion", TEXT), c("format", TEXT), c("notes", TEXT), c("status", TEXT),
                    c("series_id", INTEGER), c("version", INTEGER)),
            table("plan_item_page", "plan_item_id, page_id", c("plan_item_id", INTEGER), c("page_id", INTEGER)),
            table("plan_item_text", "plan_item_id", c("plan_item_id", INTEGER), c("text", TEXT)),
            table("plan_item_move", "id", c("id", INTEGER), c("plan_item_id", INTEGER), c("from_day", DATE),
                    c("to_day", DATE), c("moved_at", DATE_TIME)),
            table("post", "id", c("id", INTEGER), c("page_id", INTEGER), c("published_at", DATE_TIME),
                    c("url", TEXT), c("format", TEXT), c("topic", TEXT), c("text", TEXT), c("plan_item_id", INTEGER),
                    c("search", TEXT), c("version", INTEGER)),
            table("dictionary_word", "word", c("word", TEXT)),
            table("moderation_record", "id", c("id", INTEGER), c("page_id", INTEGER), c("noticed_at", DATE_TIME),
                    c("author_name", TEXT), c("author_link", TEXT), c("text", TEXT), c("action", TEXT),
                    c("note", TEXT), c("recorded_at", DATE_TIME), c("search", TEXT), c("version", INTEGER)),
            table("moderation_ground", "record_id, ground", c("record_id", INTEGER), c("ground", TEXT)),
            table("blacklist_entry", "id", c("id", INTEGER), c("page_id", INTEGER), c("author_name", TEXT),
                    c("author_link", TEXT), c("author_key", TEXT), c("restriction", TEXT), c("since", DATE),
                    c("until", DATE), c("record_id", INTEGER), c("note", TEXT), c("name_key", TEXT)),
            table("blacklist_ground", "entry_id, ground", c("entry_id", INTEGER), c("ground", TEXT)),
            table("moderation_round", "day, page_id", c("page_id", INTEGER), c("day", DATE),
                    c("checked_at", DATE_TIME)),
            table("message", "id", c("id", INTEGER), c("page_id", INTEGER), c("network_code", TEXT),
                    c("author_name", TEXT), c("author_link", TEXT), c("link", TEXT), c("text", TEXT),
                    c("detected_at", DATE_TIME), c("importance", TEXT), c("topic", TEXT), c("executor", TEXT),
                    c("stage", TEXT), c("sent_at", DATE_TIME), c("interim_at", DATE_TIME), c("final_at", DATE_TIME),
                    c("closed_at", DATE_TIME), c("no_answer_ground", TEXT), c("answer_due", DATE_TIME),
                    c("final_due", DATE_TIME), c("due_at", DATE_TIME), c("draft", TEXT),
                    c("draft_agreed_at", DATE_TIME), c("interim_text", TEXT), c("final_text", TEXT),
                    c("search", TEXT), c("version", INTEGER)),
            table("message_step", "id", c("id", INTEGER), c("message_id", INTEGER), c("kind", TEXT),
                    c("at", DATE_TIME), c("reason", TEXT), c("text", TEXT)),
            // V19 (issue 17): what reading the platforms keeps.
            table("post_reach", "post_id", c("post_id", INTEGER), c("views", INTEGER), c("likes", INTEGER),
                    c("reposts", INTEGER), c("comments", INTEGER), c("approximate", BOOLEAN), c("as_of", DATE_TIME),
                    c("gone_since", DATE_TIME)),
            table("synced_comment", "id", c("id", INTEGER), c("page_id", INTEGER), c("platform_key", TEXT),
                    c("post_link", TEXT), c("link", TEXT), c("author_name", TEXT), c("author_link", TEXT),
                    c("written_at", DATE_TIME), c("text", TEXT), c("parent_id", INTEGER), c("reviewed_at", DATE_TIME),
                    c("record_id", INTEGER), c("search", TEXT)),
            table("page_sync", "page_id", c("page_id", INTEGER), c("synced_at", DATE_TIME), c("note", TEXT),
                    c("noted_at", DATE_TIME)),
            // V27 (issue 19 item 6): the quarterly registry's placement on the website.
            table("registry_placement", "year, quarter", c("year", INTEGER), c("quarter", INTEGER),
                    c("placed_on", DATE), c("url", TEXT), c("recorded_at", DATE_TIME)));

    private DataTables() {
    }

    public static Optional<DataTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static DataTable table(String name, String orderBy, DataColumn... columns) {
        return new DataTable(name, new ArrayList<>(List.of(columns)), orderBy);
    }

    private static DataColumn c(String name, ValueKind kind) {
        return new DataColumn(name, kind);
    }
}
