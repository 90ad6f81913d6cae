package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;

/** The incident platform's list of messages: read whole, or refused with every bad line named. */
class MessageImportTest {
    static final List<Network> NETWORKS = List.of(new Network(Network.VK, "ВКонтакте", "vk.com"),
            new Network(Network.OK, "Одноклассники", "ok.ru"), new Network(Network.TELEGRAM, "Telegram", "t.me"));
    static final List<Page> PAGES = List.of(
            new Page(7, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null));
    @TempDir
    Path dir;

    private final MessageImport reader = new MessageImport(NETWORKS, PAGES, Set.of("https://vk.com/wall-210001_99"));

    @Test
    void readsAGoodCsvWithEveryKindOfCourse() throws Exception {
        Path file = Files.writeString(dir.resolve("messages.csv"), """
                Дата выявления;Соцсеть;Автор;Ссылка;Текст;Важность;Дата ответа;Промежуточный ответ;Дата окончательного ответа
                20.11.2026 17:30;ВКонтакте;Петров Иван;https://vk.com/wall-210001_5?reply=7;Когда починят фонарь?;обычная;;;
                23.11.2026 09:05;Одноклассники;Анна;;Упало дерево на провода;Высокая;23.11.2026 10:00;да;26.11.2026 15:00
                19.11.2026 11:00;vk;Сергей;;Где получить справку?;;19.11.2026 12:40;нет;
                """);
        MessageImport.Preview p = reader.read(file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.canApply()).isTrue();
        List<Message> m = p.toAdd();
        assertThat(m).hasSize(3);
        assertThat(m.get(0).detectedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 17, 30));
        assertThat(m.get(0).pageId()).isEqualTo(7L);
        assertThat(m.get(0).stage()).isEqualTo(MessageStage.NEW);
        assertThat(m.get(1).importance()).isEqualTo(Importance.HIGH);
        assertThat(m.get(1).networkCode()).isEqualTo(Network.OK);
        assertThat(m.get(1).interimAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
        assertThat(m.get(1).finalAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 15, 0));
        assertThat(m.get(1).stage()).isEqualTo(MessageStage.FINAL);
        assertThat(m.get(2).finalAt()).isEqualTo(LocalDateTime.of(2026, 11, 19, 12, 40));
        assertThat(m.get(2).interimAt()).isNull();
        assertThat(p.messages()).extracting(MessageImport.Line::line).containsExactly(2, 3, 4);
    }

    @Test
    void refusesBadRowsNamingTheirLines() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), """
                Дата выявления;Соцсеть;Автор;Ссылка;Текст;Важность;Дата ответа;Промежуточный ответ;Дата окончательного ответа
                20.11.2026 17:30;ВКонтакте;Петров;;Хороший вопрос;;;;
                вчера;ВКонтакте;Петров;;Плохая дата;;;;
                20.11.2026 10:00;Фейсбук;Петров;;Чужая сеть;;;;
                20.11.2026 10:00;ВКонтакте;Петров;;;срочная;;;
                20.11.2026 10:00;ВКонтакте;Петров;https://vk.com/wall-210001_99;Уже есть;;;;
                20.11.2026 10:00;ВКонтакте;Петров;;Ответ раньше;;19.11.2026 10:00;;
                20.11.2026 10:00;ВКонтакте;Петров;;Промежуточный без даты;;;да;
                """);
        MessageImport.Preview p = reader.read(file);
        assertThat(p.canApply()).isFalse();
        assertThat(p.errors()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 5, 6, 7, 8);
        assertThat(p.errors().get(0).text()).contains("Строка 3").contains("вчера");
        assertThat(p.errors().get(1).text()).contains("Фейсбук");
        assertThat(p.errors().get(4).text()).contains("уже записано");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("cols.csv"), "Дата;Автор\n20.11.2026 10:00;Петров\n");
        MessageImport.Preview p = reader.read(file);
        assertThat(p.canApply()).isFalse();
        assertThat(p.errors()).hasSize(1);
        assertThat(p.errors().get(0).text()).contains("Дата выявления").contains("Текст");
    }

    @Test
    void readsRealExcelDates() throws Exception {
        Path file = dir.resolve("messages.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            Sheet sheet = wb.createSheet("Инциденты");
            Row header = sheet.createRow(0);
            String[] names = {"Дата выявления", "Соцсеть", "Автор", "Ссылка", "Текст", "Важность", "Дата ответа",
                "Промежуточный ответ", "Дата окончательного ответа"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(LocalDateTime.of(2026, 11, 20, 17, 30));
            r.getCell(0).setCellStyle(dateTime);
            r.createCell(1).setCellValue("Telegram");
            r.createCell(2).setCellValue("Ольга");
            r.createCell(4).setCellValue("Когда откроют каток?");
            r.createCell(6).setCellValue(LocalDateTime.of(2026, 11, 23, 9, 45));
            r.getCell(6).setCellStyle(dateTime);
            r.createCell(7).setCellValue("Каток откроют после морозов, точную дату сообщим.");
            wb.write(out);
        }
        MessageImport.Preview p = reader.read(file);
        assertThat(p.errors()).isEmpty();
        Message m = p.toAdd().get(0);
        assertThat(m.detectedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 17, 30));
        assertThat(m.networkCode()).isEqualTo(Network.TELEGRAM);
        assertThat(m.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(m.interimAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 45));
        assertThat(m.interimText()).startsWith("Каток откроют");
    }
}
