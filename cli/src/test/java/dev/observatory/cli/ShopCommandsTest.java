package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shop's commands refuse bad input with one clear line and the right exit code, before starting anything. */
class ShopCommandsTest {
  @TempDir Path dir;

  @Test
  void anUnknownServiceIsInvalidInput() {
    CliRun run = CliRun.of("shop", "--services", "cart,telescope-polisher");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("slo shop: unknown service \"telescope-polisher\"; services are frontend, product-catalog, cart");
  }

  @Test
  void aBrokenScenarioIsReportedWithPositionsAndExitsTwo() throws Exception {
    Path scenario = dir.resolve("incident.yaml");
    Files.writeString(scenario, "name: incident\nsteps:\n  - at: 2x\n    set: {paymentFailur: 0.5}\n");
    CliRun run = CliRun.of("load", "--scenario", scenario.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        scenario + ":3:9: at must be a duration like 30s or 2m",
        scenario + ":4:11: unknown flag \"paymentFailur\"; known flags: cartDelayMs, cartFailure, paymentFailure, paymentUnreachable, productCatalogFailure, shippingQuoteDelayMs");
  }

  @Test
  void aBadLoadOptionIsInvalidInput() {
    CliRun run = CliRun.of("load", "--users", "0");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("users must be from 1 to 10000, got 0");
  }

  @Test
  void aShopThatDoesNotAnswerIsARuntimeFailure() {
    CliRun load = CliRun.of("load", "--target", "http://127.0.0.1:1", "--duration", "5s", "--no-progress");
    assertThat(load.code()).isEqualTo(1);
    assertThat(load.err()).contains("slo load: cannot start: GET http://127.0.0.1:1/api/products failed");
    CliRun flags = CliRun.of("flags", "--admin", "http://127.0.0.1:1");
    assertThat(flags.code()).isEqualTo(1);
    assertThat(flags.err()).contains("no shop admin port answers at http://127.0.0.1:1");
  }

  @Test
  void flagsNeedsSetNameAndValue() {
    CliRun run = CliRun.of("flags", "set", "paymentFailure");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("expected no arguments, or: set NAME VALUE");
  }
}
