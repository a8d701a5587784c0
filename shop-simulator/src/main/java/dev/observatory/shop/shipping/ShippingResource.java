package dev.observatory.shop.shipping;

import dev.observatory.shop.api.CartItem;
import dev.observatory.shop.api.ShipOrderResponse;
import dev.observatory.shop.api.ShippingRequest;
import dev.observatory.shop.app.Delays;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.flags.Flag;
import dev.observatory.shop.money.Money;
import dev.observatory.shop.telemetry.Traced;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The shipping service ({@code oteldemo.ShippingService}): quotes in USD and tracking ids. */
@Path("/svc/shipping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ShippingResource {
  public static final String SERVICE = "shipping";
  private final ShippingQuoter quoter;
  private final FaultFlags flags;

  public ShippingResource(ShippingQuoter quoter, FaultFlags flags) {
    this.quoter = quoter;
    this.flags = flags;
  }

  @POST
  @Path("/quote")
  @Traced(service = SERVICE, span = "oteldemo.ShippingService/GetQuote")
  public Money getQuote(ShippingRequest request) {
    Delays.sleep(flags.delayMillis(Flag.SHIPPING_QUOTE_DELAY_MS));
    return quoter.quote(itemCount(request));
  }

  @POST
  @Path("/ship")
  @Traced(service = SERVICE, span = "oteldemo.ShippingService/ShipOrder")
  public ShipOrderResponse shipOrder(ShippingRequest request) {
    if (request == null || request.address() == null) throw ShopErrors.badRequest("ShipOrder needs an address");
    var a = request.address();
    return new ShipOrderResponse(quoter.trackingId(a.streetAddress() + ", " + a.city() + ", " + a.state()));
  }

  private static int itemCount(ShippingRequest request) {
    if (request == null) throw ShopErrors.badRequest("GetQuote needs items");
    return request.items().stream().mapToInt(CartItem::quantity).sum();
  }
}
