package dev.observatory.shop.email;

import dev.observatory.shop.api.ConfirmationRequest;
import dev.observatory.shop.api.OrderItem;
import dev.observatory.shop.api.OrderResult;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.catalog.Catalog;
import dev.observatory.shop.catalog.Product;
import dev.observatory.shop.db.EmailDao;
import dev.observatory.shop.telemetry.Traced;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The email service: renders the order confirmation and stores it (there is no SMTP). */
@Path("/svc/email")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EmailResource {
  public static final String SERVICE = "email";
  private final EmailDao emails;
  private final Catalog catalog;

  public EmailResource(EmailDao emails, Catalog catalog) {
    this.emails = emails;
    this.catalog = catalog;
  }

  @POST
  @Path("/confirmation")
  @Traced(service = SERVICE, span = "oteldemo.EmailService/SendOrderConfirmation")
  public void sendOrderConfirmation(ConfirmationRequest request) {
    if (request == null || request.order() == null || request.email() == null) throw ShopErrors.badRequest("SendOrderConfirmation needs email and order");
    OrderResult order = request.order();
    List<OrderLine> lines = order.items().stream().map(this::line).toList();
    String body = ConfirmationEmail.render(order.orderId(), order.shippingTrackingId(), order.shippingCost(), lines, order.total());
    emails.store(order.orderId(), request.email(), "Your Astronomy Shop order " + order.orderId(), body);
  }

  private OrderLine line(OrderItem item) {
    String name = catalog.get(item.item().productId()).map(Product::name).orElse(item.item().productId());
    return new OrderLine(name, item.item().quantity(), item.cost());
  }
}
