package dev.observatory.dashboards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Our rules against Sloth's own output for its examples, by meaning: the same series selected in
 * the 5m..3d error ratios, the same windows, the same page and ticket thresholds per window pair.
 * Sloth prints the budget as (100 - objective) / 100 in float64, so thresholds compare with a
 * tolerance. The period ratio is not compared: ours is event-weighted on purpose.
 */
class SlothParityTest {
  /** Examples that cannot be compared, and why. The test fails if this list goes stale. */
  private static final Map<String, String> NOT_LOADED = Map.of(
      "openslo-getting-started.yml", "OpenSLO v1alpha; our loader reads openslo/v1 only",
      "openslo-kubernetes-apiserver.yml", "OpenSLO v1alpha; our loader reads openslo/v1 only",
      "plugin-getting-started.yml", "an SLI plugin, which is Go code and cannot be imported");

  private static final Pattern THRESHOLD = Pattern.compile("ratio_rate(\\w+)\\{[^}]*}\\s*>\\s*\\(([0-9.]+)\\s*\\*\\s*([0-9.eE+-]+)\\)");
  private static final Set<String> SHORT_WINDOWS = Set.of("5m", "30m", "1h", "2h", "6h", "1d", "3d");

  @Test
  void everySlothExampleOurLoaderAcceptsMeansTheSameAsSlothsOwnRules() throws IOException {
    Path sloth = Fixtures.conformance().resolve("sloth");
    Map<String, String> rejected = new TreeMap<>();
    List<String> compared = new ArrayList<>();
    try (Stream<Path> files = Files.list(sloth)) {
      for (Path example : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        SpecSet set = SpecLoader.load(List.of(example));
        String name = example.getFileName().toString();
        if (set.hasErrors()) {
          rejected.put(name, set.errors().get(0).toString());
          continue;
        }
        List<Slo> slos = set.slos().stream().map(LoadedSlo::slo).toList();
        compare(name, PrometheusRules.generate(slos), Files.readString(sloth.resolve("_gen").resolve(name)));
        compared.add(name);
      }
    }
    assertThat(rejected.keySet()).as("examples our loader rejects: %s", rejected).isEqualTo(NOT_LOADED.keySet());
    assertThat(compared).contains("getting-started.yml", "kubernetes-apiserver.yml", "home-wifi.yml", "raw-home-wifi.yml", "multifile.yml", "no-alerts.yml");
  }

  private static void compare(String example, Map<String, String> ours, String theirs) {
    Map<String, Facts> expected = facts(List.of(theirs), "sloth_service", "sloth_slo", "sloth_severity");
    Map<String, Facts> actual = facts(ours.values(), "service", "slo", "slo_severity");
    assertThat(actual.keySet()).as("%s: SLOs", example).isEqualTo(expected.keySet());
    expected.forEach((slo, want) -> {
      Facts got = actual.get(slo);
      assertThat(got.windows).as("%s %s: windows", example, slo).isEqualTo(want.windows);
      assertThat(want.selectors.values()).as("%s %s: Sloth's selectors", example, slo).allSatisfy(s -> assertThat(s).isNotEmpty());
      want.selectors.forEach((window, selectors) ->
          assertThat(got.selectors.get(window)).as("%s %s: series selected over %s", example, slo, window).isEqualTo(selectors));
      assertThat(got.thresholds.keySet()).as("%s %s: alert window pairs", example, slo).isEqualTo(want.thresholds.keySet());
      want.thresholds.forEach((pair, threshold) ->
          assertThat(got.thresholds.get(pair)).as("%s %s: threshold of %s", example, slo, pair).isCloseTo(threshold, within(1e-12)));
    });
  }

  /** What one SLO's rules mean: windows recorded, selectors per window, threshold per (severity, windows). */
  private static final class Facts {
    final Set<String> windows = new TreeSet<>();
    final Map<String, Set<String>> selectors = new TreeMap<>();
    final Map<String, Double> thresholds = new TreeMap<>();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Facts> facts(Iterable<String> files, String serviceLabel, String sloLabel, String severityLabel) {
    Map<String, Facts> out = new TreeMap<>();
    Map<String, String> alertSlo = new TreeMap<>();
    for (String file : files) {
      for (Object doc : new Yaml().loadAll(file)) {
        for (Map<String, Object> group : (List<Map<String, Object>>) ((Map<String, Object>) doc).get("groups")) {
          for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
            Map<String, String> labels = rule.get("labels") == null ? Map.of() : (Map<String, String>) rule.get("labels");
            String expr = (String) rule.get("expr");
            String record = (String) rule.get("record");
            if (record != null && record.startsWith("slo:sli_error:ratio_rate")) {
              Facts f = out.computeIfAbsent(labels.get(serviceLabel) + "/" + labels.get(sloLabel), k -> new Facts());
              String window = record.substring("slo:sli_error:ratio_rate".length());
              f.windows.add(window);
              if (SHORT_WINDOWS.contains(window)) f.selectors.put(window, PromqlSelectors.of(expr));
            } else if (rule.get("alert") != null && labels.containsKey(severityLabel) && expr.contains("ratio_rate")) {
              // Alerts name their SLO in the expression's selectors: service/slo label values.
              String key = sloOf(expr, serviceLabel, sloLabel);
              Facts f = out.computeIfAbsent(key, k -> new Facts());
              for (String pair : expr.split("\\n\\s*or\\s*\\n")) {
                Matcher m = THRESHOLD.matcher(pair);
                Set<String> windows = new TreeSet<>();
                double threshold = 0;
                while (m.find()) {
                  windows.add(m.group(1));
                  threshold = Double.parseDouble(m.group(2)) * Double.parseDouble(m.group(3));
                }
                f.thresholds.put(labels.get(severityLabel) + " " + windows, threshold);
              }
              alertSlo.put((String) rule.get("alert"), key);
            }
          }
        }
      }
    }
    return out;
  }

  private static String sloOf(String expr, String serviceLabel, String sloLabel) {
    Matcher service = Pattern.compile("\\b" + serviceLabel + "=\"([^\"]*)\"").matcher(expr);
    Matcher slo = Pattern.compile("\\b" + sloLabel + "=\"([^\"]*)\"").matcher(expr);
    return (service.find() ? service.group(1) : "?") + "/" + (slo.find() ? slo.group(1) : "?");
  }
}
