package dev.observatory.slo.spec;

import dev.observatory.slo.alerting.Damping;
import dev.observatory.slo.backtest.AlertPolicy;
import dev.observatory.slo.backtest.PolicyPair;
import dev.observatory.slo.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an alert-policy file for backtests ({@code apiVersion: observatory/v1}, {@code kind:
 * AlertPolicy}): a name, the pairs, optional damping and low-traffic guard. Every problem is
 * reported with its position, as for SLO specs.
 */
public final class PolicyLoader {
  /** The policy, present exactly when there is no error. */
  public record Loaded(Optional<AlertPolicy> policy, List<SpecProblem> problems) {
    public Loaded {
      problems = List.copyOf(problems);
    }
  }

  private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "name", "description", "resolveAfter", "minEvents", "alerts");
  private static final Set<String> PAIR_FIELDS = Set.of("severity", "longWindow", "shortWindow", "burnRate", "budgetShare");

  private PolicyLoader() {}

  public static Loaded load(Path file) {
    String name = file.normalize().toString();
    try {
      return load(name, Files.readAllBytes(file));
    } catch (IOException e) {
      return new Loaded(Optional.empty(), List.of(new SpecProblem(name, 0, 0, SpecProblem.Level.ERROR, "cannot read file: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))));
    }
  }

  public static Loaded load(String file, String text) {
    return load(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Loaded load(String file, byte[] bytes) {
    Problems problems = new Problems();
    List<Node> docs = SpecDocuments.read(file, bytes, problems);
    AlertPolicy policy = null;
    if (docs.size() > 1) {
      problems.error(file, docs.get(1), "a policy file holds one policy; found " + docs.size() + " documents");
    } else if (docs.size() == 1) {
      YamlMap doc = YamlMap.of(file, docs.get(0), problems, "");
      if (doc != null) policy = map(doc);
    }
    boolean ok = policy != null && problems.errorCount() == 0;
    return new Loaded(ok ? Optional.of(policy) : Optional.empty(), problems.list());
  }

  private static AlertPolicy map(YamlMap doc) {
    Problems problems = doc.problems();
    doc.rejectUnknown(FIELDS);
    String apiVersion = doc.string("apiVersion", true);
    if (apiVersion != null && !apiVersion.equals("observatory/v1")) problems.error(doc.positionOf("apiVersion"), "unknown apiVersion \"" + apiVersion + "\"; expected observatory/v1");
    String kind = doc.string("kind", true);
    if (kind != null && !kind.equals("AlertPolicy")) problems.error(doc.positionOf("kind"), "kind \"" + kind + "\" is not an alert policy; expected AlertPolicy");
    String name = doc.string("name", true);
    doc.text("description");
    Duration resolveAfter = doc.has("resolveAfter") ? doc.duration("resolveAfter", false) : Damping.DEFAULT.quietFor();
    if (resolveAfter != null && !wholeMinutes(resolveAfter)) {
      problems.error(doc.positionOf("resolveAfter"), "resolveAfter must be a whole number of minutes (the backtest evaluates once a minute)");
      resolveAfter = null;
    }
    long minEvents = 0;
    BigDecimal min = doc.number("minEvents", false);
    if (min != null) {
      if (min.signum() < 0 || min.stripTrailingZeros().scale() > 0) {
        problems.error(doc.positionOf("minEvents"), "minEvents must be a whole number of events, 0 or more, found " + min.toPlainString());
      } else {
        minEvents = min.longValueExact();
      }
    }
    List<PolicyPair> pairs = new ArrayList<>();
    List<YamlMap> alerts = doc.maps("alerts", true);
    if (alerts != null && alerts.isEmpty()) problems.error(doc.positionOf("alerts"), "alerts must list at least one pair");
    for (YamlMap alert : alerts == null ? List.<YamlMap>of() : alerts) {
      PolicyPair pair = pair(alert);
      if (pair != null) pairs.add(pair);
    }
    if (name != null) {
      try {
        return new AlertPolicy(name, pairs, resolveAfter == null ? Damping.DEFAULT : Damping.after(resolveAfter), minEvents);
      } catch (IllegalArgumentException e) {
        problems.error(doc.positionOf("name"), e.getMessage());
      }
    }
    return null;
  }

  private static PolicyPair pair(YamlMap alert) {
    Problems problems = alert.problems();
    int before = problems.errorCount();
    alert.rejectUnknown(PAIR_FIELDS);
    String severityText = alert.string("severity", true);
    Severity severity = null;
    if (severityText != null) {
      for (Severity s : Severity.values()) if (s.label().equals(severityText)) severity = s;
      if (severity == null) problems.error(alert.positionOf("severity"), alert.qualified("severity") + " must be page or ticket, found \"" + severityText + "\"");
    }
    Duration longWindow = window(alert, "longWindow");
    Duration shortWindow = window(alert, "shortWindow");
    if (longWindow != null && shortWindow != null && shortWindow.compareTo(longWindow) >= 0) {
      problems.error(alert.positionOf("shortWindow"), alert.qualified("shortWindow") + " must be shorter than longWindow");
    }
    boolean rate = alert.has("burnRate");
    boolean share = alert.has("budgetShare");
    if (rate == share) {
      problems.error(alert.position(), alert.where() + " needs exactly one of burnRate (a factor, e.g. 14.4) and budgetShare (e.g. 2%)");
      return null;
    }
    Double factor = null;
    Double percent = null;
    if (rate) {
      BigDecimal f = alert.number("burnRate", false);
      if (f != null && f.signum() <= 0) {
        problems.error(alert.positionOf("burnRate"), alert.qualified("burnRate") + " must be positive, found " + f.toPlainString());
      } else if (f != null) {
        factor = f.doubleValue();
      }
    } else {
      percent = percent(alert);
    }
    if (problems.errorCount() > before || severity == null || longWindow == null || shortWindow == null || (factor == null && percent == null)) return null;
    return factor != null
        ? PolicyPair.burnRate(severity, longWindow, shortWindow, factor)
        : PolicyPair.budgetShare(severity, longWindow, shortWindow, percent);
  }

  private static Double percent(YamlMap alert) {
    String text = alert.string("budgetShare", false);
    if (text == null) return null;
    String t = text.trim();
    try {
      if (!t.endsWith("%")) throw new NumberFormatException();
      BigDecimal p = new BigDecimal(t.substring(0, t.length() - 1).trim());
      if (p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0) return p.doubleValue();
    } catch (NumberFormatException e) {
      // reported below
    }
    alert.problems().error(alert.positionOf("budgetShare"), alert.qualified("budgetShare") + " must be a percentage of the error budget in (0%, 100%], e.g. 2%, found \"" + text + "\"");
    return null;
  }

  private static Duration window(YamlMap alert, String key) {
    Duration d = alert.duration(key, true);
    if (d != null && !wholeMinutes(d)) {
      alert.problems().error(alert.positionOf(key), alert.qualified(key) + " must be a whole number of minutes (the backtest evaluates once a minute)");
      return null;
    }
    return d;
  }

  private static boolean wholeMinutes(Duration d) {
    return d.toMinutes() >= 1 && d.equals(Duration.ofMinutes(d.toMinutes()));
  }
}
