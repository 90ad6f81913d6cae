package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check-text} as a script calls it. With {@code --no-spelling}, so LanguageTool is not
 * loaded here; its checks are in LanguageToolChecksTest.
 */
class CheckTextCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream in, String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneFindingALineWithPlaceKindFragmentMessageAndFix() throws Exception {
        Path post = Files.writeString(dir.resolve("пост.txt"),
                "Привет!\nВ настоящее время дорога открыта.\n", StandardCharsets.UTF_8);
        assertThat(run("check-text", "--no-spelling", post.toString())).isZero();
        assertThat(out()).isEqualTo("2:1  канцелярит  «В настоящее время»  — «В настоящее время» — канцелярит. "
                + "Проще: сейчас. → Сейчас\n"
                + "Итого: 1 замечание (канцелярит 1).\n");
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("книга.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertThat(run("check-text", "--no-spelling", big.toString())).isEqualTo(1);
        assertThat(err()).contains("книга.txt", "больше 512 КБ");
        byte[] piped = "а".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        assertThat(run(new ByteArrayInputStream(piped), "check-text", "--no-spelling", "-")).isEqualTo(1);
        assertThat(err()).contains("больше 512 КБ");
    }

    @Test
    void readsTheStandardInput() {
        byte[] text = "\uFEFFПриходите на субботник в субботу. Грабли дадим.".getBytes(StandardCharsets.UTF_8);
        assertThat(run(new ByteArrayInputStream(text), "check-text", "--no-spelling", "-")).isZero();
        assertThat(out()).isEqualTo("Замечаний нет.\n");
    }

    @Test
    void thePressReleaseIsTooLongForATelegramCaption() throws Exception {
        Path post = dir.resolve("press.txt");
        try (InputStream in = getClass().getResourceAsStream("/ru/officialpages/text/press-release.txt")) {
            Files.write(post, in.readAllBytes());
        }
        assertThat(run("check-text", "--no-spelling", "--network", "telegram-caption", post.toString())).isZero();
        assertThat(out()).contains("объём", "в сети «Telegram (подпись к фото)» можно 1", "ссылки на акты",
                "пресс-релиз", "весь текст  читаемость  — Удобочитаемость: ")
                .containsPattern("(?m)^Итого: \\d+ замечани[йея] \\(.*канцелярит \\d+.*\\)\\.$");
        assertThat(run("check-text", "--no-spelling", "--network", "vk", post.toString())).isZero();
        assertThat(out()).doesNotContain("в сети «").contains("Хештегов: 6");
    }

    @Test
    void theUserLexiconExtendsTheBuiltInOne() throws Exception {
        Path lexicon = Files.writeString(dir.resolve("мой.tsv"), "настоящим сообщаем\tсообщаем\n", StandardCharsets.UTF_8);
        Path post = Files.writeString(dir.resolve("p.txt"), "Настоящим сообщаем о ремонте.", StandardCharsets.UTF_8);
        assertThat(run("check-text", "--no-spelling", "--lexicon", lexicon.toString(), post.toString())).isZero();
        assertThat(out()).startsWith("1:1  канцелярит  «Настоящим сообщаем»");
        Path bad = Files.writeString(dir.resolve("плохой.tsv"), "a\tb\tc\td\n", StandardCharsets.UTF_8);
        assertThat(run("check-text", "--no-spelling", "--lexicon", bad.toString(), post.toString())).isEqualTo(1);
        assertThat(err()).contains("плохой.tsv", "строка 1");
    }

    @Test
    void badUsageIsTwoAndAnUnreadableFileIsOne() throws Exception {
        assertThat(run("check-text")).isEqualTo(2);
        assertThat(err()).contains("Использование:");
        assertThat(run("check-text", "--network", "facebook", "x.txt")).isEqualTo(2);
        assertThat(err()).contains("«facebook» — неизвестная сеть");
        assertThat(run("check-text", "--loud", "x.txt")).isEqualTo(2);
        assertThat(run("check-text", "a.txt", "b.txt")).isEqualTo(2);
        assertThat(run("check-text", "--no-spelling", dir.resolve("нет.txt").toString())).isEqualTo(1);
        assertThat(err()).contains("не найден");
        Path cp1251 = Files.write(dir.resolve("ansi.txt"), "Привет, соседи!".getBytes(Charset.forName("windows-1251")));
        assertThat(run("check-text", "--no-spelling", cp1251.toString())).isEqualTo(1);
        assertThat(err()).contains("не в кодировке UTF-8");
    }

    @Test
    void theHelpListsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("check-text");
    }
}
