package dev.observatory.slo.spec;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.SelectorSyntaxException;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Spanmetrics;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Checks shared by every format's mapper, so that all formats are held to the same rules. */
final class SloChecks {
  /** Prometheus label names; names starting with {@code __} are reserved for Prometheus itself. */
  static final java.util.regex.Pattern LABEL_NAME = java.util.regex.Pattern.compile("(?!__)[a-zA-Z_][a-zA-Z0-9_]*");

  private SloChecks() {}

  static Objective objective(BigDecimal percent, Position at, Problems problems) {
    if (percent == null) return null;
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      problems.error(at, "objective must be in (0, 100), found " + percent.toPlainString());
      return null;
    }
    if (percent.compareTo(BigDecimal.ONE) < 0) {
      problems.warning(at, "objective is in percent: " + percent.toPlainString() + " means " + percent.toPlainString() + "%; did you mean " + percent.movePointRight(2).stripTrailingZeros().toPlainString() + "?");
    }
    return new Objective(percent);
  }

  static boolean name(String name, Position at, String what, Problems problems) {
    if (name == null) return false;
    if (!SloId.NAME.matcher(name).matches()) {
      problems.error(at, what + " \"" + name + "\" must be letters, digits, '.', '_' or '-', start and end with a letter or digit, at most 128 characters");
      return false;
    }
    return true;
  }

  /** Parses a selector written at {@code node}, reporting a syntax error at the exact column. */
  static Selector selector(String text, YamlMap map, String key) {
    if (text == null) return null;
    try {
      return Selector.parse(text);
    } catch (SelectorSyntaxException e) {
      map.problems().error(offsetPosition(map, key, text, e.offset()), map.qualified(key) + ": invalid selector: " + e.getMessage());
      return null;
    }
  }

  /** The position of character {@code offset} of a one-line scalar; the scalar's start otherwise. */
  private static Position offsetPosition(YamlMap map, String key, String text, int offset) {
    Position p = map.positionOf(key);
    if (!(map.raw(key) instanceof ScalarNode s) || text.substring(0, Math.min(offset, text.length())).contains("\n")) return p;
    DumperOptions.ScalarStyle style = s.getScalarStyle();
    if (style == DumperOptions.ScalarStyle.PLAIN) return new Position(p.file(), p.line(), p.column() + offset);
    if (style == DumperOptions.ScalarStyle.DOUBLE_QUOTED || style == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
      // Escapes inside quotes shift columns; close enough for a pointer, and exact without them.
      return new Position(p.file(), p.line(), p.column() + 1 + offset);
    }
    return p;
  }

  /** A time zone by IANA name, or null after reporting that it is none. */
  static java.time.ZoneId zone(String text, Position at, Problems problems) {
    try {
      return java.time.ZoneId.of(text);
    } catch (java.time.DateTimeException e) {
      problems.error(at, "timeZone \"" + text + "\" is not a time zone (expected an IANA name such as Europe/Berlin, or UTC)");
      return null;
    }
  }

  /** The SLOs of a {@code slos} list, each mapped by {@code mapper}; a list without SLOs is an error. */
  static java.util.List<LoadedSlo> slos(YamlMap doc, SpecFormat format, java.util.function.Function<YamlMap, Slo> mapper) {
    java.util.List<YamlMap> slos = doc.maps("slos", true);
    java.util.List<LoadedSlo> out = new java.util.ArrayList<>();
    if (slos == null) return out;
    if (slos.isEmpty()) doc.problems().error(doc.positionOf("slos"), "slos must list at least one SLO");
    for (YamlMap s : slos) {
      Slo slo = mapper.apply(s);
      if (slo != null) out.add(new LoadedSlo(slo, s.keyPosition("name"), format));
    }
    return out;
  }

  static void latencyThreshold(Duration threshold, Position at, Problems problems) {
    if (threshold != null && !Spanmetrics.isBucketBoundary(threshold)) {
      problems.error(at, "latency threshold " + Durations.format(threshold)
          + " is not a bucket boundary of the spanmetrics histogram; use one of " + Spanmetrics.describeBuckets());
    }
  }

  /** Warnings that concern a whole SLO once it is built. */
  static void warnings(Slo slo, Position sliAt, Position policyAt, Problems problems) {
    if (slo.sli() instanceof Sli.Promql p) {
      problems.warning(sliAt, "SLO " + slo.id() + ": the SLI is raw PromQL; only a Prometheus source can evaluate it (slo engine --prometheus URL; the engine's scrape source and backtests cannot)");
      for (String query : java.util.Arrays.asList(p.errorRatioQuery(), p.errorQuery(), p.totalQuery())) {
        if (query != null && !query.contains("{{.window}}")) {
          problems.warning(sliAt, "SLO " + slo.id() + ": the query \"" + abbreviate(query) + "\" has no {{.window}} placeholder, so every window would see the same range");
        }
      }
    }
    if (slo.budgeting() instanceof Budgeting.Timeslices t && t.slice().compareTo(slo.window().nominalLength()) >= 0
        || slo.budgeting() instanceof Budgeting.RatioTimeslices r && r.slice().compareTo(slo.window().nominalLength()) >= 0) {
      problems.warning(sliAt, "SLO " + slo.id() + ": the time slice is not shorter than the window " + slo.window());
    }
    double budget = slo.objective().errorBudget();
    for (BurnRateAlert alert : slo.alertPolicy()) {
      if (!alert.canFire(budget)) {
        problems.warning(policyAt, "SLO " + slo.id() + ": the " + alert.severity().label() + " alert at " + trim(alert.factor()) + "x over "
            + Durations.format(alert.longWindow()) + "/" + Durations.format(alert.shortWindow()) + " can never fire: at a "
            + slo.objective() + " objective the burn rate cannot exceed " + trim(1 / budget) + " (every event bad)");
      }
      long windowMinutes = slo.window().nominalLength().toMinutes();
      if (alert.longWindow().toMinutes() > windowMinutes) {
        problems.warning(policyAt, "SLO " + slo.id() + ": alert window " + Durations.format(alert.longWindow()) + " is longer than the SLO window " + slo.window());
      }
    }
  }

  private static String abbreviate(String query) {
    String oneLine = query.strip().replaceAll("\\s+", " ");
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }

  static String trim(double value) {
    BigDecimal d = new BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros();
    return d.toPlainString();
  }

  /** Rejects a list of burn-rate alerts whose short window is not shorter than its long one. */
  static BurnRateAlert burnRateAlert(dev.observatory.slo.model.Severity severity, Duration longWindow, Duration shortWindow, BigDecimal factor, Position at, Problems problems) {
    if (severity == null || longWindow == null || shortWindow == null || factor == null) return null;
    boolean ok = true;
    for (Duration d : List.of(longWindow, shortWindow)) {
      if (d.toMillis() % 60_000 != 0) {
        problems.error(at, "alert window " + Durations.format(d) + " must be a whole number of minutes");
        ok = false;
      }
    }
    if (shortWindow.compareTo(longWindow) >= 0) {
      problems.error(at, "short window " + Durations.format(shortWindow) + " must be shorter than long window " + Durations.format(longWindow));
      ok = false;
    }
    if (factor.signum() <= 0) {
      problems.error(at, "burn rate must be positive, found " + factor.toPlainString());
      ok = false;
    }
    return ok ? new BurnRateAlert(severity, longWindow, shortWindow, factor.doubleValue()) : null;
  }

}
