package ru.officialpages.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backup copies to keep. Periods are counted by the days (weeks, months) that have a copy,
 * not by the calendar, so a month of holiday does not wipe the daily copies made before it.
 * Beyond the policy, a copy is never thrown away on the day it is made (or if its date is in the
 * future, as after a clock was set back): the copy made just before a restore must survive.
 */
public final class BackupRetention {
    private final RetentionPolicy policy;

    public BackupRetention(RetentionPolicy policy) {
        this.policy = policy;
    }

    /** The moments (of those given) whose copies to keep; the others may be deleted. */
    public Set<LocalDateTime> keep(Collection<LocalDateTime> copies, LocalDate today) {
        List<LocalDateTime> newestFirst = copies.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> keep = new HashSet<>();
        if (newestFirst.isEmpty()) {
            return keep;
        }
        // The newest copy is the one a restore would need: always kept, whatever the counts.
        keep.add(newestFirst.get(0));
        for (LocalDateTime t : newestFirst) {
            if (!t.toLocalDate().isBefore(today)) {
                keep.add(t);
            }
        }
        keep.addAll(newestOfEach(newestFirst, LocalDateTime::toLocalDate, policy.daily()));
        keep.addAll(newestOfEach(newestFirst,
                t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100L + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), policy.weekly()));
        keep.addAll(newestOfEach(newestFirst, t -> t.getYear() * 100L + t.getMonthValue(), policy.monthly()));
        return keep;
    }

    /** The newest copy in each of the {@code count} most recent periods that have a copy. */
    private static <K> Collection<LocalDateTime> newestOfEach(List<LocalDateTime> newestFirst,
            Function<LocalDateTime, K> period, int count) {
        Map<K, LocalDateTime> newest = new LinkedHashMap<>();
        for (LocalDateTime t : newestFirst) {
            if (newest.size() == count && !newest.containsKey(period.apply(t))) {
                break;
            }
            newest.putIfAbsent(period.apply(t), t);
        }
        return newest.values();
    }
}
