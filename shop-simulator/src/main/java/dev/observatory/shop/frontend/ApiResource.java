package dev.observatory.shop.frontend;

import dev.observatory.shop.api.AddItemRequest;
import dev.observatory.shop.api.Cart;
import dev.observatory.shop.api.CartItem;
import dev.observatory.shop.api.PlaceOrderRequest;
import dev.observatory.shop.app.PeerException;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.catalog.Product;
import dev.observatory.shop.money.Money;
import dev.observatory.shop.telemetry.Traced;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** The frontend's JSON API, with the OpenTelemetry demo's routes and shapes. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApiResource {
  public static final String SERVICE = "frontend";
  private final ShopCalls shop;
  private final IdempotentCheckout checkout;

  ApiResource(ShopCalls shop, IdempotentCheckout checkout) {
    this.shop = shop;
    this.checkout = checkout;
  }

  @GET
  @Path("/products")
  @Traced(service = SERVICE, span = "GET /api/products")
  public List<Product> products(@QueryParam("q") String query, @QueryParam("category") String category) {
    return call(() -> shop.products(query, category));
  }

  @GET
  @Path("/products/{id}")
  @Traced(service = SERVICE, span = "GET /api/products/{id}")
  public Product product(@PathParam("id") String id) {
    return call(() -> shop.product(id));
  }

  @GET
  @Path("/cart")
  @Traced(service = SERVICE, span = "GET /api/cart")
  public Cart cart(@QueryParam("userId") String userId) {
    requireUser(userId);
    return call(() -> shop.cart(userId));
  }

  @POST
  @Path("/cart")
  @Traced(service = SERVICE, span = "POST /api/cart")
  public Cart addToCart(AddItemRequest request) {
    if (request == null) throw ShopErrors.badRequest("the request body must be {\"userId\": ..., \"item\": {\"productId\": ..., \"quantity\": ...}}");
    requireUser(request.userId());
    CartItem item = request.item();
    if (item == null || item.productId() == null || item.productId().isBlank()) throw ShopErrors.badRequest("item.productId is required");
    if (item.quantity() <= 0) throw ShopErrors.badRequest("item.quantity must be at least 1, found " + item.quantity());
    if (item.quantity() > ShopCalls.MAX_QUANTITY) throw ShopErrors.badRequest("item.quantity must be at most " + ShopCalls.MAX_QUANTITY + ", found " + item.quantity());
    call(() -> shop.product(item.productId())); // unknown product: 404 from the catalog, passed on
    return call(() -> shop.addItem(request.userId(), item));
  }

  @DELETE
  @Path("/cart")
  @Traced(service = SERVICE, span = "DELETE /api/cart")
  public Response emptyCart(@QueryParam("userId") String userId) {
    requireUser(userId);
    call(() -> {
      shop.emptyCart(userId);
      return null;
    });
    return Response.noContent().build();
  }

  @POST
  @Path("/checkout")
  @Traced(service = SERVICE, span = "POST /api/checkout")
  public Response placeOrder(PlaceOrderRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    return checkout.place(request, idempotencyKey);
  }

  @GET
  @Path("/currency")
  @Traced(service = SERVICE, span = "GET /api/currency")
  public List<String> currencies() {
    return call(shop::currencies);
  }

  @GET
  @Path("/shipping")
  @Traced(service = SERVICE, span = "GET /api/shipping")
  public Money shipping(@QueryParam("itemCount") Integer itemCount, @QueryParam("currencyCode") String currencyCode) {
    if (itemCount == null || itemCount < 0 || itemCount > 10_000) throw ShopErrors.badRequest("itemCount must be a number from 0 to 10000");
    String currency = currencyCode == null || currencyCode.isBlank() ? "USD" : currencyCode;
    return call(() -> shop.shippingQuote(List.of(new CartItem("any", itemCount)), currency));
  }

  private static void requireUser(String userId) {
    if (userId == null || userId.isBlank()) throw ShopErrors.badRequest("userId is required");
    if (userId.length() > 100) throw ShopErrors.badRequest("userId is longer than 100 characters");
  }

  static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (PeerException e) {
      throw ShopErrors.from(e);
    }
  }
}
