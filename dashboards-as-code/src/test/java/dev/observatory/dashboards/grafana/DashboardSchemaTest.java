package dev.observatory.dashboards.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated dashboard is valid against Grafana's dashboard JSON schema. */
class DashboardSchemaTest {
  static Stream<Arguments> dashboards() {
    Stream<Arguments> shop = ShopSlos.dashboards().entrySet().stream().map(e -> Arguments.of("shop SLOs", e.getKey(), e.getValue()));
    Stream<Arguments> none = GrafanaDashboards.generate(List.of()).entrySet().stream().map(e -> Arguments.of("no SLOs", e.getKey(), e.getValue()));
    return Stream.concat(shop, none);
  }

  @ParameterizedTest(name = "{1} from {0} validates against the Grafana dashboard schema")
  @MethodSource("dashboards")
  void everyDashboardValidatesAgainstTheGrafanaDashboardSchema(String slos, String file, String json) {
    Schema schema = GrafanaSchema.require();
    assertThat(GrafanaSchema.problems(schema, json)).as(file).isEmpty();
  }

  @Test
  void aDashboardWithoutTemplatingIsRejectedSoTheCheckHasTeeth() {
    Schema schema = GrafanaSchema.require();
    ObjectNode tree = (ObjectNode) Json.parse(ShopSlos.dashboards().get("slo-detail.json"));
    tree.remove("templating");
    assertThat(GrafanaSchema.problems(schema, Json.pretty(tree))).isNotEmpty();
  }

  @Test
  void aPanelWiderThanTheGridIsRejectedSoNestedPanelsAreCheckedToo() {
    Schema schema = GrafanaSchema.require();
    ObjectNode tree = (ObjectNode) Json.parse(ShopSlos.dashboards().get("slo-detail.json"));
    ((ObjectNode) tree.get("panels").get(1).get("gridPos")).put("w", 30);
    assertThat(GrafanaSchema.problems(schema, Json.pretty(tree))).isNotEmpty();
  }
}
