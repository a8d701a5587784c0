package dev.observatory.slo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @ParameterizedTest(name = "{0} is {1} and prints as {2}")
  @CsvSource({"5m, PT5M, 5m", "1h30m, PT1H30M, 1h30m", "30d, PT720H, 30d", "2w, PT336H, 14d", "200ms, PT0.2S, 200ms", "1y, PT8760H, 365d", "90s, PT1M30S, 1m30s"})
  void aPrometheusDurationParsesAndFormats(String text, Duration expected, String printed) {
    assertThat(Durations.parse(text)).isEqualTo(expected);
    assertThat(Durations.format(expected)).isEqualTo(printed);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "0", "0m", "5", "m", "5M", "1h1d", "-5m", "5 m", "1.5h", "99999999999999999999d"})
  void anythingElseIsRefusedWithTheTextInTheMessage(String text) {
    assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + text + "\"");
  }
}
