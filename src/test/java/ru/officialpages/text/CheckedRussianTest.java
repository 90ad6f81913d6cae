package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

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
}
