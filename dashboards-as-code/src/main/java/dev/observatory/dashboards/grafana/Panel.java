package dev.observatory.dashboards.grafana;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A panel under construction: its kind, title, queries and display settings. The dashboard
 * gives it an id and a place on the grid when it is written. Settings the dashboard schema types
 * loosely (options, custom field config) are plain insertion-ordered objects.
 */
final class Panel {
  private final String type;
  private final String title;
  private final int width;
  private final int height;
  private final List<Target> targets = new ArrayList<>();
  private final ObjectNode options;
  private final ObjectNode custom = Json.object();
  private final ArrayNode thresholdSteps = Json.array();
  private final ArrayNode transformations = Json.array();
  private final ArrayNode overrides = Json.array();
  private String description = "";
  private String unit;
  private Integer decimals;
  private Double min;
  private String timeFrom;

  private Panel(String type, String title, int width, int height, ObjectNode options) {
    this.type = type;
    this.title = title;
    this.width = width;
    this.height = height;
    this.options = options;
  }

  /** Series over time, legend as a table with the last and max values. */
  static Panel timeseries(String title, int width) {
    ObjectNode options = Json.object();
    ObjectNode legend = Json.object();
    legend.put("displayMode", "table");
    legend.put("placement", "bottom");
    legend.put("showLegend", true);
    legend.set("calcs", Json.strings(List.of("lastNotNull", "max")));
    options.set("legend", legend);
    ObjectNode tooltip = Json.object();
    tooltip.put("mode", "multi");
    tooltip.put("sort", "desc");
    options.set("tooltip", tooltip);
    Panel panel = new Panel("timeseries", title, width, 8, options);
    panel.custom.put("drawStyle", "line");
    panel.custom.put("lineWidth", 1);
    panel.custom.put("fillOpacity", 0);
    panel.custom.put("showPoints", "never");
    panel.custom.put("spanNulls", false);
    return panel;
  }

  /** One number, the last value of its query. */
  static Panel stat(String title, int width) {
    ObjectNode options = Json.object();
    ObjectNode reduce = Json.object();
    reduce.set("calcs", Json.strings(List.of("lastNotNull")));
    reduce.put("fields", "");
    reduce.put("values", false);
    options.set("reduceOptions", reduce);
    options.put("colorMode", "value");
    options.put("graphMode", "none");
    options.put("justifyMode", "auto");
    options.put("textMode", "auto");
    return new Panel("stat", title, width, 4, options);
  }

  /** Rows from instant queries, joined and shaped by transformations. */
  static Panel table(String title, int height) {
    ObjectNode options = Json.object();
    options.put("showHeader", true);
    options.put("cellHeight", "sm");
    return new Panel("table", title, 24, height, options);
  }

  Panel describe(String text) {
    this.description = text;
    return this;
  }

  Panel unit(String unit) {
    this.unit = unit;
    return this;
  }

  Panel decimals(int decimals) {
    this.decimals = decimals;
    return this;
  }

  Panel min(double min) {
    this.min = min;
    return this;
  }

  /** Shows this panel over a fixed relative range instead of the dashboard's (e.g. a whole SLO period). */
  Panel timeFrom(String range) {
    this.timeFrom = range;
    return this;
  }

  Panel query(String expr, String legend) {
    targets.add(Target.range(expr, legend));
    return this;
  }

  Panel instant(String expr) {
    targets.add(Target.instant(expr));
    return this;
  }

  /** A colour step starting at {@code from} (null for the base colour). */
  Panel threshold(Double from, String color) {
    ObjectNode step = Json.object();
    if (from == null) step.putNull("value");
    else step.put("value", from);
    step.put("color", color);
    thresholdSteps.add(step);
    return this;
  }

  /** Draws the thresholds as lines on a timeseries panel. */
  Panel thresholdLines() {
    ObjectNode style = Json.object();
    style.put("mode", "line");
    custom.set("thresholdsStyle", style);
    return this;
  }

  Panel option(String name, com.fasterxml.jackson.databind.JsonNode value) {
    options.set(name, value);
    return this;
  }

  Panel transform(String id, ObjectNode transformOptions) {
    ObjectNode step = Json.object();
    step.put("id", id);
    step.set("options", transformOptions);
    transformations.add(step);
    return this;
  }

  /** Field settings for the named fields only; the schema allows object-valued properties here. */
  Panel override(List<String> fieldNames, String property, ObjectNode value) {
    ObjectNode matcherOptions = Json.object();
    matcherOptions.put("mode", "include");
    matcherOptions.set("names", Json.strings(fieldNames));
    ObjectNode matcher = Json.object();
    matcher.put("id", "byNames");
    matcher.set("options", matcherOptions);
    ObjectNode prop = Json.object();
    prop.put("id", property);
    prop.set("value", value);
    ObjectNode override = Json.object();
    override.set("matcher", matcher);
    override.set("properties", Json.array().add(prop));
    overrides.add(override);
    return this;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  ObjectNode toJson(int id, ObjectNode gridPos) {
    if (targets.isEmpty()) throw new IllegalStateException(title + ": a panel needs at least one query");
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("type", type);
    out.put("title", title);
    if (!description.isEmpty()) out.put("description", description);
    out.set("datasource", Datasource.ref());
    out.set("gridPos", gridPos);
    if (timeFrom != null) out.put("timeFrom", timeFrom);
    ArrayNode targetsJson = out.putArray("targets");
    for (int i = 0; i < targets.size(); i++) targetsJson.add(targets.get(i).toJson(refId(i)));
    out.set("fieldConfig", fieldConfig());
    out.set("options", options);
    if (!transformations.isEmpty()) out.set("transformations", transformations);
    return out;
  }

  private ObjectNode fieldConfig() {
    ObjectNode defaults = Json.object();
    if (unit != null) defaults.put("unit", unit);
    if (decimals != null) defaults.put("decimals", decimals);
    if (min != null) defaults.put("min", min);
    ObjectNode color = Json.object();
    color.put("mode", thresholdSteps.isEmpty() || type.equals("timeseries") ? "palette-classic" : "thresholds");
    defaults.set("color", color);
    ObjectNode thresholds = Json.object();
    thresholds.put("mode", "absolute");
    thresholds.set("steps", thresholdSteps.isEmpty() ? Json.array().add(baseStep()) : thresholdSteps);
    defaults.set("thresholds", thresholds);
    if (!custom.isEmpty()) defaults.set("custom", custom);
    ObjectNode out = Json.object();
    out.set("defaults", defaults);
    out.set("overrides", overrides);
    return out;
  }

  private static ObjectNode baseStep() {
    ObjectNode step = Json.object();
    step.putNull("value");
    step.put("color", "green");
    return step;
  }

  /** A, B, …, Z, AA, AB, … as Grafana names queries. */
  static String refId(int index) {
    StringBuilder out = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) out.insert(0, (char) ('A' + i % 26));
    return out.toString();
  }
}
