package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found by CellTextProperties: characters XML refuses must not reach a link or a sheet name. */
class NonCharactersTest {
    @TempDir
    Path dir;

    @Test
    void aLinkWithANonCharacterStaysTextAndTheFileOpens() throws Exception {
        assertThat(WebAddress.linkable("https://vk.com/adm\uFFFF")).isEmpty();
        assertThat(WebAddress.linkable("https://vk.com/adm\uFDD0")).isEmpty();
        assertThat(WebAddress.linkable("https://vk.com/adm")).contains("https://vk.com/adm");

        Path file = dir.resolve("links.xlsx");
        new SpreadsheetWriter().write(file, SheetSpec.of("Страницы\tреестр", List.of("https://vk.com/adm\uFFFF"))
                .column(Column.hyperlink("Адрес", 30, (String s) -> s)));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Страницы реестр");
            assertThat(wb.getSheetAt(0).getHyperlinkList()).isEmpty();
        }
    }
}
