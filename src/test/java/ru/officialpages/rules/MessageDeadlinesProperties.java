package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ru.officialpages.domain.Importance;

/** Laws of the message deadlines (novokubansky-1740 app.1 §9, §17, §18) over 2023–2027. */
class MessageDeadlinesProperties {
    private static final WorkingTime TIME = new WorkingTime(TestCalendars.standard(), OfficeHours.defaults());
    private static final MessageDeadlines RULES = new MessageDeadlines(TIME);
    private static final long FIRST = LocalDateTime.of(2023, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) / 60;
    private static final long LAST = LocalDateTime.of(2027, 12, 20, 23, 59).toEpochSecond(ZoneOffset.UTC) / 60;

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return Arbitraries.longs().between(FIRST, LAST).map(m -> LocalDateTime.ofEpochSecond(m * 60, 0, ZoneOffset.UTC));
    }

    @Property(tries = 400)
    void dueIsNeverBeforeDetection(@ForAll("moments") LocalDateTime detected, @ForAll Importance importance) {
        assertThat(RULES.answerDue(detected, importance)).isAfter(detected);
        assertThat(RULES.finalDue(detected)).isAfter(detected);
    }

    /** The deadline ends a minute of working time: it is never in the night, at lunch or on a day off. */
    @Property(tries = 400)
    void dueClosesAWorkingMinute(@ForAll("moments") LocalDateTime detected, @ForAll Importance importance) {
        assertThat(TIME.isWorkingMoment(RULES.answerDue(detected, importance).minusMinutes(1))).isTrue();
        assertThat(TIME.isWorkingMoment(RULES.finalDue(detected).minusMinutes(1))).isTrue();
    }

    @Property(tries = 400)
    void exactlyTheWorkingHoursOfTheRules(@ForAll("moments") LocalDateTime detected, @ForAll Importance importance) {
        assertThat(TIME.between(detected, RULES.answerDue(detected, importance)))
                .isEqualTo(MessageDeadlines.answerTime(importance));
    }

    @Property(tries = 400)
    void highImportanceIsNeverLater(@ForAll("moments") LocalDateTime detected) {
        assertThat(RULES.answerDue(detected, Importance.HIGH)).isBeforeOrEqualTo(RULES.answerDue(detected, Importance.ORDINARY));
    }

    @Property(tries = 400)
    void laterDetectionNeverGivesAnEarlierDeadline(@ForAll("moments") LocalDateTime a, @ForAll("moments") LocalDateTime b,
            @ForAll Importance importance) {
        LocalDateTime first = a.isBefore(b) ? a : b;
        LocalDateTime second = a.isBefore(b) ? b : a;
        assertThat(RULES.answerDue(first, importance)).isBeforeOrEqualTo(RULES.answerDue(second, importance));
        assertThat(RULES.finalDue(first)).isBeforeOrEqualTo(RULES.finalDue(second));
    }
}
