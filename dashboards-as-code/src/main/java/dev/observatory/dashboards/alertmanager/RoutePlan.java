package dev.observatory.dashboards.alertmanager;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the config says, before any YAML: the receivers and, per severity, the route and the SLOs
 * that have a route of their own. Every naming and timing convention of the file lives here.
 */
record RoutePlan(int sloCount, Receivers given, List<SeverityRoute> severities, List<Receiver> receivers) {
  /** Alerts are grouped per alert and SLO: one notification per burning SLO, not one per window pair. */
  static final List<String> GROUP_BY = List.of("alertname", "service", "slo");
  /** Inhibition matches on the labels that identify an SLO (SloSeries.SERVICE, SloSeries.SLO). */
  static final List<String> INHIBIT_EQUAL = List.of("service", "slo");
  static final Duration RESOLVE_TIMEOUT = Duration.ofMinutes(5);

  /** The root's timing, for alerts that match no severity route (they go to the ticket receiver). */
  static final Timing ROOT = new Timing(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(4));

  /**
   * Pages: out within 30s, updates every 5m, and a reminder every hour while the budget burns.
   * Tickets: batched for 5m, updated every 30m, reminded once a day; a ticket is not urgent.
   */
  static final Map<Severity, Timing> TIMING = new EnumMap<>(Map.of(
      Severity.PAGE, new Timing(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1)),
      Severity.TICKET, new Timing(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(24))));

  RoutePlan {
    severities = List.copyOf(severities);
    receivers = List.copyOf(receivers);
  }

  record Timing(Duration groupWait, Duration groupInterval, Duration repeatInterval) {}

  /** One severity's route: its receiver and, in SLO order, the SLOs that override it. */
  record SeverityRoute(Severity severity, String receiver, Timing timing, List<SloRoute> sloRoutes) {
    SeverityRoute {
      sloRoutes = List.copyOf(sloRoutes);
    }
  }

  /** An SLO whose spec names its own webhook for a severity. */
  record SloRoute(SloId id, String receiver) {}

  record Receiver(String name, String url) {}

  /** The shared receiver of a severity: {@code page}, {@code ticket}. */
  static String receiverName(Severity severity) {
    return severity.label();
  }

  /**
   * An SLO's own receiver: {@code checkout/place-order-availability/page}. Service and SLO names
   * cannot contain '/', so these never collide with each other or with the shared receivers.
   */
  static String receiverName(SloId id, Severity severity) {
    return id.service() + "/" + id.name() + "/" + severity.label();
  }

  /** Plans the config for SLOs already checked by {@link AlertmanagerConfig}. */
  static RoutePlan of(List<Slo> slos, Receivers given) {
    List<Slo> sorted = slos.stream().sorted(Comparator.comparing(Slo::id)).toList();
    List<Receiver> receivers = new ArrayList<>();
    receivers.add(new Receiver(receiverName(Severity.PAGE), given.pageUrl()));
    receivers.add(new Receiver(receiverName(Severity.TICKET), given.ticketUrl()));
    Map<Severity, List<SloRoute>> own = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) own.put(severity, new ArrayList<>());
    for (Slo slo : sorted) {
      for (Severity severity : Severity.values()) {
        Alerting.Route route = slo.alerting().route(severity);
        // A disabled severity never fires, so its webhook would only be an unused receiver.
        if (!route.enabled() || route.webhook() == null) continue;
        String name = receiverName(slo.id(), severity);
        own.get(severity).add(new SloRoute(slo.id(), name));
        receivers.add(new Receiver(name, route.webhook()));
      }
    }
    List<SeverityRoute> severities = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      severities.add(new SeverityRoute(severity, receiverName(severity), TIMING.get(severity), own.get(severity)));
    }
    return new RoutePlan(sorted.size(), given, severities, receivers);
  }
}
