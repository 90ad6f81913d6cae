package ru.officialpages.rules;

/**
 * How many backup copies to keep: the newest copy of each of the last {@code daily} days that
 * have one, of the last {@code weekly} weeks and of the last {@code monthly} months.
 */
public record RetentionPolicy(int daily, int weekly, int monthly) {
    public static final int MAX = 365;

    public RetentionPolicy {
        if (daily < 0 || weekly < 0 || monthly < 0 || daily > MAX || weekly > MAX || monthly > MAX) {
            throw new IllegalArgumentException("counts must be 0.." + MAX + ": " + daily + ", " + weekly + ", " + monthly);
        }
    }

    /** 7 daily, 4 weekly, 12 monthly: a year back at most 23 copies. */
    public static RetentionPolicy standard() {
        return new RetentionPolicy(7, 4, 12);
    }
}
