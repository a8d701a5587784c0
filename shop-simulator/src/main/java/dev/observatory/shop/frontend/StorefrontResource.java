package dev.observatory.shop.frontend;

import dev.observatory.shop.api.Address;
import dev.observatory.shop.api.Cart;
import dev.observatory.shop.api.CartItem;
import dev.observatory.shop.api.CreditCardInfo;
import dev.observatory.shop.api.ErrorResponse;
import dev.observatory.shop.api.OrderResult;
import dev.observatory.shop.api.PlaceOrderRequest;
import dev.observatory.shop.app.PeerException;
import dev.observatory.shop.catalog.Product;
import dev.observatory.shop.money.Money;
import dev.observatory.shop.telemetry.Traced;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The storefront: server-rendered pages for browsing, the cart, checkout and the confirmation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class StorefrontResource {
  static final String USER_COOKIE = "shop_user";
  private final ShopCalls shop;
  private final IdempotentCheckout checkout;
  private final ObjectMapper json;

  StorefrontResource(ShopCalls shop, IdempotentCheckout checkout, ObjectMapper json) {
    this.shop = shop;
    this.checkout = checkout;
    this.json = json;
  }

  @GET
  @Traced(service = ApiResource.SERVICE, span = "GET /")
  public Response home(@QueryParam("q") String query, @QueryParam("category") String category, @CookieParam(USER_COOKIE) String user) {
    List<Product> products = ApiResource.call(() -> shop.products(query, category));
    StringBuilder body = new StringBuilder("<h1>").append(query == null || query.isBlank() ? "Telescopes and astrophotography gear" : "Results for “" + Html.esc(query) + "”").append("</h1>");
    body.append("<p>Categories: ");
    for (String c : List.of("telescopes", "mounts", "cameras", "filters", "eyepieces", "binoculars", "books", "accessories")) {
      body.append("<a href=\"/?category=").append(c).append("\">").append(c).append("</a> · ");
    }
    body.append("<a href=\"/\">all</a></p><div class=\"grid\">");
    for (Product p : products) {
      body.append("<div class=\"card product\"><h3><a href=\"/product/").append(Html.esc(p.id())).append("\">").append(Html.esc(p.name())).append("</a></h3><p>")
          .append(Html.esc(p.priceUsd().display())).append("</p></div>");
    }
    if (products.isEmpty()) body.append("<p>No products match.</p>");
    body.append("</div>");
    return withUser(Response.ok(Html.page("Home", body.toString())), user);
  }

  @GET
  @Path("product/{id}")
  @Traced(service = ApiResource.SERVICE, span = "GET /product/{id}")
  public Response product(@PathParam("id") String id, @CookieParam(USER_COOKIE) String user) {
    Product p;
    try {
      p = shop.product(id);
    } catch (PeerException e) {
      return errorPage(e.clientError() ? e.status() : 502, e.getMessage());
    }
    String body = "<h1>" + Html.esc(p.name()) + "</h1><p>" + Html.esc(p.description()) + "</p><p><strong>" + Html.esc(p.priceUsd().display()) + "</strong></p>"
        + "<form method=\"post\" action=\"/cart\"><input type=\"hidden\" name=\"productId\" value=\"" + Html.esc(p.id()) + "\">"
        + "<label>Quantity <input type=\"number\" name=\"quantity\" value=\"1\" min=\"1\" max=\"" + ShopCalls.MAX_QUANTITY + "\"></label>"
        + "<button type=\"submit\" id=\"add-to-cart\">Add to cart</button></form>";
    return withUser(Response.ok(Html.page(p.name(), body)), user);
  }

  @POST
  @Path("cart")
  @Produces(MediaType.TEXT_HTML)
  @Traced(service = ApiResource.SERVICE, span = "POST /cart")
  public Response addToCart(@FormParam("productId") String productId, @FormParam("quantity") String quantityText, @CookieParam(USER_COOKIE) String user) {
    String userId = userId(user);
    int quantity;
    try {
      quantity = Integer.parseInt(quantityText == null ? "1" : quantityText.trim());
    } catch (NumberFormatException e) {
      return errorPage(400, "quantity must be a whole number");
    }
    if (quantity < 1 || quantity > ShopCalls.MAX_QUANTITY) return errorPage(400, "quantity must be from 1 to " + ShopCalls.MAX_QUANTITY);
    try {
      shop.product(productId);
      shop.addItem(userId, new CartItem(productId, quantity));
    } catch (PeerException e) {
      return errorPage(e.clientError() ? e.status() : 502, e.getMessage());
    }
    return withUser(Response.seeOther(URI.create("/cart")), userId);
  }

  @GET
  @Path("cart")
  @Traced(service = ApiResource.SERVICE, span = "GET /cart")
  public Response cart(@CookieParam(USER_COOKIE) String user) {
    String userId = userId(user);
    Cart cart;
    List<String> currencies;
    try {
      cart = shop.cart(userId);
      currencies = shop.currencies();
    } catch (PeerException e) {
      return errorPage(502, e.getMessage());
    }
    StringBuilder body = new StringBuilder("<h1>Your cart</h1>");
    if (cart.items().isEmpty()) {
      body.append("<p id=\"empty-cart\">Your cart is empty. <a href=\"/\">Browse the shop</a>.</p>");
      return withUser(Response.ok(Html.page("Cart", body.toString())), userId);
    }
    Money total = Money.zero("USD");
    body.append("<table><tr><th>Product</th><th>Quantity</th><th>Price</th></tr>");
    for (CartItem item : cart.items()) {
      Product p = shop.product(item.productId());
      Money cost = p.priceUsd().times(item.quantity());
      total = total.plus(cost);
      body.append("<tr><td>").append(Html.esc(p.name())).append("</td><td>").append(item.quantity()).append("</td><td>").append(Html.esc(cost.display())).append("</td></tr>");
    }
    body.append("<tr><th>Total</th><td></td><th>").append(Html.esc(total.display())).append("</th></tr></table>");
    body.append("<h2>Checkout</h2><form method=\"post\" action=\"/checkout\" id=\"checkout-form\">")
        .append(field("email", "Email", "email", "stargazer@example.com"))
        .append(field("streetAddress", "Street address", "text", "1600 Amphitheatre Parkway"))
        .append(field("city", "City", "text", "Mountain View"))
        .append(field("state", "State", "text", "CA"))
        .append(field("country", "Country", "text", "United States"))
        .append(field("zipCode", "Zip code", "text", "94043"))
        .append("<label>Currency <select name=\"currency\">");
    for (String c : currencies) body.append("<option").append(c.equals("USD") ? " selected" : "").append(">").append(Html.esc(c)).append("</option>");
    body.append("</select></label>")
        .append(field("creditCardNumber", "Card number", "text", ""))
        .append(field("creditCardCvv", "CVV", "text", ""))
        .append(field("creditCardExpirationMonth", "Expiry month", "number", ""))
        .append(field("creditCardExpirationYear", "Expiry year", "number", ""))
        .append("<input type=\"hidden\" name=\"idempotencyKey\" value=\"").append(UUID.randomUUID()).append("\">")
        .append("<button type=\"submit\" id=\"place-order\">Place order</button></form>");
    return withUser(Response.ok(Html.page("Cart", body.toString())), userId);
  }

  @POST
  @Path("checkout")
  @Traced(service = ApiResource.SERVICE, span = "POST /checkout")
  public Response placeOrder(@FormParam("email") String email, @FormParam("streetAddress") String street, @FormParam("city") String city,
      @FormParam("state") String state, @FormParam("country") String country, @FormParam("zipCode") String zip, @FormParam("currency") String currency,
      @FormParam("creditCardNumber") String cardNumber, @FormParam("creditCardCvv") String cvv, @FormParam("creditCardExpirationMonth") String month,
      @FormParam("creditCardExpirationYear") String year, @FormParam("idempotencyKey") String idempotencyKey, @CookieParam(USER_COOKIE) String user) {
    String userId = userId(user);
    PlaceOrderRequest request = new PlaceOrderRequest(userId, currency == null ? "USD" : currency, new Address(street, city, state == null ? "" : state, country, zip), email,
        new CreditCardInfo(cardNumber, number(cvv), number(year), number(month)));
    Response response;
    try {
      response = checkout.place(request, idempotencyKey);
    } catch (WebApplicationException e) {
      response = e.getResponse();
    }
    if (response.getStatus() != 200) {
      return errorPage(response.getStatus(), message(response));
    }
    OrderResult order;
    try {
      order = json.readValue((String) response.getEntity(), OrderResult.class);
    } catch (java.io.IOException e) {
      return errorPage(502, "the order was placed but its confirmation could not be read");
    }
    String body = "<h1>Thank you for your order!</h1><p>Order number <strong id=\"order-id\">" + Html.esc(order.orderId()) + "</strong></p>"
        + "<p>Tracking id <strong id=\"tracking-id\">" + Html.esc(order.shippingTrackingId()) + "</strong></p>"
        + "<p>Shipping " + Html.esc(order.shippingCost().display()) + " · Total <strong>" + Html.esc(order.total().display()) + "</strong></p>"
        + "<p>A confirmation is on its way to " + Html.esc(email) + ".</p><p><a href=\"/\">Continue shopping</a></p>";
    return withUser(Response.ok(Html.page("Order placed", body)), userId);
  }

  private String message(Response response) {
    Object entity = response.getEntity();
    if (entity instanceof ErrorResponse e) return e.error();
    if (entity instanceof String s) {
      try {
        return json.readValue(s, ErrorResponse.class).error();
      } catch (java.io.IOException e) {
        return "checkout failed (HTTP " + response.getStatus() + ")";
      }
    }
    return "checkout failed (HTTP " + response.getStatus() + ")";
  }

  private static Integer number(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String field(String name, String label, String type, String value) {
    return "<label>" + label + " <input type=\"" + type + "\" name=\"" + name + "\" id=\"" + name + "\" value=\"" + Html.esc(value) + "\"></label>";
  }

  private static Response errorPage(int status, String message) {
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
        .entity(Html.page("Error", "<div class=\"error\" id=\"error\">" + Html.esc(message) + "</div><p><a href=\"/cart\">Back to the cart</a></p>")).build();
  }

  private static String userId(String cookie) {
    return cookie == null || cookie.isBlank() || cookie.length() > 100 ? UUID.randomUUID().toString() : cookie;
  }

  private static Response withUser(Response.ResponseBuilder response, String user) {
    String id = userId(user);
    return response.cookie(new NewCookie.Builder(USER_COOKIE).value(id).path("/").httpOnly(true).maxAge(30 * 24 * 3600).build()).build();
  }
}
