package dev.observatory.slo.alerting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The body of Alertmanager's {@code POST /api/v2/alerts}: an array of {@code {labels, annotations,
 * startsAt, endsAt, generatorURL}}. Alertmanager identifies an alert by its label set.
 *
 * <p>A firing alert is sent without {@code endsAt}: Alertmanager then keeps it active for its
 * {@code resolve_timeout} after each post, so the engine re-sends open episodes while they fire
 * (as Prometheus does). A resolution is the same labels with {@code endsAt} set to when it resolved,
 * which is in the past by the time it arrives: Alertmanager marks the alert resolved and notifies
 * receivers with {@code send_resolved}.
 */
final class AlertmanagerJson {
  private static final JsonFactory JSON = new JsonFactory();

  private AlertmanagerJson() {}

  static String render(List<Notification> notifications) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (Notification n : notifications) {
        g.writeStartObject();
        WebhookJson.writeMap(g, "labels", n.labels());
        WebhookJson.writeMap(g, "annotations", n.annotations());
        g.writeStringField("startsAt", n.startsAt().toString());
        if (n.endsAt().isPresent()) g.writeStringField("endsAt", n.endsAt().get().toString());
        if (n.generatorUrl().isPresent()) g.writeStringField("generatorURL", n.generatorUrl().get());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
