package dev.observatory.slo.server;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.report.BudgetReport;
import dev.observatory.slo.report.CsvReport;
import dev.observatory.slo.report.HtmlReport;
import dev.observatory.slo.report.JsonReport;
import dev.observatory.slo.report.MarkdownReport;
import dev.observatory.slo.report.ReportInput;
import dev.observatory.slo.report.ReportPeriod;
import dev.observatory.slo.store.EpisodeDao;
import dev.observatory.slo.store.MinuteDao;
import dev.observatory.slo.store.MinuteRow;
import dev.observatory.slo.store.SloKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /api/v1/reports/{period}?format=json|md|html|csv}: the error-budget report of a month or ISO week, from PostgreSQL. */
@Path("/api/v1/reports")
public final class ReportResource {
  private final Engine engine;
  private final Jdbi jdbi;

  ReportResource(Engine engine, Jdbi jdbi) {
    this.engine = engine;
    this.jdbi = jdbi;
  }

  @GET
  @Path("/{period}")
  public Response report(@PathParam("period") String periodText, @QueryParam("format") String format) {
    ReportPeriod period;
    try {
      period = ReportPeriod.parse(periodText);
    } catch (RuntimeException e) {
      throw SloResource.bad("period must be a month like 2026-11 or an ISO week like 2026-W47, found \"" + periodText + "\"");
    }
    String f = format == null ? "json" : format;
    if (!f.matches("json|md|html|csv")) throw SloResource.bad("format must be json, md, html or csv, found \"" + f + "\"");
    Instant now = Instant.now();
    BudgetReport report = compute(jdbi, engine.slos(), period, Optional.of(now),
        id -> Attribution.of(jdbi, engine.slo(id).orElseThrow(), period.startEpochMinute(), period.endEpochMinute()));
    String body = switch (f) {
      case "json" -> JsonReport.render(report);
      case "md" -> MarkdownReport.render(report);
      case "html" -> HtmlReport.render(report);
      default -> CsvReport.render(report);
    };
    // Every report handed out is kept: what a manager was shown can be looked up later.
    jdbi.onDemand(dev.observatory.slo.store.ReportDao.class).save(period.label(), f, body, now);
    String type = switch (f) {
      case "json" -> "application/json";
      case "md" -> "text/markdown; charset=utf-8";
      case "html" -> "text/html; charset=utf-8";
      default -> "text/csv; charset=utf-8";
    };
    return Response.ok(body, type).build();
  }

  /** The report of {@code period}, each SLO's series read from PostgreSQL over the period and the one before. */
  static BudgetReport compute(Jdbi jdbi, List<Slo> slos, ReportPeriod period, Optional<Instant> generatedAt,
      java.util.function.Function<dev.observatory.slo.model.SloId, List<dev.observatory.slo.server.api.AttributionJson>> attribution) {
    long from = period.previous().startEpochMinute();
    long to = period.endEpochMinute();
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    EpisodeDao episodes = jdbi.onDemand(EpisodeDao.class);
    List<ReportInput> inputs = new ArrayList<>();
    for (Slo slo : slos) {
      MinuteSeries series = new MinuteSeries(from);
      for (MinuteRow row : minutes.range(SloKey.of(slo.id()), from, to)) {
        if (row.minute() >= series.endEpochMinute()) series.append(row.minute(), row.good(), row.total());
      }
      List<dev.observatory.slo.report.AlertEpisode> eps = new ArrayList<>();
      for (var e : episodes.overlapping(SloKey.of(slo.id()), period.start(), period.end())) {
        // An episode still firing is reported up to now (or the period's end, whichever is first).
        Instant end = e.resolvedAt() != null ? e.resolvedAt() : min(generatedAt.orElse(period.end()), period.end());
        eps.add(new dev.observatory.slo.report.AlertEpisode(e.severity(), e.startedAt(), end.isBefore(e.startedAt()) ? e.startedAt() : end, Math.max(0, e.budgetSpent())));
      }
      List<dev.observatory.slo.report.ErrorAttribution> causes = attribution.apply(slo.id()).stream()
          .map(a -> new dev.observatory.slo.report.ErrorAttribution(a.spanName(), Math.round(a.errors()))).toList();
      inputs.add(new ReportInput(slo, series, eps, causes));
    }
    return BudgetReport.compute(period, inputs, generatedAt);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
