package dev.observatory.slo.alerting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.observatory.slo.model.Durations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The generic webhook body, version 1: one JSON object per notification, fields always present and
 * always in this order (absent values are {@code null}), maps sorted by key.
 *
 * <pre>
 * {
 *   "version": "1",
 *   "key": "checkout/place-order-availability:page:2026-11-03T10:00:00Z",  // episode id; (key, kind) is unique
 *   "kind": "firing" | "resolved",
 *   "slo": {"service": "checkout", "name": "place-order-availability"},
 *   "severity": "page" | "ticket",
 *   "startsAt": "2026-11-03T10:00:00Z",          // RFC 3339, UTC
 *   "endsAt": null | "2026-11-03T10:40:00Z",      // set exactly when resolved
 *   "trippedPair": {"longWindow": "1h", "shortWindow": "5m", "factor": 14.4,
 *                   "longBurnRate": 28.8 | null, "shortBurnRate": 43.2 | null},  // null: no events
 *   "budgetRemaining": 0.42 | null,               // share of the period's budget; negative when overspent
 *   "labels": {"alertname": "…", "owner": "…", "service": "…", "severity": "…", "slo": "…", "slo_severity": "…", …},
 *   "annotations": {"budget_left": "42.0%", "burn_rate": "…", "dashboard": "…", "description": "…", "runbook": "…", "summary": "…", …},
 *   "generatorURL": null | "http://engine:8090/…"
 * }
 * </pre>
 *
 * Delivery is at least once: receivers drop a (key, kind) they have already seen.
 */
final class WebhookJson {
  static final String VERSION = "1";
  private static final JsonFactory JSON = new JsonFactory();

  private WebhookJson() {}

  static String render(Notification n) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("version", VERSION);
      g.writeStringField("key", n.key());
      g.writeStringField("kind", n.kind().label());
      g.writeObjectFieldStart("slo");
      g.writeStringField("service", n.slo().service());
      g.writeStringField("name", n.slo().name());
      g.writeEndObject();
      g.writeStringField("severity", n.severity().label());
      g.writeStringField("startsAt", n.startsAt().toString());
      writeInstant(g, "endsAt", n.endsAt());
      g.writeObjectFieldStart("trippedPair");
      g.writeStringField("longWindow", Durations.format(n.pair().longWindow()));
      g.writeStringField("shortWindow", Durations.format(n.pair().shortWindow()));
      g.writeNumberField("factor", n.pair().factor());
      writeNumber(g, "longBurnRate", n.pair().longBurnRate());
      writeNumber(g, "shortBurnRate", n.pair().shortBurnRate());
      g.writeEndObject();
      writeNumber(g, "budgetRemaining", n.budgetRemaining());
      writeMap(g, "labels", n.labels());
      writeMap(g, "annotations", n.annotations());
      g.writeFieldName("generatorURL");
      if (n.generatorUrl().isPresent()) g.writeString(n.generatorUrl().get()); else g.writeNull();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void writeMap(JsonGenerator g, String field, Map<String, String> map) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, String> e : map.entrySet()) g.writeStringField(e.getKey(), e.getValue());
    g.writeEndObject();
  }

  private static void writeInstant(JsonGenerator g, String field, Optional<Instant> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) g.writeString(value.get().toString()); else g.writeNull();
  }

  private static void writeNumber(JsonGenerator g, String field, OptionalDouble value) throws IOException {
    g.writeFieldName(field);
    // Burn rates are finite by construction; guard anyway, JSON has no NaN.
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) g.writeNumber(value.getAsDouble()); else g.writeNull();
  }
}
