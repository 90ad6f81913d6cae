package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;

/** Moderation records from .csv and .xlsx: lenient with names, strict with lines. */
class ModerationImportTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private static final List<Page> PAGES = List.of(
            new Page(1, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null),
            new Page(2, 1, Network.OK, "https://ok.ru/group/70000001", LocalDate.of(2025, 1, 1), null, null));

    private static ModerationImport.Preview csv(String text, Charset charset) {
        return new ModerationImport(PAGES, NOW).read(new TableReader().read(text.getBytes(charset)));
    }

    @Test
    void readsAGoodFileWithGroundsAndActionsInAnySpelling() {
        ModerationImport.Preview p = csv("""
                дата;Адрес страницы;АВТОР;Текст;Основания;Действие
                20.11.2026 14:05;vk.com/club210001;Иван Сидоров;мат-перемат;"НЕЦЕНЗУРНЫЕ выражения; оскорбления";Внести автора в чёрный список
                21.11.2026;https://ok.ru/group/70000001;https://ok.ru/profile/5;Продам гараж;Спам, реклама;Комментарий удален
                22.11.2026 09:00;vk.com/club210001;Мария;Когда ремонт?;;Дан ответ
                22.11.2026 09:30;vk.com/club210001;Гость;Оскорбляет группу;"Порочит гражданина или группу граждан (по полу, возрасту, расе, национальности, языку, религии, профессии, месту жительства, работе, политическим убеждениям)";удалён
                """, Charset.forName("windows-1251"));
        assertThat(p.errors()).isEmpty();
        assertThat(p.canApply()).isTrue();
        List<ModerationRecord> r = p.toAdd();
        assertThat(r).hasSize(4);
        assertThat(r.get(0).noticedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 5));
        assertThat(r.get(0).grounds()).containsExactlyInAnyOrder(DeletionGround.OBSCENE_LANGUAGE, DeletionGround.INSULT);
        assertThat(r.get(0).action()).isEqualTo(ModerationAction.BLACKLISTED);
        assertThat(r.get(0).recordedAt()).isEqualTo(NOW);
        // A profile link in the author column is taken as the link.
        assertThat(r.get(1).authorLink()).isEqualTo("https://ok.ru/profile/5");
        assertThat(r.get(1).authorName()).isEmpty();
        assertThat(r.get(1).pageId()).isEqualTo(2);
        assertThat(r.get(1).grounds()).containsExactlyInAnyOrder(DeletionGround.SPAM, DeletionGround.ADVERTISING);
        assertThat(r.get(1).action()).isEqualTo(ModerationAction.DELETED);
        assertThat(r.get(2).grounds()).isEmpty();
        assertThat(r.get(2).action()).isEqualTo(ModerationAction.ANSWERED);
        // A ground's own commas inside its brackets do not split it.
        assertThat(r.get(3).grounds()).containsExactly(DeletionGround.DEFAMATION);
    }

    @Test
    void everyBadRowIsNamedByItsLine() {
        ModerationImport.Preview p = csv("""
                Дата;Адрес страницы;Автор;Текст;Основания;Действие
                20.11.2026;vk.com/club210001;Иван;ok;Спам;удалён
                вчера;vk.com/club210001;Иван;;Спам;удалён
                20.11.2026;vk.com/club999;Иван;;Спам;удалён
                20.11.2026;vk.com/club210001;Иван;;Грубость;удалён
                20.11.2026;vk.com/club210001;Иван;;Спам;расстрелять
                20.11.2026;vk.com/club210001;;;Спам;в чёрный список
                20.11.2026;vk.com/club210001;Иван;;;удалён
                """, StandardCharsets.UTF_8);
        assertThat(p.canApply()).isFalse();
        assertThat(p.errors()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(p.errors().get(0).text()).startsWith("Строка 3").contains("«вчера» — не дата");
        assertThat(p.errors().get(1).text()).contains("нет в реестре");
        assertThat(p.errors().get(2).text()).contains("«Грубость» — не основание");
        assertThat(p.errors().get(3).text()).contains("«расстрелять» — не действие");
        assertThat(p.errors().get(4).text()).contains("укажите его имя или ссылку");
        assertThat(p.errors().get(5).text()).contains("укажите основание");
    }

    @Test
    void aMissingColumnRefusesTheFile() {
        ModerationImport.Preview p = csv("Дата;Автор;Текст\n20.11.2026;Иван;текст\n", StandardCharsets.UTF_8);
        assertThat(p.canApply()).isFalse();
        assertThat(p.errors()).hasSize(1);
        assertThat(p.errors().get(0).line()).isEqualTo(1);
        assertThat(p.errors().get(0).text()).contains("Адрес страницы").contains("Действие");
    }

    @Test
    void readsAnXlsxWithTypedDates() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Модерация");
            var h = sheet.createRow(0);
            String[] headers = {"Дата", "Адрес страницы", "Автор", "Текст", "Основания", "Действие"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDateTime.of(2026, 11, 19, 16, 45));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            date.setCellStyle(style);
            row.createCell(1).setCellValue("vk.com/club210001");
            row.createCell(2).setCellValue("Олег Ветров");
            row.createCell(3).setCellValue("=HYPERLINK(\"http://evil\")");
            row.createCell(4).setCellValue("Оскорбления; Неподтверждённые сведения о должностных лицах и органах власти");
            row.createCell(5).setCellValue("Автор ограничен");
            wb.write(out);
            bytes = out.toByteArray();
        }
        ModerationImport.Preview p = new ModerationImport(PAGES, NOW).read(new TableReader().read(bytes));
        assertThat(p.errors()).isEmpty();
        ModerationRecord r = p.toAdd().get(0);
        assertThat(r.noticedAt()).isEqualTo(LocalDateTime.of(2026, 11, 19, 16, 45));
        assertThat(r.grounds()).containsExactlyInAnyOrder(DeletionGround.INSULT, DeletionGround.UNVERIFIED_CLAIMS);
        assertThat(r.action()).isEqualTo(ModerationAction.RESTRICTED);
        // Kept as text, never evaluated.
        assertThat(r.text()).isEqualTo("=HYPERLINK(\"http://evil\")");
    }
}
