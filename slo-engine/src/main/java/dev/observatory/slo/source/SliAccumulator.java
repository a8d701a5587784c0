package dev.observatory.slo.source;

import dev.observatory.slo.model.SloId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * From scraped cumulative counters to closed minutes of good and total events per SLO, with the
 * semantics of {@link dev.observatory.slo.math.CounterIncreases}: per series the delta to its last
 * value ({@code v - last}, or {@code v} when the counter dropped: a reset) lands in the minute of
 * the scrape; after a gap (target down, engine slow) the whole increase lands in the first minute
 * after it. A target's first successful scrape only sets baselines. A minute without a successful
 * (non-baseline) scrape of any target is no data; one with a scrape but no matching series or no
 * increase is total 0.
 *
 * <p>Every target counts for every SLO: with several targets, a minute in which only a target that
 * never exposes an SLO's series was scraped reads as total 0 for it rather than no data.
 *
 * <p>Scrape timestamps are the scrape's start (timestamps written in pages are ignored). Not
 * thread-safe: one scrape loop feeds it and closes minutes.
 */
final class SliAccumulator {
  private static final long UNSET = Long.MIN_VALUE;

  private final SliSelection selection;
  private final List<SliSelection.Feed> feeds;
  private final Map<SeriesId, List<SliSelection.Match>> matchCache = new HashMap<>();
  private final Map<SeriesKey, Track> tracks = new HashMap<>();
  private final Map<String, Long> firstScrapeMinute = new HashMap<>();
  private final TreeMap<Long, OpenMinute> open = new TreeMap<>();
  private long nextMinute = UNSET;
  private long skippedSamples;

  private record SeriesId(String name, Labels labels) {}

  private record SeriesKey(String target, String name, Labels labels) {}

  SliAccumulator(SliSelection selection) {
    this.selection = selection;
    this.feeds = selection.feeds();
  }

  /**
   * An accumulator that resumes from a persisted state: the next scrape of a known series counts
   * only its increase since the last closed minute. Series no SLO selects any more are dropped.
   */
  static SliAccumulator restore(SliSelection selection, AccumulatorState state) {
    SliAccumulator accumulator = new SliAccumulator(selection);
    accumulator.nextMinute = state.nextEpochMinute();
    for (String target : state.scrapedTargets()) accumulator.firstScrapeMinute.put(target, state.nextEpochMinute() - 1);
    for (SeriesState s : state.series()) {
      Labels labels = Labels.of(s.labels());
      List<SliSelection.Match> matches = accumulator.matches(s.metric(), labels);
      if (matches.isEmpty() || !state.scrapedTargets().contains(s.target())) continue;
      Track track = new Track(matches);
      track.committed = true;
      track.committedValue = s.value();
      track.committedMillis = s.epochMillis();
      accumulator.tracks.put(new SeriesKey(s.target(), s.metric(), labels), track);
    }
    return accumulator;
  }

  /** A successful scrape of {@code target} that started at {@code epochMillis}. */
  void scraped(String target, long epochMillis, List<Sample> samples) {
    long minute = openMinuteFor(epochMillis);
    boolean baseline = !firstScrapeMinute.containsKey(target);
    if (baseline) firstScrapeMinute.put(target, minute);
    OpenMinute counts = open.computeIfAbsent(minute, m -> new OpenMinute(feeds.size()));
    if (!baseline) counts.data = true;
    for (Sample sample : samples) {
      List<SliSelection.Match> matches = matches(sample.name(), sample.labels());
      if (matches.isEmpty()) continue;
      double value = sample.value();
      if (!(value >= 0) || Double.isInfinite(value)) {
        skippedSamples++; // not a counter value; the series keeps its last good one
        continue;
      }
      SeriesKey key = new SeriesKey(target, sample.name(), sample.labels());
      Track track = tracks.get(key);
      double delta;
      if (track == null) {
        track = new Track(matches);
        tracks.put(key, track);
        // Unlike Prometheus' increase(), which takes a new series' first sample as its baseline
        // and so misses its first increments: a series that appears after the target's first
        // successful scrape was not on that page, so its counter was 0 then and all of its value
        // is new events. On the first scrape itself nothing is known, and the value is a baseline.
        delta = baseline ? 0 : value;
      } else {
        if (epochMillis <= track.lastMillis()) {
          skippedSamples++; // the same series twice on a page, or a scrape older than the last one
          continue;
        }
        double last = track.lastValue();
        delta = value < last ? value : value - last;
      }
      track.record(minute, epochMillis, value);
      if (baseline) continue;
      for (SliSelection.Match match : track.matches) {
        if (match.role() == SliSelection.Role.TOTAL) {
          counts.total[match.feed()] += delta;
        } else {
          counts.part[match.feed()] += delta;
        }
      }
    }
  }

  /**
   * A scrape of {@code target} that failed (down, timeout, bad page). It adds nothing: its minute
   * stays no data unless another scrape succeeds in it. It only opens the first minute to report,
   * so that an engine whose targets are all down still reports its minutes as no data.
   */
  void scrapeFailed(String target, long epochMillis) {
    openMinuteFor(epochMillis);
  }

  /**
   * Closes every open minute before {@code epochMinute} and returns them per SLO, in SLO id order,
   * each list covering the same minutes, oldest first. Nothing is returned twice.
   */
  SortedMap<SloId, List<MinuteTally>> closeMinutesBefore(long epochMinute) {
    SortedMap<SloId, List<MinuteTally>> out = new TreeMap<>();
    List<List<MinuteTally>> lists = new ArrayList<>(feeds.size());
    for (SliSelection.Feed feed : feeds) {
      List<MinuteTally> list = new ArrayList<>();
      lists.add(list);
      out.put(feed.slo(), list);
    }
    if (nextMinute == UNSET || epochMinute <= nextMinute) return out;
    for (long m = nextMinute; m < epochMinute; m++) {
      OpenMinute counts = open.remove(m);
      for (SliSelection.Feed feed : feeds) {
        int i = feed.index();
        if (counts == null || !counts.data) {
          lists.get(i).add(MinuteTally.noData(m));
        } else {
          double good = feed.partIsBad() ? counts.total[i] - counts.part[i] : counts.part[i];
          lists.get(i).add(new MinuteTally(m, true, good, counts.total[i]));
        }
      }
    }
    for (Track track : tracks.values()) track.commitBefore(epochMinute);
    nextMinute = epochMinute;
    return out;
  }

  /** The state to persist after closing minutes; see {@link AccumulatorState}. */
  AccumulatorState state() {
    TreeSet<String> scraped = new TreeSet<>();
    firstScrapeMinute.forEach((target, minute) -> {
      if (nextMinute != UNSET && minute < nextMinute) scraped.add(target);
    });
    List<SeriesState> series = new ArrayList<>();
    tracks.forEach((key, track) -> {
      if (track.committed) {
        series.add(new SeriesState(key.target(), key.name(), key.labels().toMap(), track.committedValue, track.committedMillis));
      }
    });
    series.sort(Comparator.comparing(SeriesState::target).thenComparing(SeriesState::metric).thenComparing(s -> s.labels().toString()));
    return new AccumulatorState(nextMinute == UNSET ? 0 : nextMinute, scraped, series);
  }

  /** Samples of selected series that were not counted: not a counter value, or not newer than the last one. */
  long skippedSamples() {
    return skippedSamples;
  }

  private List<SliSelection.Match> matches(String name, Labels labels) {
    return matchCache.computeIfAbsent(new SeriesId(name, labels), id -> selection.match(id.name(), id.labels()));
  }

  private long openMinuteFor(long epochMillis) {
    long minute = Math.floorDiv(epochMillis, 60_000L);
    if (nextMinute == UNSET) nextMinute = minute;
    // A scrape that started in a minute already closed (a slow target) counts in the first open
    // minute: late, but neither lost nor counted twice.
    return Math.max(minute, nextMinute);
  }

  /** Good-or-bad and total sums of one open minute, per feed. */
  private static final class OpenMinute {
    final double[] total;
    final double[] part;
    boolean data;

    OpenMinute(int feeds) {
      total = new double[feeds];
      part = new double[feeds];
    }
  }

  /**
   * One counted series: its last value in a closed minute, and the last value of each open minute
   * after it (so that the state handed out stays consistent with the minutes closed).
   */
  private static final class Track {
    final List<SliSelection.Match> matches;
    boolean committed;
    double committedValue;
    long committedMillis = Long.MIN_VALUE;
    int pending;
    long[] minutes = new long[2];
    long[] millis = new long[2];
    double[] values = new double[2];

    Track(List<SliSelection.Match> matches) {
      this.matches = matches;
    }

    double lastValue() {
      return pending > 0 ? values[pending - 1] : committedValue;
    }

    long lastMillis() {
      return pending > 0 ? millis[pending - 1] : committedMillis;
    }

    void record(long minute, long epochMillis, double value) {
      if (pending > 0 && minutes[pending - 1] == minute) {
        millis[pending - 1] = epochMillis;
        values[pending - 1] = value;
        return;
      }
      if (pending == minutes.length) {
        minutes = Arrays.copyOf(minutes, pending * 2);
        millis = Arrays.copyOf(millis, pending * 2);
        values = Arrays.copyOf(values, pending * 2);
      }
      minutes[pending] = minute;
      millis[pending] = epochMillis;
      values[pending] = value;
      pending++;
    }

    void commitBefore(long minute) {
      int k = 0;
      while (k < pending && minutes[k] < minute) k++;
      if (k == 0) return;
      committed = true;
      committedValue = values[k - 1];
      committedMillis = millis[k - 1];
      System.arraycopy(minutes, k, minutes, 0, pending - k);
      System.arraycopy(millis, k, millis, 0, pending - k);
      System.arraycopy(values, k, values, 0, pending - k);
      pending -= k;
    }
  }
}
