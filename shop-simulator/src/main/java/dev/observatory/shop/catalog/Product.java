package dev.observatory.shop.catalog;

import dev.observatory.shop.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One product, in the demo's JSON shape ({@code priceUsd} as {@code {currencyCode, units, nanos}}).
 * Categories are lower-case words such as {@code telescopes}, at least one per product.
 */
public record Product(String id, String name, String description, String picture, Money priceUsd, List<String> categories) {
  private static final Pattern ID = Pattern.compile("[A-Z0-9]{10}");
  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]*");

  public Product {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("\"" + id + "\": a product id is 10 upper-case letters or digits, like \"OLJCESPC7Z\"");
    }
    requireText(id, "name", name);
    requireText(id, "description", description);
    requireText(id, "picture", picture);
    if (priceUsd == null || !priceUsd.currencyCode().equals("USD") || priceUsd.isNegative()) {
      throw new IllegalArgumentException(id + ": priceUsd " + priceUsd + " must be a non-negative amount in USD");
    }
    if (categories == null || categories.isEmpty()) {
      throw new IllegalArgumentException(id + ": a product needs at least one category");
    }
    categories = List.copyOf(categories);
    for (String category : categories) {
      if (!CATEGORY.matcher(category).matches()) {
        throw new IllegalArgumentException(id + ": category \"" + category + "\" must be a lower-case word like \"telescopes\"");
      }
    }
    if (new HashSet<>(categories).size() != categories.size()) {
      throw new IllegalArgumentException(id + ": categories " + categories + " repeat themselves");
    }
  }

  private static void requireText(String id, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(id + ": " + field + " must not be blank");
    }
  }
}
