package ru.officialpages.text;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.Russian;
import org.languagetool.rules.CommaWhitespaceRule;
import org.languagetool.rules.Example;
import org.languagetool.rules.MultipleWhitespaceRule;
import org.languagetool.rules.Rule;
import org.languagetool.rules.SentenceWhitespaceRule;
import org.languagetool.rules.UppercaseSentenceStartRule;
import org.languagetool.rules.ru.MorfologikRussianSpellerRule;
import org.languagetool.rules.ru.RussianCompoundRule;
import org.languagetool.rules.ru.RussianDashRule;
import org.languagetool.rules.ru.RussianSimpleReplaceRule;
import org.languagetool.rules.ru.RussianSimpleWordRepeatRule;
import org.languagetool.rules.ru.RussianSpecificCaseRule;
import org.languagetool.rules.ru.RussianUnpairedBracketsRule;
import org.languagetool.rules.ru.RussianVerbConjugationRule;
import org.languagetool.rules.ru.RussianWordCoherencyRule;

/**
 * LanguageTool's Russian with only the Java rules the program runs: those LanguageTool runs by
 * default, less {@code TOO_LONG_SENTENCE} (our own check says it better,
 * {@link PressReleaseSigns#LONG_SENTENCE_WORDS}). The stock list also builds nine rules that are
 * off by default and were never switched on; two of them are heavy for nothing (issue 10): the
 * speller for ё-spelling keeps its own copy of some 27 000 phrase exceptions (13 MB of heap) and
 * the repeated-root rule loads a 7 MB word-root table. Grammar rules (grammar.xml), the tagger and
 * the disambiguator are LanguageTool's own and unchanged. The Russian speller is also relieved of
 * LanguageTool's global list of accepted foreign phrases (see {@link #withoutLatinPhrases}). The list and the order are those of
 * {@link Russian#getRelevantRules} in LanguageTool 6.8; CheckedRussianTest fails when an upgrade
 * changes which rules are on by default.
 */
final class CheckedRussian extends Russian {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    CheckedRussian() {
        // The constructor for variants: Russian() may be called once per process (Languages uses it).
        super(true);
    }

    @Override
    public List<Rule> getRelevantRules(ResourceBundle messages, UserConfig userConfig, Language motherTongue,
            List<Language> altLanguages) throws IOException {
        return List.of(
                new CommaWhitespaceRule(messages, Example.wrong("Не род<marker> ,</marker> а ум поставлю в воеводы."),
                        Example.fixed("Не род<marker>,</marker> а ум поставлю в воеводы.")),
                new UppercaseSentenceStartRule(messages, this,
                        Example.wrong("Закончилось лето. <marker>дети</marker> снова сели за школьные парты."),
                        Example.fixed("Закончилось лето. <marker>Дети</marker> снова сели за школьные парты.")),
                withoutLatinPhrases(new MorfologikRussianSpellerRule(messages, this, userConfig, altLanguages)),
                new MultipleWhitespaceRule(messages, this),
                new SentenceWhitespaceRule(messages),
                new RussianUnpairedBracketsRule(messages, this),
                new RussianCompoundRule(messages, this, userConfig),
                new RussianSimpleReplaceRule(messages),
                new RussianSimpleWordRepeatRule(messages, this),
                new RussianWordCoherencyRule(messages),
                new RussianVerbConjugationRule(messages),
                new RussianDashRule(messages),
                new RussianSpecificCaseRule(messages));
    }

    /**
     * Drops the speller's exceptions for phrases written without a Cyrillic letter. LanguageTool
     * gives every speller the ~27 000 multi-word names of its global spelling list ("Microsoft
     * Entra", "Eli Lake"), each as a pattern rule (13 MB of heap); they only keep the speller from
     * flagging the words of those phrases. The Russian speller never flags a word that is not
     * written in Russian letters, so for it they change nothing. Should a LanguageTool version hand
     * out a list that cannot be changed, the speller keeps it: only memory is lost.
     */
    static MorfologikRussianSpellerRule withoutLatinPhrases(MorfologikRussianSpellerRule speller) {
        try {
            speller.getAntiPatterns().removeIf(phrase -> phrase.getPatternTokens().stream()
                    .noneMatch(token -> token.getString() != null && CYRILLIC.matcher(token.getString()).find()));
        } catch (UnsupportedOperationException e) {
            // An unmodifiable list: the exceptions stay, the checks are the same.
        }
        return speller;
    }
}
