package dev.observatory.shop.checkout;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.api.OrderResult;
import dev.observatory.shop.api.PlaceOrderRequest;
import dev.observatory.shop.app.PeerClient;
import dev.observatory.shop.app.PeerException;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.db.OrderDao;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.telemetry.Traced;
import io.opentelemetry.api.trace.Tracer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The checkout service ({@code oteldemo.CheckoutService/PlaceOrder}). */
@Path("/svc/checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CheckoutResource {
  public static final String SERVICE = "checkout";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckoutResource.class);
  private final PlaceOrder placeOrder;

  public CheckoutResource(PeerClient peers, OrderDao orders, FaultFlags flags, Tracer tracer, ObjectMapper json, String unreachablePaymentBase) {
    this.placeOrder = new PlaceOrder(peers, orders, flags, tracer, json, unreachablePaymentBase);
  }

  @POST
  @Path("/orders")
  @Traced(service = SERVICE, span = "oteldemo.CheckoutService/PlaceOrder")
  public OrderResult placeOrder(PlaceOrderRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    CheckoutValidation.check(request);
    String chargeKey = idempotencyKey == null || idempotencyKey.isBlank() ? "order-" + UUID.randomUUID() : "key-" + idempotencyKey;
    try {
      return placeOrder.place(request, chargeKey);
    } catch (CheckoutException e) {
      if (e.status >= 500) LOG.warn("PlaceOrder failed for user {}: {}", request.userId(), e.getMessage());
      throw ShopErrors.status(e.status, e.getMessage());
    } catch (PeerException e) {
      if (!e.clientError()) LOG.warn("PlaceOrder failed for user {}: {}", request.userId(), e.getMessage());
      throw ShopErrors.from(e);
    }
  }
}
