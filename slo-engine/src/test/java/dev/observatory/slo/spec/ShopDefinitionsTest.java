package dev.observatory.slo.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Astronomy Shop's SLOs in slo-definitions/ are valid and say what the foundation issue asks. */
class ShopDefinitionsTest {
  final SpecSet set = SpecLoader.load(List.of(Path.of("../slo-definitions")));
  final Map<String, Slo> byId = set.slos().stream().map(LoadedSlo::slo).collect(Collectors.toMap(s -> s.id().toString(), s -> s));

  @Test
  void theShopsDefinitionsLoadWithoutAnyProblem() {
    assertThat(set.problems()).isEmpty();
    assertThat(set.slos()).allMatch(s -> s.format() == SpecFormat.NATIVE);
  }

  @Test
  void checkoutPlaceOrderIsNinetyNinePointNinePercentOverThirtyDays() {
    Slo slo = byId.get("checkout/place-order-availability");
    assertThat(slo.sli()).isEqualTo(new Sli.Availability("checkout", "oteldemo.CheckoutService/PlaceOrder"));
    assertThat(slo.objective().percent()).isEqualByComparingTo("99.9");
    assertThat(slo.window()).isEqualTo(new Window.Rolling(Duration.ofDays(30)));
  }

  @Test
  void paymentCartAndCatalogHaveTheirAvailabilityAndLatencySlos() {
    assertThat(byId.get("payment/charge-availability").objective().percent()).isEqualByComparingTo("99.5");
    assertThat(byId.get("cart/add-item-availability").sli()).isInstanceOf(Sli.Availability.class);
    Slo getCart = byId.get("cart/get-cart-latency");
    assertThat(getCart.sli()).isEqualTo(new Sli.Latency("cart", "oteldemo.CartService/GetCart", Duration.ofMillis(200)));
    assertThat(getCart.objective().percent()).isEqualByComparingTo("99");
    assertThat(byId.get("product-catalog/get-product-availability").sli()).isInstanceOf(Sli.Availability.class);
    assertThat(byId.get("product-catalog/get-product-latency").sli()).isInstanceOf(Sli.Latency.class);
  }

  @Test
  void oneSloIsOnACalendarMonthAndOneOnTimeslices() {
    assertThat(byId.values()).anyMatch(s -> s.window() instanceof Window.Calendar c && c.unit() == Window.CalendarUnit.MONTH);
    assertThat(byId.values()).anyMatch(s -> s.budgeting() instanceof Budgeting.Timeslices);
  }
}
