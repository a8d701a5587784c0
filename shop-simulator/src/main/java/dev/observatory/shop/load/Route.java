package dev.observatory.shop.load;

/** The shop routes the load generator calls, named by their template for the summary. */
enum Route {
  HOME("GET /"),
  PRODUCT("GET /api/products/{id}"),
  SEARCH("GET /api/products?q="),
  LIST_PRODUCTS("GET /api/products"),
  LIST_CURRENCIES("GET /api/currency"),
  VIEW_CART("GET /api/cart"),
  ADD_TO_CART("POST /api/cart"),
  CHECKOUT("POST /api/checkout");

  private final String label;

  Route(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
