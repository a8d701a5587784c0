package dev.observatory.shop.cart;

import dev.observatory.shop.api.AddItemRequest;
import dev.observatory.shop.api.Cart;
import dev.observatory.shop.api.CartItem;
import dev.observatory.shop.app.Delays;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.db.CartDao;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.flags.Flag;
import dev.observatory.shop.telemetry.Traced;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The cart service ({@code oteldemo.CartService}). */
@Path("/svc/cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CartResource {
  public static final String SERVICE = "cart";
  private final CartDao carts;
  private final FaultFlags flags;

  public CartResource(CartDao carts, FaultFlags flags) {
    this.carts = carts;
    this.flags = flags;
  }

  @POST
  @Path("/items")
  @Traced(service = SERVICE, span = "oteldemo.CartService/AddItem")
  public Cart addItem(AddItemRequest request) {
    faults();
    CartItem item = request.item();
    carts.add(request.userId(), item.productId(), item.quantity());
    return cart(request.userId());
  }

  @GET
  @Path("/{userId}")
  @Traced(service = SERVICE, span = "oteldemo.CartService/GetCart")
  public Cart getCart(@PathParam("userId") String userId) {
    faults();
    return cart(userId);
  }

  @DELETE
  @Path("/{userId}")
  @Traced(service = SERVICE, span = "oteldemo.CartService/EmptyCart")
  public Cart emptyCart(@PathParam("userId") String userId) {
    faults();
    carts.empty(userId);
    return new Cart(userId, java.util.List.of());
  }

  private Cart cart(String userId) {
    return new Cart(userId, carts.lines(userId).stream().map(l -> new CartItem(l.productId(), l.quantity())).toList());
  }

  private void faults() {
    Delays.sleep(flags.delayMillis(Flag.CART_DELAY_MS));
    if (flags.on(Flag.CART_FAILURE)) throw ShopErrors.injected("cart failure (fault flag cartFailure)");
  }
}
