package dev.observatory.slo.report;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.model.Slo;
import java.util.List;
import java.util.Objects;

/**
 * What the report needs of one SLO: the SLO, its per-minute series covering the period (and the
 * previous period, for the trend), its alert episodes and, optionally, error attribution.
 */
public record ReportInput(Slo slo, MinuteSeries series, List<AlertEpisode> episodes, List<ErrorAttribution> attribution) {
  public ReportInput {
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(series, "series");
    episodes = List.copyOf(episodes);
    attribution = List.copyOf(attribution);
  }

  public ReportInput(Slo slo, MinuteSeries series) {
    this(slo, series, List.of(), List.of());
  }
}
