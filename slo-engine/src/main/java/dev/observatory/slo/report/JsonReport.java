package dev.observatory.slo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.observatory.slo.report.SloReport.Budget;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The report as JSON, fields always in this order (a stable contract for scripts; new fields are
 * only ever added at the end of an object, and {@code schemaVersion} changes when one changes
 * meaning). Ratios are plain decimals ({@code 0.99975}, rounded to 9 places), events and minutes
 * are rounded to 3; "no data" is {@code null}, never 0. Times are ISO-8601 UTC instants.
 *
 * <pre>
 * {
 *   "generator": "observatory slo report", "schemaVersion": 1,
 *   "period": {"label", "unit" (month|week), "start", "end", "minutes"},
 *   "generatedAt": instant | null,
 *   "summary": {"slos", "met", "missed", "noData"},
 *   "slos": [{                        worst budget first, no data last
 *     "service", "name", "description", "objective" (ratio), "window", "budgeting",
 *     "compliance" (met|missed|no_data), "sli",
 *     "events": {"total", "bad"}, "minutesWithData", "periodMinutes",
 *     "budget": {"consumed", "left" (shares of the budget),
 *                "events": {"total", "consumed", "left"},
 *                "minutes": {"total", "consumed", "left"}},   budget.minutes.total is never null
 *     "trend": {"previousPeriod", "previousSli", "previousBudgetConsumed", "sliDelta", "budgetConsumedDelta"},
 *     "episodes": [{"severity" (page|ticket), "start", "end", "durationMinutes", "budgetSpent"}],
 *     "errorAttribution": [{"spanName", "errors"}],   most errors first
 *     "days": [{"date", "sli", "budgetLeft"}]
 *   }]
 * }
 * </pre>
 */
public final class JsonReport {
  public static final int SCHEMA_VERSION = 1;
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonReport() {}

  public static String render(BudgetReport report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new Pretty());
      g.writeStartObject();
      g.writeStringField("generator", "observatory slo report");
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      ReportPeriod p = report.period();
      g.writeObjectFieldStart("period");
      g.writeStringField("label", p.label());
      g.writeStringField("unit", p.unit().name().toLowerCase(Locale.ROOT));
      g.writeStringField("start", p.start().toString());
      g.writeStringField("end", p.end().toString());
      g.writeNumberField("minutes", p.minutes());
      g.writeEndObject();
      g.writeFieldName("generatedAt");
      if (report.generatedAt().isPresent()) g.writeString(report.generatedAt().get().toString());
      else g.writeNull();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("slos", report.slos().size());
      g.writeNumberField("met", report.count(SloReport.Compliance.MET));
      g.writeNumberField("missed", report.count(SloReport.Compliance.MISSED));
      g.writeNumberField("noData", report.count(SloReport.Compliance.NO_DATA));
      g.writeEndObject();
      g.writeArrayFieldStart("slos");
      for (SloReport s : report.slos()) slo(g, s);
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out + "\n";
  }

  private static void slo(JsonGenerator g, SloReport s) throws IOException {
    Optional<Budget> budget = s.budget();
    g.writeStartObject();
    g.writeStringField("service", s.id().service());
    g.writeStringField("name", s.id().name());
    g.writeStringField("description", s.description());
    g.writeFieldName("objective");
    g.writeNumber(s.objective().ratioDecimal());
    g.writeStringField("window", s.window());
    g.writeStringField("budgeting", s.budgeting());
    g.writeStringField("compliance", s.compliance().name().toLowerCase(Locale.ROOT));
    ratio(g, "sli", s.sli());
    g.writeObjectFieldStart("events");
    amount(g, "total", OptionalDouble.of(s.totalEvents()));
    amount(g, "bad", budget.map(b -> OptionalDouble.of(b.eventsConsumed())).orElse(OptionalDouble.empty()));
    g.writeEndObject();
    g.writeNumberField("minutesWithData", s.minutesWithData());
    g.writeNumberField("periodMinutes", s.periodMinutes());
    g.writeObjectFieldStart("budget");
    ratio(g, "consumed", get(budget, Budget::consumed));
    ratio(g, "left", get(budget, Budget::left));
    g.writeObjectFieldStart("events");
    amount(g, "total", get(budget, Budget::events));
    amount(g, "consumed", get(budget, Budget::eventsConsumed));
    amount(g, "left", get(budget, Budget::eventsLeft));
    g.writeEndObject();
    g.writeObjectFieldStart("minutes");
    amount(g, "total", OptionalDouble.of(s.budgetMinutes()));
    amount(g, "consumed", get(budget, Budget::minutesConsumed));
    amount(g, "left", get(budget, Budget::minutesLeft));
    g.writeEndObject();
    g.writeEndObject();
    g.writeObjectFieldStart("trend");
    g.writeStringField("previousPeriod", s.trend().previousPeriod());
    ratio(g, "previousSli", s.trend().previousSli());
    ratio(g, "previousBudgetConsumed", s.trend().previousBudgetConsumed());
    ratio(g, "sliDelta", s.trend().sliDelta());
    ratio(g, "budgetConsumedDelta", s.trend().budgetConsumedDelta());
    g.writeEndObject();
    g.writeArrayFieldStart("episodes");
    for (AlertEpisode e : s.episodes()) {
      g.writeStartObject();
      g.writeStringField("severity", e.severity().label());
      instant(g, "start", e.start());
      instant(g, "end", e.end());
      g.writeNumberField("durationMinutes", e.duration().toMinutes());
      ratio(g, "budgetSpent", OptionalDouble.of(e.budgetSpent()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("errorAttribution");
    for (ErrorAttribution a : s.attribution()) {
      g.writeStartObject();
      g.writeStringField("spanName", a.spanName());
      g.writeNumberField("errors", a.errors());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("days");
    for (SloReport.Day d : s.days()) {
      g.writeStartObject();
      g.writeStringField("date", d.date().toString());
      ratio(g, "sli", d.sli());
      ratio(g, "budgetLeft", d.budgetLeft());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static OptionalDouble get(Optional<Budget> budget, java.util.function.ToDoubleFunction<Budget> f) {
    return budget.isPresent() ? OptionalDouble.of(f.applyAsDouble(budget.get())) : OptionalDouble.empty();
  }

  private static void ratio(JsonGenerator g, String field, OptionalDouble value) throws IOException {
    number(g, field, value, 9);
  }

  private static void amount(JsonGenerator g, String field, OptionalDouble value) throws IOException {
    number(g, field, value, 3);
  }

  private static void number(JsonGenerator g, String field, OptionalDouble value, int scale) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) g.writeNumber(Format.decimal(value.getAsDouble(), scale).stripTrailingZeros());
    else g.writeNull();
  }

  private static void instant(JsonGenerator g, String field, Instant value) throws IOException {
    g.writeStringField(field, value.toString());
  }

  /** Two-space indent, {@code \n} on every platform, {@code "field": value}. */
  private static final class Pretty extends DefaultPrettyPrinter {
    Pretty() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    @Override
    public Pretty createInstance() {
      return new Pretty();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }
}
