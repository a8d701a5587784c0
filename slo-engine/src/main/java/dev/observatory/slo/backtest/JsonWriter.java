package dev.observatory.slo.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.observatory.slo.model.BurnRateAlert;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The backtest as JSON, schema version 1, documented in docs/backtest.md. Keys always in the same
 * order; undefined values are {@code null}, never 0 or NaN; times are ISO-8601 UTC instants;
 * nothing about the run itself (no time, no host).
 */
final class JsonWriter implements BacktestWriter {
  static final int SCHEMA_VERSION = 1;
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @Override
  public void write(BacktestResult r, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("generator", "observatory slo backtest");
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("range");
      g.writeStringField("from", Formats.time(r.range().fromEpochMinute()));
      g.writeStringField("to", Formats.time(r.range().toEpochMinute()));
      g.writeNumberField("minutes", r.range().minutes());
      g.writeEndObject();
      g.writeBooleanField("groundTruth", r.groundTruth());
      g.writeArrayFieldStart("policies");
      for (AlertPolicy p : r.policies()) {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("pairs", p.fromSpec() ? "spec" : "file");
        g.writeStringField("resolveAfter", p.resolveAfter().quietEvaluations() > 0 ? p.resolveAfter().quietEvaluations() + " evaluations" : Formats.window(p.resolveAfter().quietFor()));
        g.writeNumberField("minEvents", p.minEvents());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("windows");
      for (var w : r.seriesWindows()) g.writeString(Formats.window(w));
      g.writeEndArray();
      g.writeArrayFieldStart("slos");
      for (SloOutcome slo : r.slos()) slo(g, slo);
      g.writeEndArray();
      g.writeArrayFieldStart("totals");
      for (BacktestResult.PolicyTotals t : r.totals()) {
        g.writeStartObject();
        g.writeStringField("policy", t.policy());
        measures(g, t.measures());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      for (String s : r.skipped()) g.writeString(s);
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  private static void slo(JsonGenerator g, SloOutcome slo) throws IOException {
    g.writeStartObject();
    g.writeStringField("service", slo.slo().id().service());
    g.writeStringField("name", slo.slo().id().name());
    g.writeNumberField("objective", slo.slo().objective().ratioDecimal());
    g.writeStringField("window", slo.slo().window().toString());
    g.writeStringField("budgeting", slo.slo().budgeting().toString());
    g.writeArrayFieldStart("periods");
    for (PeriodBudget p : slo.periods()) {
      g.writeStartObject();
      g.writeStringField("start", Formats.time(p.startEpochMinute()));
      g.writeStringField("end", Formats.time(p.endEpochMinute()));
      g.writeBooleanField("partial", p.partial());
      number(g, "sli", p.sli());
      number(g, "budgetConsumed", p.budgetConsumed());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("series");
    g.writeStringField("start", slo.series().isEmpty() ? null : Formats.time(slo.series().get(0).firstEvaluationEpochMinute()));
    g.writeNumberField("stepSeconds", 60);
    g.writeObjectFieldStart("errorRatio");
    for (WindowSeries s : slo.series()) {
      g.writeArrayFieldStart(Formats.window(s.window()));
      for (int i = 0; i < s.size(); i++) {
        OptionalDouble v = s.errorRatio(i);
        if (v.isPresent()) g.writeNumber(v.getAsDouble()); else g.writeNull();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("policies");
    for (PolicyOutcome p : slo.policies()) policy(g, p);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void policy(JsonGenerator g, PolicyOutcome p) throws IOException {
    g.writeStartObject();
    g.writeStringField("policy", p.policy());
    g.writeArrayFieldStart("pairs");
    for (BurnRateAlert a : p.pairs()) {
      g.writeStartObject();
      pair(g, a);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("episodes");
    for (Episode e : p.episodes()) {
      g.writeStartObject();
      g.writeStringField("severity", e.severity().label());
      g.writeStringField("start", Formats.time(e.startEpochMinute()));
      g.writeStringField("end", e.endEpochMinute().isPresent() ? Formats.time(e.endEpochMinute().getAsLong()) : null);
      number(g, "durationMinutes", e.endEpochMinute().isPresent() ? OptionalLong.of(e.endEpochMinute().getAsLong() - e.startEpochMinute()) : OptionalLong.empty());
      g.writeObjectFieldStart("pair");
      pair(g, e.pair());
      g.writeEndObject();
      g.writeArrayFieldStart("causedBy");
      for (String c : e.causedBy()) g.writeString(c);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("incidents");
    for (IncidentOutcome i : p.incidents()) {
      g.writeStartObject();
      g.writeStringField("name", i.incident());
      g.writeStringField("kind", i.kind().label());
      g.writeStringField("start", Formats.time(i.startEpochMinute()));
      g.writeStringField("end", Formats.time(i.endEpochMinute()));
      g.writeBooleanField("detected", i.detected());
      number(g, "detectionMinutes", i.detectionMinutes());
      number(g, "resetMinutes", i.resetMinutes());
      number(g, "budgetSpentBeforeDetection", i.budgetSpentBeforeDetection());
      g.writeEndObject();
    }
    g.writeEndArray();
    measures(g, p.measures());
    g.writeEndObject();
  }

  private static void pair(JsonGenerator g, BurnRateAlert a) throws IOException {
    g.writeStringField("severity", a.severity().label());
    g.writeStringField("longWindow", Formats.window(a.longWindow()));
    g.writeStringField("shortWindow", Formats.window(a.shortWindow()));
    g.writeNumberField("burnRate", a.factor());
  }

  private static void measures(JsonGenerator g, Measures m) throws IOException {
    g.writeObjectFieldStart("measures");
    g.writeNumberField("episodes", m.episodes());
    g.writeNumberField("causedEpisodes", m.causedEpisodes());
    g.writeNumberField("incidents", m.incidents());
    g.writeNumberField("detectedIncidents", m.detectedIncidents());
    number(g, "precision", m.precision());
    number(g, "recall", m.recall());
    number(g, "meanDetectionMinutes", m.meanDetectionMinutes());
    number(g, "meanResetMinutes", m.meanResetMinutes());
    number(g, "meanBudgetSpentBeforeDetection", m.meanBudgetSpentBeforeDetection());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, OptionalDouble v) throws IOException {
    if (v.isPresent()) g.writeNumberField(field, v.getAsDouble()); else g.writeNullField(field);
  }

  private static void number(JsonGenerator g, String field, OptionalLong v) throws IOException {
    if (v.isPresent()) g.writeNumberField(field, v.getAsLong()); else g.writeNullField(field);
  }
}
