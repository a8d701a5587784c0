package dev.observatory.shop.load;

import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One shopper: an id, a cart on the shop's side, and the tasks of the demo's Locust user. Not
 * thread-safe; each user belongs to one thread at a time.
 */
final class VirtualUser {

  static final List<String> SEARCH_WORDS =
      List.of("telescope", "lens", "eyepiece", "mount", "filter", "binoculars", "solar", "camera");

  private final String userId;
  private final ShopClient shop;
  private final Catalog catalog;
  private final Clock wallClock;

  VirtualUser(String userId, ShopClient shop, Catalog catalog, Clock wallClock) {
    this.userId = userId;
    this.shop = shop;
    this.catalog = catalog;
    this.wallClock = wallClock;
  }

  /** A user id from the seeded random, shaped like the demo's UUIDs. */
  static String newUserId(SplittableRandom random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  String userId() {
    return userId;
  }

  void perform(Task task, SplittableRandom random) throws InterruptedException {
    switch (task) {
      case BROWSE_PRODUCT:
        shop.product(catalog.randomProduct(random));
        break;
      case VIEW_CART:
        shop.viewCart(userId);
        break;
      case ADD_TO_CART:
        addToCart(random);
        break;
      case SEARCH:
        shop.search(SEARCH_WORDS.get(random.nextInt(SEARCH_WORDS.size())));
        break;
      case HOME:
        shop.home();
        break;
      case CHECKOUT:
        addToCart(random);
        checkout(random);
        break;
      case CHECKOUT_MULTI:
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
          addToCart(random);
        }
        checkout(random);
        break;
      default:
        throw new AssertionError(task);
    }
  }

  private void addToCart(SplittableRandom random) throws InterruptedException {
    shop.addToCart(userId, catalog.randomProduct(random), 1 + random.nextInt(10));
  }

  private void checkout(SplittableRandom random) throws InterruptedException {
    CheckoutRequest order =
        CheckoutRequest.random(userId, catalog.randomCurrency(random), random, wallClock);
    shop.checkout(order, VirtualUser.newUserId(random));
  }

  /** What the shop sells and accepts, fetched once at the start of the run. */
  record Catalog(List<String> productIds, List<String> currencies) {
    Catalog {
      productIds = List.copyOf(productIds);
      currencies = currencies.isEmpty() ? List.of("USD") : List.copyOf(currencies);
      if (productIds.isEmpty()) {
        throw new IllegalArgumentException("a catalog needs at least one product");
      }
    }

    String randomProduct(SplittableRandom random) {
      return productIds.get(random.nextInt(productIds.size()));
    }

    String randomCurrency(SplittableRandom random) {
      return currencies.get(random.nextInt(currencies.size()));
    }
  }
}
