package dev.observatory.slo.backtest;

import java.io.IOException;
import java.io.Writer;

/** Writes a backtest's result in one format. Each writer is deterministic: no run time, no random ids. */
public interface BacktestWriter {
  void write(BacktestResult result, Writer out) throws IOException;

  /** Policies side by side per SLO, then the totals: for people. */
  static BacktestWriter text() {
    return new TextTableWriter();
  }

  /** The documented JSON schema (docs/backtest.md): series, episodes, incidents, measures, budgets. */
  static BacktestWriter json() {
    return new JsonWriter();
  }

  /** The per-minute series as CSV: {@code time,slo,window,error_ratio}. */
  static BacktestWriter csv() {
    return new SeriesCsvWriter();
  }
}
