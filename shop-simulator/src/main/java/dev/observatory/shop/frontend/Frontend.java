package dev.observatory.shop.frontend;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.app.PeerClient;
import dev.observatory.shop.db.IdempotencyDao;
import java.util.List;

/** Builds the frontend's resources: the JSON API and the storefront pages. */
public final class Frontend {
  private Frontend() {}

  public static List<Object> resources(PeerClient peers, IdempotencyDao keys, ObjectMapper json) {
    ShopCalls shop = new ShopCalls(peers, json);
    IdempotentCheckout checkout = new IdempotentCheckout(peers, keys, json);
    return List.of(new ApiResource(shop, checkout), new StorefrontResource(shop, checkout, json));
  }
}
