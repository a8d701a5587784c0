package dev.observatory.shop.frontend;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.api.AddItemRequest;
import dev.observatory.shop.api.Cart;
import dev.observatory.shop.api.CartItem;
import dev.observatory.shop.api.ConvertRequest;
import dev.observatory.shop.api.ShippingRequest;
import dev.observatory.shop.app.PeerClient;
import dev.observatory.shop.catalog.Product;
import dev.observatory.shop.money.Money;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The frontend's calls to the other services, shared by the JSON API and the HTML storefront. */
final class ShopCalls {
  static final int MAX_QUANTITY = 100;
  private final PeerClient peers;
  private final JavaType products;
  private final JavaType strings;

  ShopCalls(PeerClient peers, ObjectMapper json) {
    this.peers = peers;
    this.products = json.getTypeFactory().constructCollectionType(List.class, Product.class);
    this.strings = json.getTypeFactory().constructCollectionType(List.class, String.class);
  }

  List<Product> products(String query, String category) {
    if ((query == null || query.isBlank()) && (category == null || category.isBlank())) {
      return peers.get("product-catalog", "/svc/product-catalog/products", "oteldemo.ProductCatalogService/ListProducts", products);
    }
    String path = "/svc/product-catalog/search?q=" + encode(query) + "&category=" + encode(category);
    return peers.get("product-catalog", path, "oteldemo.ProductCatalogService/SearchProducts", products);
  }

  Product product(String id) {
    return peers.get("product-catalog", "/svc/product-catalog/products/" + encode(id), "oteldemo.ProductCatalogService/GetProduct", Product.class);
  }

  Cart cart(String userId) {
    return peers.get("cart", "/svc/cart/" + encode(userId), "oteldemo.CartService/GetCart", Cart.class);
  }

  Cart addItem(String userId, CartItem item) {
    return peers.post("cart", "/svc/cart/items", "oteldemo.CartService/AddItem", new AddItemRequest(userId, item), Cart.class);
  }

  void emptyCart(String userId) {
    peers.delete("cart", "/svc/cart/" + encode(userId), "oteldemo.CartService/EmptyCart");
  }

  List<String> currencies() {
    return peers.get("currency", "/svc/currency/supported", "oteldemo.CurrencyService/GetSupportedCurrencies", strings);
  }

  Money convert(Money from, String to) {
    if (from.currencyCode().equals(to)) return from;
    return peers.post("currency", "/svc/currency/convert", "oteldemo.CurrencyService/Convert", new ConvertRequest(from, to), Money.class);
  }

  Money shippingQuote(List<CartItem> items, String currency) {
    Money usd = peers.post("shipping", "/svc/shipping/quote", "oteldemo.ShippingService/GetQuote", new ShippingRequest(null, items), Money.class);
    return convert(usd, currency);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
