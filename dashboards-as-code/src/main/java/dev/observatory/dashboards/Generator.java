package dev.observatory.dashboards;

import dev.observatory.dashboards.alertmanager.AlertmanagerConfig;
import dev.observatory.dashboards.alertmanager.Receivers;
import dev.observatory.dashboards.grafana.GrafanaDashboards;
import dev.observatory.dashboards.rules.PrometheusRules;
import dev.observatory.slo.model.Slo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that watches the SLOs, as files: {@code prometheus/*.rules.yaml} (with their
 * {@code promtool test rules} files beside them, {@code *.test.yaml}), {@code alertmanager/alertmanager.yml}
 * and {@code grafana/*.json}. Files are written to a temporary name and renamed into place, so a
 * reader never sees half a file.
 */
public final class Generator {
  private Generator() {}

  /** The generated files, by path relative to the output folder, in a stable order. */
  public static Map<String, String> files(List<Slo> slos, Receivers receivers) {
    Map<String, String> files = new TreeMap<>();
    PrometheusRules.generate(slos).forEach((name, text) -> files.put("prometheus/" + name, text));
    dev.observatory.dashboards.rules.PromtoolTests.generate(slos).forEach((name, text) -> files.put("prometheus/" + name, text));
    files.put("alertmanager/alertmanager.yml", AlertmanagerConfig.generate(slos, receivers));
    GrafanaDashboards.generate(slos).forEach((name, text) -> files.put("grafana/" + name, text));
    return files;
  }

  /**
   * Writes the files under {@code out} (created if missing) and returns their paths.
   *
   * @throws IOException when {@code out} is a file or cannot be written; nothing is half-written
   */
  public static List<Path> write(Map<String, String> files, Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) throw new IOException(out + " is a file, not a folder");
    Files.createDirectories(out);
    if (!Files.isWritable(out)) throw new IOException(out + " is not writable");
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path target = out.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      written.add(target);
    }
    return written;
  }
}
