package dev.observatory.slo.source;

import dev.observatory.slo.math.CounterIncreases;
import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteIncreases;
import dev.observatory.slo.model.SloId;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads an OpenMetrics history (cumulative counters and histograms with timestamps, as
 * {@code promtool tsdb create-blocks-from openmetrics} reads it) into per-minute good/total counts
 * per SLO, with {@link CounterIncreases}: the same numbers {@link SliAccumulator} gives when the
 * same samples are scraped live, one scrape per timestamp.
 *
 * <p>To match live ingestion: samples are grouped into targets by their {@code job} and
 * {@code instance} labels; a target's scrapes are the distinct timestamps of all its samples,
 * selected or not, so a minute in which a target was scraped but no SLO's series moved has total 0
 * rather than no data; and a series whose first sample is after its target's first scrape counts
 * from 0 (its counter did not exist at that scrape), while one present at the first scrape is a
 * baseline.
 */
final class HistoryImport {
  /** Per SLO (in id order) the counts, and a warning for each metric family no SLO selects. */
  record Result(SortedMap<SloId, MinuteCounts> counts, List<ExpositionProblem> warnings) {
    Result {
      counts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(counts));
      warnings = List.copyOf(warnings);
    }
  }

  private HistoryImport() {}

  /**
   * @throws ExpositionException naming the line: a garbled line, samples of a series out of time
   *     order, a sample without a timestamp, a selected series whose value is not a counter value,
   *     or no {@code # EOF} at the end
   */
  static Result read(Path file, SliSelection selection) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, selection);
    }
  }

  static Result read(BufferedReader in, SliSelection selection) throws IOException {
    Collector collector = new Collector(selection);
    ExpositionParser.forHistory().read(in, collector);
    return collector.result();
  }

  private record SeriesId(String name, Labels labels) {}

  private record SeriesKey(String target, SeriesId id) {}

  /** One selected series' samples, in time order. */
  private static final class Buffer {
    final String target;
    final List<SliSelection.Match> matches;
    long[] millis = new long[16];
    double[] values = new double[16];
    int size;

    Buffer(String target, List<SliSelection.Match> matches) {
      this.target = target;
      this.matches = matches;
    }

    void add(long t, double v) {
      if (size == millis.length) {
        millis = Arrays.copyOf(millis, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      millis[size] = t;
      values[size] = v;
      size++;
    }
  }

  static final class Collector implements ExpositionSink {
    private final SliSelection selection;
    private final Map<SeriesId, List<SliSelection.Match>> matchCache = new HashMap<>();
    private final Map<SeriesKey, Buffer> buffers = new LinkedHashMap<>();
    private final Map<String, Set<Long>> scrapes = new TreeMap<>();
    private final List<Family> families = new ArrayList<>();
    private final Set<Family> selectedFamilies = new HashSet<>();
    /**
     * Per family, its series by identity (the labels without {@code le}, so a histogram's buckets,
     * sum and count are one): whether an SLO selects any of them, else the line of the first.
     */
    private final Map<Family, Map<java.util.SortedMap<String, String>, Integer>> identities = new HashMap<>();
    private Family family;

    Collector(SliSelection selection) {
      this.selection = selection;
    }

    @Override
    public void family(Family f) {
      family = f;
      families.add(f);
    }

    @Override
    public void sample(Sample sample) {
      String target = targetOf(sample.labels());
      scrapes.computeIfAbsent(target, t -> new HashSet<>()).add(sample.timestampMillis());
      SeriesId id = new SeriesId(sample.name(), sample.labels());
      List<SliSelection.Match> cached = matchCache.get(id);
      if (cached == null) {
        cached = selection.match(id.name(), id.labels());
        matchCache.put(id, cached);
        java.util.SortedMap<String, String> identity = new TreeMap<>(id.labels().toMap());
        identity.remove("le");
        // 0: some series of this identity is selected; else the line of its first sample.
        int line = cached.isEmpty() ? sample.line() : 0;
        identities.computeIfAbsent(family, f -> new HashMap<>()).merge(identity, line, (a, b) -> a == 0 || b == 0 ? 0 : Math.min(a, b));
      }
      List<SliSelection.Match> matches = cached;
      if (matches.isEmpty()) return;
      double value = sample.value();
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new ExpositionException(new ExpositionProblem(sample.line(), 0,
            sample.name() + sample.labels() + " has value " + value + ", but an SLO counts it: counter values are finite and non-negative"));
      }
      selectedFamilies.add(family);
      buffers.computeIfAbsent(new SeriesKey(target, id), k -> new Buffer(target, matches)).add(sample.timestampMillis(), value);
    }

    Result result() {
      Map<String, Long> firstScrape = new HashMap<>();
      List<MinuteIncreases> presence = new ArrayList<>();
      scrapes.forEach((target, times) -> {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        firstScrape.put(target, sorted[0]);
        presence.add(CounterIncreases.perMinute(sorted, new double[sorted.length]));
      });
      List<SliSelection.Feed> feeds = selection.feeds();
      List<List<MinuteIncreases>> totals = new ArrayList<>();
      List<List<MinuteIncreases>> parts = new ArrayList<>();
      for (int i = 0; i < feeds.size(); i++) {
        totals.add(new ArrayList<>(presence));
        parts.add(new ArrayList<>());
      }
      for (Buffer b : buffers.values()) {
        long[] t = Arrays.copyOf(b.millis, b.size);
        double[] v = Arrays.copyOf(b.values, b.size);
        MinuteIncreases increases = CounterIncreases.perMinute(t, v, t[0] > firstScrape.get(b.target));
        for (SliSelection.Match m : b.matches) {
          (m.role() == SliSelection.Role.TOTAL ? totals : parts).get(m.feed()).add(increases);
        }
      }
      SortedMap<SloId, MinuteCounts> counts = new TreeMap<>();
      for (SliSelection.Feed feed : feeds) {
        int i = feed.index();
        counts.put(feed.slo(), feed.partIsBad()
            ? CounterIncreases.badTotal(parts.get(i), totals.get(i))
            : CounterIncreases.goodTotal(parts.get(i), totals.get(i)));
      }
      List<ExpositionProblem> warnings = new ArrayList<>();
      for (Family f : families) {
        if (!selectedFamilies.contains(f)) {
          warnings.add(new ExpositionProblem(f.line(), 0, "metric family " + f.name() + " is not selected by any SLO"));
        } else {
          List<Integer> lines = identities.getOrDefault(f, Map.of()).values().stream().filter(l -> l > 0).sorted().toList();
          if (!lines.isEmpty()) {
            String what = f.type() != MetricType.HISTOGRAM ? " series" : lines.size() == 1 ? " histogram" : " histograms";
            warnings.add(new ExpositionProblem(lines.get(0), 0, lines.size() + what + " of " + f.name() + " "
                + (lines.size() == 1 ? "is" : "are") + " not selected by any SLO (the first at this line)"));
          }
        }
      }
      return new Result(counts, warnings);
    }

    private static String targetOf(Labels labels) {
      String job = labels.get("job");
      String instance = labels.get("instance");
      return (job == null ? "" : job) + "/" + (instance == null ? "" : instance);
    }
  }
}
