package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.ru.MorfologikRussianSpellerRule;

/** The program's Russian runs exactly the Java rules LanguageTool runs by default, less TOO_LONG_SENTENCE. */
class CheckedRussianTest {
    @Test
    void sameRulesAsLanguageToolRunsByDefault() throws Exception {
        Language stock = Languages.getLanguageForShortCode("ru-RU");
        List<String> onByDefault = stock.getRelevantRules(JLanguageTool.getMessageBundle(stock), null, null, List.of())
                .stream().filter(r -> !r.isDefaultOff()).map(Rule::getId).filter(id -> !id.equals("TOO_LONG_SENTENCE"))
                .toList();
        CheckedRussian ours = new CheckedRussian();
        List<Rule> rules = ours.getRelevantRules(JLanguageTool.getMessageBundle(ours), null, null, List.of());

        assertThat(rules).extracting(Rule::getId).containsExactlyElementsOf(onByDefault);
        assertThat(rules).noneMatch(Rule::isDefaultOff);
        assertThat(ours.getShortCodeWithCountryAndVariant()).isEqualTo(stock.getShortCodeWithCountryAndVariant());
    }

    /** The global foreign phrases are gone from the speller, and foreign words are still not flagged without them. */
    @Test
    void theSpellerKeepsNoLatinPhrasesAndStillLeavesLatinWordsAlone() throws Exception {
        CheckedRussian ours = new CheckedRussian();
        MorfologikRussianSpellerRule speller = ours.getRelevantRules(JLanguageTool.getMessageBundle(ours), null, null, List.of())
                .stream().filter(MorfologikRussianSpellerRule.class::isInstance).map(MorfologikRussianSpellerRule.class::cast)
                .findFirst().orElseThrow();
        assertThat(speller.getAntiPatterns()).hasSizeLessThan(1000);

        JLanguageTool tool = new JLanguageTool(ours);
        String text = "Приглашаем на встречу Eli Lake и Microsft Entra. Будем учавствовать всей семьёй.";
        List<RuleMatch> found = tool.check(text);
        assertThat(found).extracting(m -> m.getRule().getId()).containsExactly(MorfologikRussianSpellerRule.RULE_ID);
        assertThat(text.substring(found.get(0).getFromPos(), found.get(0).getToPos()))
                .isEqualTo("учавствовать");
    }
}
