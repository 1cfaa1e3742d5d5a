package org.claimeval.stats.render;

import java.util.Locale;

/** The output formats of {@code compare} and {@code agree}. */
public enum StatsFormat {
    TABLE, MARKDOWN, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
