package dev.observatory.dashboards.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecSet;
import java.nio.file.Path;
import java.util.List;

/** The SLO sets the tests generate from; paths are relative to the module (Maven's working directory). */
final class TestSlos {
  static final Path SHOP = Path.of("../slo-definitions");
  static final Path WEBHOOKS = Path.of("src/test/resources/alertmanager/specs");

  /** Webhooks as if given on the command line. */
  static final Receivers GIVEN = new Receivers("https://pager.example.com/all", "https://tickets.example.com/all");

  private TestSlos() {}

  /** The shop's own SLOs (slo-definitions/). */
  static List<Slo> shop() {
    return load(SHOP);
  }

  /** A set where some SLOs name their own webhooks (src/test/resources/alertmanager/specs). */
  static List<Slo> withWebhooks() {
    return load(WEBHOOKS);
  }

  static List<Slo> load(Path path) {
    SpecSet set = SpecLoader.load(List.of(path));
    assertThat(set.errors()).as("problems loading %s", path).isEmpty();
    assertThat(set.slos()).as("SLOs in %s", path).isNotEmpty();
    return set.slos().stream().map(LoadedSlo::slo).toList();
  }

  /** A copy of {@code slo} whose page route names {@code webhook}. */
  static Slo withPageWebhook(Slo slo, String webhook) {
    Alerting a = slo.alerting();
    Alerting.Route page = new Alerting.Route(true, a.page().labels(), a.page().annotations(), webhook);
    Alerting alerting = new Alerting(a.name(), a.labels(), a.annotations(), page, a.ticket(), a.policy());
    return new Slo(slo.id(), slo.description(), slo.sli(), slo.objective(), slo.window(), slo.budgeting(), slo.labels(), alerting);
  }
}
