package dev.observatory.slo.source;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@link SliAccumulator} needs to resume after an engine restart without counting anything
 * twice: the next minute to close, the targets that had a successful scrape in a closed minute
 * (their new series count from zero), and each counted series' last value in a closed minute.
 * Everything here is consistent with the minutes closed so far: scrapes in still-open minutes are
 * not in it, and are counted again (once) by the first scrape after the restart.
 */
public record AccumulatorState(long nextEpochMinute, SortedSet<String> scrapedTargets, List<SeriesState> series) {
  public AccumulatorState {
    scrapedTargets = Collections.unmodifiableSortedSet(new TreeSet<>(scrapedTargets));
    series = List.copyOf(series);
  }
}
