package dev.observatory.slo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Downstream errors per minute: writing a minute again replaces it, reads are per service and range. */
class DownstreamErrorDaoTest extends DatabaseTest {
  @Test
  void writingTheSameMinutesAgainReplacesThemAndReadsKeepToTheServiceAndRange() {
    DownstreamErrorDao dao = jdbi.onDemand(DownstreamErrorDao.class);
    dao.upsert(List.of(new DownstreamErrorRow("checkout", "oteldemo.PaymentService/Charge", 100, 3),
        new DownstreamErrorRow("checkout", "oteldemo.ShippingService/GetQuote", 100, 1),
        new DownstreamErrorRow("cart", "redis GET", 100, 9)));
    dao.upsert(List.of(new DownstreamErrorRow("checkout", "oteldemo.PaymentService/Charge", 100, 5),
        new DownstreamErrorRow("checkout", "oteldemo.PaymentService/Charge", 101, 2)));
    dao.upsert(List.of());

    assertThat(dao.during("checkout", 100, 102)).containsExactly(
        new DownstreamErrorRow("checkout", "oteldemo.PaymentService/Charge", 100, 5),
        new DownstreamErrorRow("checkout", "oteldemo.ShippingService/GetQuote", 100, 1),
        new DownstreamErrorRow("checkout", "oteldemo.PaymentService/Charge", 101, 2));
    assertThat(dao.during("checkout", 101, 102)).hasSize(1);
    assertThat(count("select count(*) from slo_downstream_errors")).isEqualTo(4);
  }
}
