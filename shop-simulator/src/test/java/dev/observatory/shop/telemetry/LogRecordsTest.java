package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogRecordsTest {

  private static final Logger LOG = LoggerFactory.getLogger(LogRecordsTest.class);
  private static final String RECORDS = "log_records_total";

  private Telemetry telemetry;

  @BeforeEach
  void start() {
    telemetry = Telemetry.start(TelemetryConfig.defaults().withPrometheus("127.0.0.1", 0));
    assertThat(telemetry.countLogRecords()).isTrue();
  }

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void theCounterIncrementsBySeverityForTheServiceInTheMdc() throws Exception {
    try (LogContext log = LogContext.forCurrentSpan("payment")) {
      LOG.warn("card declined");
      LOG.warn("card declined again");
      LOG.error("payment provider unreachable");
    }

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.value(RECORDS, Map.of("service_name", "payment", "severity", "WARN")))
        .isEqualTo(2.0);
    assertThat(scrape.value(RECORDS, Map.of("service_name", "payment", "severity", "ERROR")))
        .isEqualTo(1.0);
    assertThat(scrape.series(RECORDS)).allSatisfy(
        s -> assertThat(s.labels().keySet()).containsExactlyInAnyOrder("service_name", "severity"));
  }

  @Test
  void aRecordOutsideAServiceCountsAsUnknown() throws Exception {
    LOG.error("no service here");

    assertThat(Scrape.of(telemetry).value(RECORDS,
        Map.of("service_name", "unknown", "severity", "ERROR"))).isEqualTo(1.0);
  }

  @Test
  void afterCloseTheAppenderIsDetached() {
    telemetry.close();
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
        LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

    assertThat(root.getAppender(LogRecordsAppender.NAME)).isNull();
  }
}
