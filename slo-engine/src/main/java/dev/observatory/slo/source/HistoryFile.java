package dev.observatory.slo.source;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A history file (OpenMetrics with timestamps, as {@code promtool tsdb create-blocks-from
 * openmetrics} reads it) turned into the same per-minute counts that live scraping of the same
 * samples gives, for backfilling.
 */
public final class HistoryFile {
  /** Per SLO the closed minutes with data, and one line per warning (families no SLO selects). */
  public record Minutes(SortedMap<SloId, List<MinuteTally>> minutes, List<String> warnings) {}

  /**
   * Per SLO the counts of every minute from the file's first to its last sample (gaps as no data),
   * and one line per warning, {@code file:line: warning: message}.
   */
  public record Counts(SortedMap<SloId, MinuteCounts> counts, List<String> warnings) {
    public Counts {
      counts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(counts));
      warnings = List.copyOf(warnings);
    }
  }

  private HistoryFile() {}

  /**
   * Reads the file into per-minute counts, for replaying (backtests).
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException with one line {@code file:line[:column]: message}: a garbled
   *     line, out-of-order or untimed samples, a missing {@code # EOF}
   */
  public static Counts counts(Path file, Collection<Slo> slos) throws IOException {
    return counts(file.toString(), imported(file, slos, e -> where(file, e.problem()) + ": " + e.problem().message()));
  }

  /** An import's counts; warnings as {@code origin:line: warning: message}. */
  static Counts counts(String origin, HistoryImport.Result result) {
    return new Counts(result.counts(), result.warnings().stream().map(w -> where(origin, w) + ": warning: " + w.message()).toList());
  }

  private static String where(Object origin, ExpositionProblem p) {
    return origin + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "");
  }

  /**
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line of a garbled line, out-of-order or
   *     untimed samples, or a missing {@code # EOF}
   */
  public static Minutes read(Path file, Collection<Slo> slos) throws IOException {
    return minutes(file.toString(), imported(file, slos, e -> file + ": " + e.getMessage()));
  }

  /** The file through the importer; a bad line becomes an IllegalArgumentException worded by {@code message}. */
  private static HistoryImport.Result imported(Path file, Collection<Slo> slos, java.util.function.Function<ExpositionException, String> message)
      throws IOException {
    try {
      return HistoryImport.read(file, SliSelection.of(slos));
    } catch (ExpositionException e) {
      throw new IllegalArgumentException(message.apply(e), e);
    }
  }

  /** The closed minutes with data of an import's counts; warnings prefixed with {@code origin}. */
  static Minutes minutes(String origin, HistoryImport.Result result) {
    SortedMap<SloId, List<MinuteTally>> out = new TreeMap<>();
    result.counts().forEach((id, counts) -> {
      List<MinuteTally> minutes = new ArrayList<>();
      for (MinuteTally t : MinuteTally.of(counts, counts.startEpochMinute(), counts.endEpochMinute())) if (t.hasData()) minutes.add(t);
      out.put(id, minutes);
    });
    return new Minutes(out, result.warnings().stream().map(w -> origin + ": " + w).toList());
  }
}
