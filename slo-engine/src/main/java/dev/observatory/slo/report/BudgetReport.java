package dev.observatory.slo.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The error-budget report of a period: one {@link SloReport} per SLO, worst budget first (SLOs
 * without data last, then by id).
 *
 * @param generatedAt shown in the report when given; the report never reads a clock
 */
public record BudgetReport(ReportPeriod period, Optional<Instant> generatedAt, List<SloReport> slos) {
  /** Least budget left first; no data after all SLOs with data; ties by SLO id. */
  static final Comparator<SloReport> WORST_FIRST =
      Comparator.<SloReport, Boolean>comparing(r -> r.budget().isEmpty())
          .thenComparingDouble(r -> r.budget().map(SloReport.Budget::left).orElse(0.0))
          .thenComparing(SloReport::id);

  public BudgetReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(generatedAt, "generatedAt");
    slos = List.copyOf(slos);
  }

  /**
   * Computes the report of {@code period} from each SLO's series; each series should also cover the
   * previous period for the trend (without it the trend is "no data").
   */
  public static BudgetReport compute(ReportPeriod period, List<ReportInput> inputs, Optional<Instant> generatedAt) {
    List<SloReport> slos = new ArrayList<>(inputs.size());
    for (ReportInput input : inputs) slos.add(SloReportCalculator.compute(period, input));
    slos.sort(WORST_FIRST);
    return new BudgetReport(period, generatedAt, slos);
  }

  public long count(SloReport.Compliance compliance) {
    return slos.stream().filter(s -> s.compliance() == compliance).count();
  }
}
