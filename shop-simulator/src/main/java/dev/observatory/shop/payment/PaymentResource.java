package dev.observatory.shop.payment;

import dev.observatory.shop.api.ChargeRequest;
import dev.observatory.shop.api.ChargeResponse;
import dev.observatory.shop.api.CreditCardInfo;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.db.PaymentDao;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.flags.Flag;
import dev.observatory.shop.telemetry.Traced;
import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;

/**
 * The payment service ({@code oteldemo.PaymentService/Charge}). The card is validated and
 * charged once per charge key; only its type and last four digits are stored or traced.
 */
@Path("/svc/payment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PaymentResource {
  public static final String SERVICE = "payment";
  private final PaymentProcessor processor;
  private final PaymentDao payments;
  private final FaultFlags flags;
  private final Clock clock;

  public PaymentResource(PaymentProcessor processor, PaymentDao payments, FaultFlags flags, Clock clock) {
    this.processor = processor;
    this.payments = payments;
    this.flags = flags;
    this.clock = clock;
  }

  @POST
  @Path("/charge")
  @Traced(service = SERVICE, span = "oteldemo.PaymentService/Charge")
  public ChargeResponse charge(ChargeRequest request) {
    if (request == null || request.amount() == null || request.creditCard() == null || request.chargeKey() == null) {
      throw ShopErrors.badRequest("Charge needs amount, creditCard and chargeKey");
    }
    if (flags.roll(Flag.PAYMENT_FAILURE)) {
      throw ShopErrors.injected("payment request failed: the card processor rejected the token (fault flag paymentFailure)");
    }
    CreditCardInfo info = request.creditCard();
    CreditCard card = new CreditCard(
        info.creditCardNumber() == null ? "" : info.creditCardNumber(),
        info.creditCardCvv() == null ? -1 : info.creditCardCvv(),
        info.creditCardExpirationYear() == null ? 0 : info.creditCardExpirationYear(),
        info.creditCardExpirationMonth() == null ? 0 : info.creditCardExpirationMonth());
    ChargeResult result;
    try {
      result = processor.charge(request.amount(), card, YearMonth.now(clock));
    } catch (InvalidCardException | IllegalArgumentException e) {
      throw ShopErrors.badRequest(e.getMessage());
    }
    Span span = Span.current();
    span.setAttribute("app.payment.card_type", result.cardType().name().toLowerCase(java.util.Locale.ROOT));
    span.setAttribute("app.payment.card_valid", true);
    payments.charge(result.transactionId(), request.chargeKey(), request.amount().currencyCode(), request.amount().units(), request.amount().nanos(),
        result.cardType().name(), result.lastFour());
    String standing = payments.byChargeKey(request.chargeKey()).orElseThrow(() -> ShopErrors.status(500, "charge was not recorded"));
    span.setAttribute("app.payment.transaction.id", standing);
    return new ChargeResponse(standing, result.cardType().name(), result.lastFour());
  }

  /** Voids the charge of a checkout that failed after charging. */
  @POST
  @Path("/refund")
  @Traced(service = SERVICE, span = "oteldemo.PaymentService/Refund")
  public java.util.Map<String, Integer> refund(java.util.Map<String, String> request) {
    String key = request == null ? null : request.get("chargeKey");
    if (key == null) throw ShopErrors.badRequest("Refund needs chargeKey");
    return java.util.Map.of("refunded", payments.refund(key));
  }
}
