package dev.observatory.cli;

import dev.observatory.slo.backtest.BacktestResult;
import dev.observatory.slo.backtest.BacktestWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes every output to a temporary file beside its target, and renames them only once all are complete. */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Map<Path, BacktestWriter> files, BacktestResult result) {
    List<Path[]> done = new ArrayList<>();
    try {
      for (Map.Entry<Path, BacktestWriter> e : files.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        done.add(new Path[] {tmp, target});
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          e.getValue().write(result, out);
        }
      }
      for (Path[] p : done) Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new RunFailedException("slo backtest: cannot write " + e.getMessage());
    } finally {
      for (Path[] p : done) {
        try {
          Files.deleteIfExists(p[0]);
        } catch (IOException ignored) {
          // best effort: a leftover hidden temp file is harmless
        }
      }
    }
  }
}
