package dev.observatory.dashboards.grafana;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The Astronomy Shop's SLOs from the repository's slo-definitions, and the dashboards made from them. */
final class ShopSlos {
  private ShopSlos() {}

  static List<Slo> load() {
    SpecSet set = SpecLoader.load(List.of(Path.of("../slo-definitions")));
    if (set.hasErrors()) throw new IllegalStateException("slo-definitions do not load: " + set.errors());
    return set.slos().stream().map(LoadedSlo::slo).toList();
  }

  static Map<String, String> dashboards() {
    return GrafanaDashboards.generate(load());
  }
}
