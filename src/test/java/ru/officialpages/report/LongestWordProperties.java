package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A column's longest word, walked in place (issue 20 item 5), is the longest word the regular
 * expression {@code \s+} cut before: column widths and row heights of every workbook stay as they were.
 */
class LongestWordProperties {

    @Property(tries = 2000)
    void sameAsSplittingAtWhiteSpace(@ForAll @StringLength(max = 40)
            @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', 'a', 'Ж', '/', '@', '.', '1', '_'}) String text) {
        assertThat(SheetWriter.longestWord(text)).isEqualTo(bySplitting(text));
    }

    @Test
    void addressesCountALittleMore() {
        assertThat(SheetWriter.longestWord("Администрации района")).isEqualTo(13);
        assertThat(SheetWriter.longestWord("см. https://vk.com/club1")).isEqualTo(23);
        assertThat(SheetWriter.longestWord("  ")).isZero();
        assertThat(SheetWriter.longestWord("")).isZero();
    }

    /** The former measure, kept as the reference. */
    private static int bySplitting(String text) {
        int max = 0;
        for (String word : text.split("\\s+")) {
            boolean address = word.indexOf('/') >= 0 || word.indexOf('@') >= 0;
            max = Math.max(max, address ? (int) Math.ceil(word.length() * 1.15) : word.length());
        }
        return max;
    }
}
