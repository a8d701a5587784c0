package dev.observatory.slo.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Sloth {@code prometheus/v1} and OpenSLO v1 example of the conformance corpus either loads,
 * or fails with the precise first error listed here, with the reason it must fail.
 */
class ConformanceTest {
  /** Expected outcome per file: "ok", or the first error message (without the position). */
  static final Map<String, String> SLOTH = new TreeMap<>(Map.ofEntries(
      Map.entry("contrib-slo-plugins.yml", "ok"),
      Map.entry("getting-started.yml", "ok"),
      Map.entry("home-wifi.yml", "ok"),
      Map.entry("kubernetes-apiserver.yml", "ok"),
      Map.entry("multifile.yml", "ok"),
      Map.entry("no-alerts.yml", "ok"),
      Map.entry("raw-home-wifi.yml", "ok"),
      Map.entry("slo-plugin-getting-started.yml", "ok"),
      Map.entry("victoria-metrics.yml", "ok"),
      // Reason: the SLI is a Sloth plugin, i.e. Go code compiled into Sloth.
      Map.entry("plugin-getting-started.yml", "Sloth SLI plugins are Go code and cannot be imported (plugin \"getting_started_availability\"); write the SLI as events or raw queries"),
      // Reason: Sloth's OpenSLO examples are OpenSLO v1alpha; we read OpenSLO v1.
      Map.entry("openslo-getting-started.yml", "OpenSLO v1alpha is not supported; convert the document to apiVersion: openslo/v1"),
      Map.entry("openslo-kubernetes-apiserver.yml", "OpenSLO v1alpha is not supported; convert the document to apiVersion: openslo/v1"),
      Map.entry("validate/good/good-aa.yaml", "ok"),
      Map.entry("validate/good/good-ab.yaml", "ok"),
      Map.entry("validate/good/good-ba.yaml", "ok"),
      Map.entry("validate/good/good-k8s.yaml", "ok"),
      Map.entry("validate/good/good-multi.yaml", "ok"),
      Map.entry("validate/good/good-multi-k8s.yaml", "ok"),
      Map.entry("validate/good/good-openslo.yaml", "OpenSLO v1alpha is not supported; convert the document to apiVersion: openslo/v1"),
      // Reason for each bad file: the line Sloth marks "# BAD!".
      Map.entry("validate/bad/bad-aa.yaml", "objective must be in (0, 100), found 101"),
      Map.entry("validate/bad/bad-ab.yaml", "objective must be in (0, 100), found 101"),
      Map.entry("validate/bad/bad-ba.yaml", "objective must be in (0, 100), found 101"),
      Map.entry("validate/bad/bad-k8s.yaml", "spec.service must not be empty"),
      Map.entry("validate/bad/bad-multi.yaml", "slos[1].sli must have exactly one of events, raw or plugin"),
      Map.entry("validate/bad/bad-multi-k8s.yaml", "spec.slos[0].alerting.name must not be empty"),
      Map.entry("validate/bad/bad-openslo.yaml", "OpenSLO v1alpha is not supported; convert the document to apiVersion: openslo/v1")));

  static final Map<String, String> OPENSLO = new TreeMap<>(Map.ofEntries(
      // Reason: a threshold metric judges sampled values, not counted events.
      Map.entry("examples/budgeting-method/occurences-slo.yaml", "thresholdMetric indicators are not supported; Observatory counts events: use ratioMetric with good (or bad) and total counters"),
      // Reason: upstream's examples use the placeholder source "type: Any, query: Any".
      Map.entry("examples/budgeting-method/ratio-timeslices.yaml", "metricSource type \"Any\" is not Prometheus-compatible; Observatory reads Prometheus, Thanos, Mimir, Cortex or VictoriaMetrics"),
      Map.entry("examples/budgeting-method/timeslices-slo.yaml", "metricSource type \"Any\" is not Prometheus-compatible; Observatory reads Prometheus, Thanos, Mimir, Cortex or VictoriaMetrics"),
      Map.entry("examples/treat-low-traffic-as-equally-important/timeslices-slo.yaml", "metricSource type \"Any\" is not Prometheus-compatible; Observatory reads Prometheus, Thanos, Mimir, Cortex or VictoriaMetrics"),
      // Reason: neither timeWindow nor budgetingMethod (the README's own rule says required).
      Map.entry("readme/SLO-foo-slo.yaml", "missing required field \"budgetingMethod\" in spec"),
      Map.entry("readme/AlertCondition-cpu-usage-breach.yaml", "ok"),
      Map.entry("readme/AlertNotificationTarget-OnCallDevopsMailNotification.yaml", "ok"),
      Map.entry("readme/AlertNotificationTarget-OnCallDevopsSlackNotification.yaml", "ok"),
      Map.entry("readme/AlertPolicy-AlertPolicy.yaml", "ok"),
      Map.entry("readme/AlertPolicy-AlertPolicy-inline-condition.yaml", "ok"),
      Map.entry("readme/DataSource-string.yaml", "ok"),
      // Reason: the README's field outlines hold type names, not values.
      Map.entry("readme-templates/template-SLO.yaml", "indicatorRef \"string\" names no SLI document in the files given"),
      Map.entry("readme-templates/template-general.yaml", "unknown OpenSLO kind \"DataSource | SLO | SLI | AlertPolicy | AlertCondition | AlertNotificationTarget | Service\"; expected one of AlertCondition, AlertNotificationTarget, AlertPolicy, DataSource, SLI, SLO, Service"),
      Map.entry("readme-templates/template-AlertCondition.yaml", "ok"),
      Map.entry("readme-templates/template-AlertNotificationTarget.yaml", "ok"),
      Map.entry("readme-templates/template-AlertPolicy.yaml", "ok"),
      Map.entry("readme-templates/template-DataSource.yaml", "ok"),
      Map.entry("readme-templates/template-SLI.yaml", "ok"),
      Map.entry("readme-templates/template-Service.yaml", "ok")));

  @Test
  void everySlothExampleLoadsOrFailsWithItsListedReason() throws IOException {
    check(Conformance.require().resolve("sloth"), SLOTH);
  }

  @Test
  void everyOpenSloV1ExampleLoadsOrFailsWithItsListedReason() throws IOException {
    check(Conformance.require().resolve("openslo"), OPENSLO);
  }

  @Test
  void slothExamplesThatLoadKeepTheirQueriesAsSelectorsOrRawPromql() {
    SpecSet set = SpecLoader.load(List.of(Conformance.require().resolve("sloth/getting-started.yml")));
    var slo = set.slos().get(0).slo();
    assertThat(slo.id().toString()).isEqualTo("myservice/requests-availability");
    assertThat(slo.objective().percent()).isEqualByComparingTo("99.9");
    assertThat(slo.sli()).hasToString(
        "Events[total=http_request_duration_seconds_count{job=\"myservice\"}, good=null, bad=http_request_duration_seconds_count{job=\"myservice\",code=~\"(5..|429)\"}]");
    assertThat(slo.labels()).containsEntry("owner", "myteam").containsEntry("tier", "2");
    assertThat(slo.alerting().name()).isEqualTo("MyServiceHighErrorRate");
    assertThat(slo.alerting().page().labels()).containsEntry("severity", "pageteam");
  }

  private static void check(Path root, Map<String, String> expected) throws IOException {
    List<String> present;
    try (Stream<Path> walk = Files.walk(root)) {
      present = walk.filter(p -> p.toString().matches(".*\\.ya?ml$"))
          .map(p -> root.relativize(p).toString())
          .filter(p -> !p.startsWith("_gen/") && !p.startsWith("windows/"))
          .sorted()
          .toList();
    }
    assertThat(present).as("every example file is listed").containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (String file : present) {
      SpecSet set = SpecLoader.load(List.of(root.resolve(file)));
      String outcome = set.hasErrors() ? set.errors().get(0).message() : "ok";
      assertThat(outcome).as(file).isEqualTo(expected.get(file));
    }
  }
}
