package dev.observatory.slo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Inline SVG charts for the HTML report and the status page: no script, no external resource.
 * Every mark has a {@code <title>} (a tooltip on screen, a label for screen readers).
 */
final class Charts {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 200;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int BOTTOM = 26;
  private static final double PLOT_W = WIDTH - LEFT - RIGHT;
  private static final double PLOT_H = HEIGHT - TOP - BOTTOM;

  /** A point of a burn-down: {@code x} from 0 (period start) to 1 (period end), the budget share left. */
  record Point(double x, double left, String label) {}

  /** A label on the x axis at {@code x} in [0, 1]. */
  record Tick(double x, String text) {}

  /** The charts' look, for the pages' style sheets. */
  static final String CSS =
      """
      svg.chart { width: 100%; max-width: 640px; height: auto; display: block; font: 11px system-ui, sans-serif; }
      svg.chart .plot { fill: #fafafa; stroke: #ccc; }
      svg.chart .grid { stroke: #e0e0e0; }
      svg.chart .y-label { text-anchor: end; fill: #555; }
      svg.chart .x-label { text-anchor: middle; fill: #555; }
      svg.chart .x-label.end { text-anchor: end; }
      svg.chart .bar.good { fill: #2e7d32; }
      svg.chart .bar.bad { fill: #c62828; }
      svg.chart .bar.no-data { fill: #9e9e9e; }
      svg.chart .objective { stroke: #c62828; stroke-width: 1.5; stroke-dasharray: 6 3; }
      svg.chart .even-burn { stroke: #9e9e9e; stroke-dasharray: 4 4; }
      svg.chart .left { fill: none; stroke: #1565c0; stroke-width: 2; }
      svg.chart .point { fill: #1565c0; }
      svg.chart .point.overspent { fill: #c62828; }
      svg.chart text.no-data { text-anchor: middle; fill: #757575; font-size: 14px; }
      """;

  private Charts() {}

  /** Daily SLI bars against the objective line; days without events get a grey "no data" mark. */
  static String dailySli(String title, List<String> dayLabels, List<OptionalDouble> sli, double objective, String objectiveText, List<Tick> ticks) {
    double min = objective;
    for (OptionalDouble s : sli) if (s.isPresent()) min = Math.min(min, s.getAsDouble());
    double budget = 1 - objective;
    double lo = Math.max(0, Math.min(objective - 3 * budget, min - 0.5 * budget));
    StringBuilder b = open(title, "chart sli-chart");
    axisY(b, lo, 1.0, List.of(objective, lo, 1.0));
    int n = sli.size();
    double band = PLOT_W / Math.max(n, 1);
    for (int i = 0; i < n; i++) {
      double x = LEFT + i * band + band * 0.15;
      if (sli.get(i).isEmpty()) {
        b.append("<rect class=\"bar no-data\" x=\"").append(num(x)).append("\" y=\"").append(num(TOP + PLOT_H - 3)).append("\" width=\"")
            .append(num(band * 0.7)).append("\" height=\"3\"><title>").append(Html.escape(dayLabels.get(i))).append(": no data</title></rect>\n");
        continue;
      }
      double v = sli.get(i).getAsDouble();
      double y = y(v, lo, 1.0);
      b.append("<rect class=\"bar ").append(v >= objective ? "good" : "bad").append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
          .append("\" width=\"").append(num(band * 0.7)).append("\" height=\"").append(num(Math.max(TOP + PLOT_H - y, 0.5)))
          .append("\"><title>").append(Html.escape(dayLabels.get(i) + ": " + Format.percent(v, 3))).append("</title></rect>\n");
    }
    double oy = y(objective, lo, 1.0);
    b.append("<line class=\"objective\" x1=\"").append(LEFT).append("\" x2=\"").append(num(LEFT + PLOT_W)).append("\" y1=\"").append(num(oy))
        .append("\" y2=\"").append(num(oy)).append("\"><title>objective ").append(Html.escape(objectiveText)).append("</title></line>\n");
    axisX(b, ticks);
    return close(b);
  }

  /** Budget left over the period, from 100% at its start; the dashed diagonal is an even burn. */
  static String burnDown(String title, List<Point> points, List<Tick> ticks) {
    double lo = 0;
    double hi = 1;
    for (Point p : points) {
      lo = Math.min(lo, p.left());
      hi = Math.max(hi, p.left());
    }
    if (lo < 0) lo = Math.floor(lo * 4) / 4; // a negative axis in quarters of the budget
    StringBuilder b = open(title, "chart burn-down");
    List<Double> grid = new ArrayList<>(List.of(hi, 0.5, 0.0));
    if (lo < 0) grid.add(lo);
    axisY(b, lo, hi, grid);
    b.append("<line class=\"even-burn\" x1=\"").append(LEFT).append("\" y1=\"").append(num(y(1, lo, hi))).append("\" x2=\"").append(num(LEFT + PLOT_W))
        .append("\" y2=\"").append(num(y(0, lo, hi))).append("\"><title>an even burn spends the budget exactly by the end of the period</title></line>\n");
    if (points.isEmpty()) {
      b.append("<text class=\"no-data\" x=\"").append(num(LEFT + PLOT_W / 2)).append("\" y=\"").append(num(TOP + PLOT_H / 2)).append("\">no data</text>\n");
    } else {
      b.append("<polyline class=\"left\" points=\"");
      for (int i = 0; i < points.size(); i++) {
        Point p = points.get(i);
        b.append(i == 0 ? "" : " ").append(num(x(p.x()))).append(',').append(num(y(p.left(), lo, hi)));
      }
      b.append("\" />\n");
      for (Point p : points) {
        b.append("<circle class=\"point").append(p.left() < 0 ? " overspent" : "").append("\" cx=\"").append(num(x(p.x()))).append("\" cy=\"")
            .append(num(y(p.left(), lo, hi))).append("\" r=\"2\"><title>").append(Html.escape(p.label() + ": " + Format.percent(p.left(), 1) + " left"))
            .append("</title></circle>\n");
      }
    }
    axisX(b, ticks);
    return close(b);
  }

  private static StringBuilder open(String title, String cssClass) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n<title>").append(Html.escape(title)).append("</title>\n");
    b.append("<rect class=\"plot\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(num(PLOT_W)).append("\" height=\"")
        .append(num(PLOT_H)).append("\" />\n");
    return b;
  }

  private static String close(StringBuilder b) {
    return b.append("</svg>").toString();
  }

  private static void axisY(StringBuilder b, double lo, double hi, List<Double> grid) {
    int decimals = decimals(hi - lo);
    List<Double> labelled = new ArrayList<>();
    for (double v : grid) {
      double y = y(v, lo, hi);
      if (labelled.stream().anyMatch(other -> Math.abs(other - y) < 11)) continue; // too close to read: keep the first
      labelled.add(y);
      b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(num(LEFT + PLOT_W)).append("\" y1=\"").append(num(y)).append("\" y2=\"")
          .append(num(y)).append("\" />\n");
      b.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4)).append("\">").append(Format.percent(v, decimals))
          .append("</text>\n");
    }
  }

  private static void axisX(StringBuilder b, List<Tick> ticks) {
    for (Tick t : ticks) {
      b.append("<text class=\"x-label").append(t.x() > 0.9 ? " end" : "").append("\" x=\"").append(num(x(t.x()))).append("\" y=\"").append(HEIGHT - 8).append("\">").append(Html.escape(t.text()))
          .append("</text>\n");
    }
  }

  /** Enough decimals to tell the axis' labels apart: 99.9% needs one, 99.95% two. */
  private static int decimals(double span) {
    if (span >= 0.1) return 0;
    if (span >= 0.01) return 1;
    if (span >= 0.001) return 2;
    return 3;
  }

  private static double x(double fraction) {
    return LEFT + fraction * PLOT_W;
  }

  private static double y(double value, double lo, double hi) {
    return TOP + (hi - value) / (hi - lo) * PLOT_H;
  }

  private static String num(double v) {
    return Format.decimal(v, 1).toPlainString();
  }
}
