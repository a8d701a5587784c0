package dev.observatory.dashboards.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated file checked and routed by Alertmanager's own amtool, not by our reading of it. */
class AmtoolTest {
  @TempDir Path dir;

  @Test
  @DisplayName("amtool check-config accepts the config for the shop's SLOs with placeholder receivers")
  void shopConfigPassesCheckConfig() throws IOException {
    assertPassesCheckConfig(AlertmanagerConfig.generate(TestSlos.shop(), Receivers.PLACEHOLDERS));
  }

  @Test
  @DisplayName("amtool check-config accepts the config for SLOs with their own webhooks")
  void webhookConfigPassesCheckConfig() throws IOException {
    assertPassesCheckConfig(AlertmanagerConfig.generate(TestSlos.withWebhooks(), TestSlos.GIVEN));
  }

  @Test
  @DisplayName("amtool check-config accepts the config for no SLOs at all")
  void emptyConfigPassesCheckConfig() throws IOException {
    assertPassesCheckConfig(AlertmanagerConfig.generate(List.of(), Receivers.PLACEHOLDERS));
  }

  static Stream<Arguments> shopRoutes() {
    return Stream.of(
        Arguments.of("a checkout page reaches the page receiver", List.of("severity=page", "service=checkout", "slo=place-order-availability"), "page"),
        Arguments.of("a checkout ticket reaches the ticket receiver", List.of("severity=ticket", "service=checkout", "slo=place-order-availability"), "ticket"),
        Arguments.of("a cart page reaches the page receiver", List.of("severity=page", "service=cart", "slo=add-item-availability"), "page"),
        Arguments.of("an alert of unknown severity becomes a ticket, not dropped", List.of("severity=critical", "service=checkout", "slo=place-order-availability"), "ticket"),
        Arguments.of("an alert without labels becomes a ticket", List.of("alertname=Watchdog"), "ticket"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shopRoutes")
  @DisplayName("shop SLOs route by severity")
  void shopRouting(String sentence, List<String> labels, String receiver) throws IOException {
    Path config = write(AlertmanagerConfig.generate(TestSlos.shop(), Receivers.PLACEHOLDERS));
    assertThat(Amtool.require().routesTest(config, labels)).as(sentence).isEqualTo(receiver);
  }

  static Stream<Arguments> webhookRoutes() {
    return Stream.of(
        Arguments.of("a page for an SLO with its own pager reaches that pager", List.of("severity=page", "service=checkout", "slo=place-order-availability"), "checkout/place-order-availability/page"),
        Arguments.of("a ticket for an SLO with its own queue reaches that queue", List.of("severity=ticket", "service=checkout", "slo=place-order-availability"), "checkout/place-order-availability/ticket"),
        Arguments.of("a page for another SLO of the same service reaches the shared pager", List.of("severity=page", "service=checkout", "slo=place-order-latency"), "page"),
        Arguments.of("a ticket for an SLO with only a ticket webhook reaches its queue", List.of("severity=ticket", "service=payment", "slo=charge-availability"), "payment/charge-availability/ticket"),
        Arguments.of("a page for an SLO whose pages are off has no route of its own", List.of("severity=page", "service=payment", "slo=charge-availability"), "page"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webhookRoutes")
  @DisplayName("SLOs with their own webhooks route to their own receivers")
  void webhookRouting(String sentence, List<String> labels, String receiver) throws IOException {
    Path config = write(AlertmanagerConfig.generate(TestSlos.withWebhooks(), TestSlos.GIVEN));
    assertThat(Amtool.require().routesTest(config, labels)).as(sentence).isEqualTo(receiver);
  }

  private void assertPassesCheckConfig(String yaml) throws IOException {
    Amtool.Result result = Amtool.require().checkConfig(write(yaml));
    assertThat(result.exitCode()).as("amtool check-config: %s%s", result.stdout(), result.stderr()).isZero();
    assertThat(result.stdout()).contains("SUCCESS");
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("alertmanager.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
