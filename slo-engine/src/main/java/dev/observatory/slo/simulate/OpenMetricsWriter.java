package dev.observatory.slo.simulate;

import dev.observatory.slo.source.HistorySink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a history as OpenMetrics text, the input of {@code promtool tsdb create-blocks-from
 * openmetrics}: {@code # TYPE} and {@code # HELP} per family, one line per sample with its
 * timestamp in seconds, {@code # EOF} at the end.
 */
public final class OpenMetricsWriter implements HistorySink {
  /** What a written file holds. */
  public record Summary(int series, long samples, long bytes) {}

  private final Writer out;
  private final List<String> prefixes = new ArrayList<>();
  private long samples;

  OpenMetricsWriter(Writer out) {
    this.out = out;
  }

  /**
   * Writes the history to {@code file} atomically: into a temporary file next to it, moved into
   * place once complete, so a failed or interrupted run leaves no half-written file.
   */
  public static Summary write(SyntheticHistory history, Path file, SyntheticHistory.Progress progress) throws IOException {
    Path target = file.toAbsolutePath();
    // Next to the target (same file system, so the move is atomic), with the umask's permissions.
    Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
    try {
      OpenMetricsWriter writer;
      try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16)) {
        writer = new OpenMetricsWriter(w);
        history.writeTo(writer, progress);
        writer.finish();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      long bytes = Files.size(temp);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Summary(writer.prefixes.size(), writer.samples, bytes);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public void family(String name, String type, String help) {
    write("# TYPE " + name + " " + type + "\n# HELP " + name + " " + help.replace("\\", "\\\\").replace("\n", "\\n") + "\n");
  }

  @Override
  public int series(String name, String... labels) {
    StringBuilder prefix = new StringBuilder(name).append('{');
    for (int i = 0; i < labels.length; i += 2) {
      if (i > 0) prefix.append(',');
      prefix.append(labels[i]).append("=\"").append(labels[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
    }
    prefixes.add(prefix.append("} ").toString());
    return prefixes.size() - 1;
  }

  @Override
  public void sample(int series, double value, long timestampMillis) {
    StringBuilder line = new StringBuilder(200).append(prefixes.get(series));
    number(line, value).append(' ').append(Math.floorDiv(timestampMillis, 1000));
    long millis = Math.floorMod(timestampMillis, 1000);
    if (millis != 0) line.append('.').append(String.format(java.util.Locale.ROOT, "%03d", millis));
    write(line.append('\n'));
    samples++;
  }

  void finish() {
    write("# EOF\n");
  }

  /** Integers as integers; values with up to three decimals (latency sums in ms) exactly so. */
  static StringBuilder number(StringBuilder out, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return out.append((long) value);
    long thousandths = Math.round(value * 1000);
    if (Math.abs(value) < 1e12 && thousandths / 1000.0 == value) {
      long abs = Math.abs(thousandths);
      String fraction = String.format(java.util.Locale.ROOT, "%03d", abs % 1000).replaceAll("0+$", "");
      return out.append(thousandths < 0 ? "-" : "").append(abs / 1000).append('.').append(fraction);
    }
    return out.append(value);
  }

  private void write(CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
