package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadConfigTest {

  @Test
  void theDefaultsAreTenUsersForFiveMinutesAgainstTheLocalShop() {
    LoadConfig config = LoadConfig.builder().build();

    assertThat(config.target()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(config.admin()).isEqualTo(URI.create("http://127.0.0.1:8081"));
    assertThat(config.users()).isEqualTo(10);
    assertThat(config.duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.thinkTimeMin()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.thinkTimeMax()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.reportInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.openModel()).isFalse();
    assertThat(config.scenario()).isEmpty();
  }

  @Test
  void theAdminPortDefaultsTo8081OnTheTargetHost() {
    assertThat(LoadConfig.builder().target(URI.create("http://shop.local:9000")).build().admin())
        .isEqualTo(URI.create("http://shop.local:8081"));
  }

  @Test
  void everyProblemIsReportedOnItsOwnLine() {
    assertThatThrownBy(
            () ->
                LoadConfig.builder()
                    .target(URI.create("ftp://shop"))
                    .users(0)
                    .duration(Duration.ZERO)
                    .thinkTime(Duration.ofSeconds(3), Duration.ofSeconds(1))
                    .arrivalRate(-1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            String.join(
                "\n",
                "target must be an http:// or https:// URL with a host, got ftp://shop",
                "users must be from 1 to 10000, got 0",
                "duration must be from 1ms to 1w, got 0s",
                "thinkTimeMax must not be less than thinkTimeMin, got 1s < 3s",
                "arrivalRate must be from 0 to 10000 per second, got -1.0"));
  }

  @ParameterizedTest(name = "\"{0}\" is {1} ms")
  @CsvSource({"30s, 30000", "2m, 120000", "1h, 3600000", "1h30m, 5400000", "500ms, 500", "0, 0", "1d, 86400000"})
  void prometheusDurationsParse(String text, long millis) {
    assertThat(PrometheusDuration.parse(text)).isEqualTo(Duration.ofMillis(millis));
    assertThat(PrometheusDuration.parse(PrometheusDuration.format(Duration.ofMillis(millis))))
        .isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "\"{0}\" is not a duration")
  @CsvSource({"2", "2x", "m", "-1s", "1m1h", "''", "1.5s"})
  void otherTextIsNotADuration(String text) {
    assertThatThrownBy(() -> PrometheusDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"" + text + "\" is not a duration like 30s or 2m");
  }
}
