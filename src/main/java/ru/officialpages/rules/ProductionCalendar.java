package ru.officialpages.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import ru.officialpages.i18n.Tr;

/**
 * The production calendar the program works by: the official years (built in or imported), the
 * Labour Code fallback for any other year, and the user's own corrections on top, which win.
 * Immutable; {@link #withOverride} returns a new calendar.
 */
public final class ProductionCalendar {
    // Day types are looked up per day in every deadline computation, so each year becomes an array
    // indexed by day of year; years outside this window are still answered, only not cached.
    private static final int FIRST_CACHED_YEAR = 1900;
    private static final int CACHED_YEARS = 400;

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, DayType> overrides;
    private final AtomicReferenceArray<DayType[]> tables = new AtomicReferenceArray<>(CACHED_YEARS);

    /**
     * @param years     official years; when two have the same year the later one wins, so pass
     *                  the built-in years first and the imported ones after them
     * @param overrides the user's corrections, date by date
     */
    public ProductionCalendar(Collection<CalendarYear> years, Map<LocalDate, DayType> overrides) {
        Map<Integer, CalendarYear> byYear = new HashMap<>();
        for (CalendarYear y : years) {
            if (y.source() != CalendarSource.FALLBACK) {
                byYear.put(y.year(), y);
            }
        }
        this.years = Collections.unmodifiableMap(byYear);
        Map<LocalDate, DayType> copy = new TreeMap<>();
        overrides.forEach((date, type) -> copy.put(Objects.requireNonNull(date), Objects.requireNonNull(type)));
        this.overrides = Collections.unmodifiableMap(copy);
    }

    public ProductionCalendar(Collection<CalendarYear> years) {
        this(years, Map.of());
    }

    public DayType dayType(LocalDate date) {
        if (!overrides.isEmpty()) {
            DayType own = overrides.get(date);
            if (own != null) {
                return own;
            }
        }
        return table(date.getYear())[date.getDayOfYear() - 1];
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayType(date).isWorking();
    }

    /** False when {@code year} is computed by the Labour Code fallback. */
    public boolean hasOfficialData(int year) {
        return years.containsKey(year);
    }

    /** The year as used here, before the user's corrections. */
    public CalendarYear year(int year) {
        CalendarYear official = years.get(year);
        return official != null ? official : CalendarYear.fallback(year);
    }

    /** The sentence to show whenever a result depends on a year without official data. */
    public Optional<String> missingDataNotice(int year) {
        return hasOfficialData(year)
                ? Optional.empty()
                : Optional.of(Tr.tr("calendar.noYearData", String.valueOf(year)));
    }

    public Map<LocalDate, DayType> overrides() {
        return overrides;
    }

    public ProductionCalendar withOverride(LocalDate date, DayType type) {
        Map<LocalDate, DayType> next = new TreeMap<>(overrides);
        next.put(date, type);
        return new ProductionCalendar(years.values(), next);
    }

    public ProductionCalendar withoutOverride(LocalDate date) {
        Map<LocalDate, DayType> next = new TreeMap<>(overrides);
        next.remove(date);
        return new ProductionCalendar(years.values(), next);
    }

    private DayType[] table(int year) {
        int slot = year - FIRST_CACHED_YEAR;
        if (slot >= 0 && slot < CACHED_YEARS) {
            DayType[] cached = tables.get(slot);
            if (cached == null) {
                cached = buildTable(year);
                tables.compareAndSet(slot, null, cached);
            }
            return cached;
        }
        return buildTable(year);
    }

    private DayType[] buildTable(int year) {
        CalendarYear y = year(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        DayType[] table = new DayType[first.lengthOfYear()];
        for (int i = 0; i < table.length; i++) {
            table[i] = y.dayType(first.plusDays(i));
        }
        return table;
    }
}
