package dev.observatory.slo.report;

import dev.observatory.slo.math.AlertState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The engine's live status page ({@code GET /}): every SLO worst budget first (no data last), a
 * budget bar, burn rates per window, alert badges and the period's burn-down. Self-contained (no
 * script, no external resource), reloads itself, and is well-formed XML as well as HTML5.
 *
 * <p>Stable hooks for browser tests and scripts: each SLO is {@code <section class="slo"
 * data-slo="service/name">} holding {@code .budget-left} (with {@code data-value}, the share as a
 * ratio, empty for no data) and {@code .alert-state} (with {@code data-state}: {@code page},
 * {@code ticket}, {@code no-data} or {@code ok}); the burn-rate table is {@code table.burn-rates}.
 */
public final class StatusPage {
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(15);

  static final Comparator<StatusView> WORST_FIRST =
      Comparator.<StatusView, Boolean>comparing(v -> v.budgetLeft().isEmpty())
          .thenComparingDouble(v -> v.budgetLeft().orElse(0))
          .thenComparing(StatusView::id);

  private static final String CSS =
      """
      body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #212121; margin: 1.5rem auto; max-width: 64rem; padding: 0 1rem; }
      h1 { font-size: 1.4rem; margin: 0; }
      header p { color: #616161; margin: 0.2rem 0 1rem; }
      section.slo { border: 1px solid #ddd; border-radius: 6px; padding: 0.8rem 1rem; margin-bottom: 1rem; }
      section.slo h2 { font-size: 1.1rem; margin: 0 0 0.3rem; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
      .description { color: #616161; margin: 0 0 0.5rem; }
      .badge { display: inline-block; border-radius: 3px; padding: 0 0.45rem; font-size: 0.8rem; font-weight: 600; }
      .alert-state.page, .badge.firing.page { background: #b71c1c; color: #fff; }
      .alert-state.ticket, .badge.firing.ticket { background: #ef6c00; color: #fff; }
      .alert-state.no-data, .badge.no-data { background: #757575; color: #fff; }
      .alert-state.ok, .badge.ok { background: #e8f5e9; color: #1b5e20; }
      .bar { height: 12px; background: #eeeeee; border-radius: 6px; overflow: hidden; margin: 0.3rem 0; max-width: 40rem; }
      .bar .fill { height: 100%; background: #2e7d32; }
      .bar .fill.low { background: #ef6c00; }
      .bar .fill.spent { background: #b71c1c; }
      .budget-left { font-weight: 700; }
      table.burn-rates { border-collapse: collapse; margin: 0.5rem 0; font-variant-numeric: tabular-nums; }
      table.burn-rates th, table.burn-rates td { border: 1px solid #ddd; padding: 0.15rem 0.5rem; text-align: right; }
      table.burn-rates td.hot { background: #ffebee; color: #b71c1c; font-weight: 600; }
      .muted { color: #757575; }
      """;

  private StatusPage() {}

  public static String render(List<StatusView> views, Instant now) {
    return render(views, now, DEFAULT_REFRESH);
  }

  public static String render(List<StatusView> views, Instant now, Duration refresh) {
    List<StatusView> sorted = new ArrayList<>(views);
    sorted.sort(WORST_FIRST);
    List<String> anchors = Html.anchors(sorted.stream().map(v -> v.id().toString()).toList());
    StringBuilder b = new StringBuilder(32 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<meta http-equiv=\"refresh\" content=\"")
        .append(Math.max(1, refresh.toSeconds())).append("\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>SLO status</title>\n<style>\n").append(CSS).append(Charts.CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>SLO status</h1>\n");
    long pages = sorted.stream().filter(v -> v.alertState().equals("page")).count();
    long tickets = sorted.stream().filter(v -> v.alertState().equals("ticket")).count();
    long noData = sorted.stream().filter(v -> v.alertState().equals("no-data")).count();
    b.append("<p class=\"summary\">").append(sorted.size()).append(" SLOs · ").append(pages).append(" paging · ").append(tickets).append(" ticket · ")
        .append(noData).append(" no data · as of <time datetime=\"").append(now).append("\">").append(Format.instant(now)).append("</time></p>\n</header>\n<main>\n");
    if (sorted.isEmpty()) b.append("<p class=\"muted\">No SLOs are loaded.</p>\n");
    for (int i = 0; i < sorted.size(); i++) section(b, sorted.get(i), anchors.get(i));
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void section(StringBuilder b, StatusView v, String anchor) {
    String id = Html.escape(v.id().toString());
    String state = v.alertState();
    b.append("<section class=\"slo\" id=\"").append(anchor).append("\" data-slo=\"").append(id).append("\">\n<h2>").append(id)
        .append(" <span class=\"badge alert-state ").append(state).append("\" data-state=\"").append(state).append("\">").append(stateText(state)).append("</span>");
    badge(b, "page", v.page());
    badge(b, "ticket", v.ticket());
    b.append("</h2>\n");
    if (!v.description().isBlank()) b.append("<p class=\"description\">").append(Html.escape(v.description())).append("</p>\n");

    String value = v.budgetLeft().isPresent() ? Format.plain(v.budgetLeft().getAsDouble(), 6) : "";
    double left = v.budgetLeft().orElse(0);
    String fill = left <= 0 ? "spent" : left < 0.25 ? "low" : "ok";
    b.append("<div class=\"bar\" title=\"error budget left\"><div class=\"fill ").append(fill).append("\" style=\"width: ")
        .append(Format.plain(Math.max(0, Math.min(1, left)) * 100, 1)).append("%\"></div></div>\n");
    b.append("<p><span class=\"budget-left\" data-value=\"").append(value).append("\">").append(Format.percent(v.budgetLeft(), 1))
        .append("</span> of the error budget left · SLI <span class=\"sli\">").append(Format.percent(v.sli(), 3)).append("</span> against ")
        .append(Html.escape(v.objective().toString()));
    v.timeToExhaustion().ifPresent(d -> b.append(d.isZero() ? " · <strong>budget exhausted</strong>" : " · exhausted in " + Format.duration(d) + " at the last hour's burn rate"));
    b.append("</p>\n");

    b.append("<table class=\"burn-rates\">\n<thead><tr><th>burn rate</th>");
    for (StatusView.BurnRate r : v.burnRates()) b.append("<th>").append(Html.escape(r.window())).append("</th>");
    b.append("</tr></thead>\n<tbody><tr><th>×</th>");
    for (StatusView.BurnRate r : v.burnRates()) {
      boolean hot = r.rate().isPresent() && r.rate().getAsDouble() > 1;
      b.append("<td").append(hot ? " class=\"hot\"" : "").append(" data-window=\"").append(Html.escape(r.window())).append("\">")
          .append(r.rate().isPresent() ? Format.plain(r.rate().getAsDouble(), 2) : Format.NO_DATA).append("</td>");
    }
    b.append("</tr></tbody>\n</table>\n");
    if (!v.attribution().isEmpty()) {
      b.append("<p class=\"attribution\">Failing downstream calls in the bad minutes: ");
      for (int i = 0; i < v.attribution().size(); i++) {
        ErrorAttribution a = v.attribution().get(i);
        b.append(i == 0 ? "" : ", ").append("<span class=\"cause\" data-span=\"").append(Html.escape(a.spanName())).append("\">")
            .append(Html.escape(a.spanName())).append(" (").append(a.errors()).append(" errors)</span>");
      }
      b.append("</p>\n");
    }

    double span = Duration.between(v.periodStart(), v.periodEnd()).toSeconds();
    List<Charts.Point> points = new ArrayList<>();
    for (StatusView.BurnDownPoint p : v.burnDown()) {
      double x = Math.max(0, Math.min(1, Duration.between(v.periodStart(), p.at()).toSeconds() / span));
      points.add(new Charts.Point(x, p.budgetLeft(), Format.instant(p.at())));
    }
    List<Charts.Tick> ticks = List.of(new Charts.Tick(0, Format.instant(v.periodStart()).substring(0, 10)), new Charts.Tick(1, Format.instant(v.periodEnd()).substring(0, 10)));
    b.append(Charts.burnDown("Error budget burn-down of " + v.id(), points, ticks)).append("\n</section>\n");
  }

  private static void badge(StringBuilder b, String severity, Optional<AlertState> state) {
    if (state.isEmpty()) return;
    String css = switch (state.get()) {
      case FIRING -> "firing " + severity;
      case NO_DATA -> "no-data";
      case OK -> "ok";
    };
    String text = switch (state.get()) {
      case FIRING -> "firing";
      case NO_DATA -> "no data";
      case OK -> "ok";
    };
    b.append(" <span class=\"badge alert ").append(css).append("\" data-severity=\"").append(severity).append("\">").append(severity).append(": ").append(text).append("</span>");
  }

  private static String stateText(String state) {
    return switch (state) {
      case "page" -> "PAGE firing";
      case "ticket" -> "ticket firing";
      case "no-data" -> "no data";
      default -> "ok";
    };
  }
}
