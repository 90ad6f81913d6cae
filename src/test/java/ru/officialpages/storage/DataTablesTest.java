package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.transfer.DataColumn;
import ru.officialpages.domain.transfer.DataTable;

/** The full export covers the whole schema: a table or column added by a migration and not exported fails here. */
class DataTablesTest {
    @TempDir
    Path dir;

    @Test
    void everyTableOfTheSchemaIsExported() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<String> exported = DataTables.ALL.stream().map(DataTable::name).sorted().toList();
            assertThat(exported).isEqualTo(SqlDumps.userTables(db));
            assertThat(exported).contains("moderation_record", "message_step", "post").doesNotContain("flyway_schema_history");
        }
    }

    @Test
    void everyColumnOfEveryTableIsExported() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            for (DataTable t : DataTables.ALL) {
                List<String> inSchema = db.read(c -> {
                    List<String> names = new ArrayList<>();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SqliteDialect.tableInfo(t.name()))) {
                        while (rs.next()) {
                            names.add(rs.getString("name"));
                        }
                    }
                    return names;
                });
                assertThat(t.columns().stream().map(DataColumn::name).toList()).as(t.name())
                        .containsExactlyInAnyOrderElementsOf(inSchema);
            }
        }
    }

    @Test
    void aTableComesAfterEveryTableItRefersTo() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<String> order = DataTables.ALL.stream().map(DataTable::name).toList();
            for (DataTable t : DataTables.ALL) {
                List<String> parents = db.read(c -> {
                    List<String> names = new ArrayList<>();
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + t.name() + ")")) {
                        while (rs.next()) {
                            names.add(rs.getString("table"));
                        }
                    }
                    return names;
                });
                for (String parent : parents) {
                    assertThat(order.indexOf(parent)).as(t.name() + " refers to " + parent).isLessThan(order.indexOf(t.name()));
                }
            }
        }
    }
}
