package dev.observatory.slo.source;

import dev.observatory.slo.model.Slo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The history importer fed without text: series and samples arrive as calls of {@link HistorySink}
 * and go through the same collector as a parsed history file, so the minutes are the same as
 * writing the file and reading it back. Line numbers in warnings are those the file would have
 * with a {@code # TYPE} and a {@code # HELP} line per family and a line per sample.
 */
public final class HistoryCollector implements HistorySink {
  private final HistoryImport.Collector collector;
  private final List<Labels> labels = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private int line;

  public HistoryCollector(Collection<Slo> slos) {
    this.collector = new HistoryImport.Collector(SliSelection.of(slos));
  }

  @Override
  public void family(String name, String type, String help) {
    MetricType metricType = MetricType.named(type, ExpositionFormat.OPENMETRICS);
    if (metricType == null) throw new IllegalArgumentException("\"" + type + "\" is not an OpenMetrics type");
    collector.family(new Family(name, metricType, help, null, line + 1));
    line += 2;
  }

  @Override
  public int series(String name, String... namesAndValues) {
    names.add(Objects.requireNonNull(name, "name"));
    labels.add(Labels.of(namesAndValues));
    return labels.size() - 1;
  }

  @Override
  public void sample(int series, double value, long timestampMillis) {
    line++;
    try {
      collector.sample(new Sample(names.get(series), labels.get(series), value, timestampMillis, line));
    } catch (ExpositionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Per SLO the closed minutes with data, and the warnings (families no SLO selects), each
   * prefixed with {@code origin} as {@link HistoryFile#read} prefixes them with the file.
   */
  public HistoryFile.Minutes minutes(String origin) {
    return HistoryFile.minutes(origin, collector.result());
  }

  /**
   * Per SLO the counts of every minute, as {@link HistoryFile#counts} gives them for the written
   * file; warnings as {@code origin:line: warning: message}.
   */
  public HistoryFile.Counts counts(String origin) {
    return HistoryFile.counts(origin, collector.result());
  }
}
