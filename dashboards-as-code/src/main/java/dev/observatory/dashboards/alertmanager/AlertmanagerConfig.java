package dev.observatory.dashboards.alertmanager;

import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Generates alertmanager.yml for a set of SLOs. The alerts it routes carry the labels the rule
 * generator puts on them ({@code severity} = page|ticket, {@code service}, {@code slo}):
 *
 * <ul>
 *   <li>{@code severity="page"} goes to the page receiver, {@code severity="ticket"} to the ticket
 *       receiver; anything else to the ticket receiver, so no alert is dropped;
 *   <li>an SLO whose spec names its own webhook for a severity gets a child route (matching its
 *       {@code service} and {@code slo}) and a receiver of its own for that severity;
 *   <li>a ticket is inhibited while a page fires for the same SLO (equal service and slo).
 * </ul>
 *
 * The output depends only on the input: SLOs are sorted by id, there are no timestamps.
 */
public final class AlertmanagerConfig {
  private AlertmanagerConfig() {}

  /**
   * The complete alertmanager.yml text.
   *
   * @throws IllegalArgumentException when an SLO's webhook is not an http(s) URL or an SLO appears
   *     twice; the message has one line per problem, each naming the SLO
   */
  public static String generate(List<Slo> slos, Receivers receivers) {
    Objects.requireNonNull(slos, "slos");
    Objects.requireNonNull(receivers, "receivers");
    check(slos);
    return AlertmanagerYamlWriter.write(RoutePlan.of(slos, receivers));
  }

  private static void check(List<Slo> slos) {
    List<String> problems = new ArrayList<>();
    Set<SloId> seen = new HashSet<>();
    for (Slo slo : slos) {
      Objects.requireNonNull(slo, "slo");
      // Receiver names join service and name with '/', which the name syntax keeps out of both.
      if (!SloId.NAME.matcher(slo.id().service()).matches() || !SloId.NAME.matcher(slo.id().name()).matches()) {
        problems.add(slo.id() + ": service and name must be letters, digits, '.', '_' or '-' to name a receiver");
      }
      if (!seen.add(slo.id())) problems.add(slo.id() + ": appears more than once; an SLO can have only one route");
      for (Severity severity : Severity.values()) {
        String webhook = slo.alerting().route(severity).webhook();
        if (webhook == null) continue;
        String problem = WebhookUrls.problem(webhook);
        if (problem != null) problems.add(slo.id() + ": " + severity.label() + " webhook " + problem);
      }
    }
    if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
  }
}
