package dev.observatory.shop.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The products on sale, in a stable order (the order of the file). Immutable and thread-safe;
 * lookups never throw for an unknown id or keyword, they answer with nothing.
 */
public final class Catalog {
  static final String RESOURCE = "/dev/observatory/shop/catalog/products.json";

  private final Map<String, Product> byId;
  private final List<Product> products;
  private final SortedSet<String> categories;

  private Catalog(List<Product> products) {
    Map<String, Product> index = new LinkedHashMap<>();
    SortedSet<String> allCategories = new TreeSet<>();
    for (Product product : products) {
      if (index.putIfAbsent(product.id(), product) != null) {
        throw new IllegalArgumentException(product.id() + ": two products have this id");
      }
      allCategories.addAll(product.categories());
    }
    this.byId = Collections.unmodifiableMap(index);
    this.products = List.copyOf(products);
    this.categories = Collections.unmodifiableSortedSet(allCategories);
  }

  /** A catalog of these products (ids must be unique), for tests and alternative stores. */
  public static Catalog of(List<Product> products) {
    return new Catalog(products);
  }

  /** The shop's own catalog, read once from the bundled {@code products.json}. */
  public static Catalog bundled() {
    return Bundled.INSTANCE;
  }

  public List<Product> list() {
    return products;
  }

  public Optional<Product> get(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** Products whose name or description contains the keyword, ignoring case; a blank keyword finds all. */
  public List<Product> search(String keyword) {
    if (keyword == null || keyword.isBlank()) {
      return products;
    }
    String needle = keyword.strip().toLowerCase(Locale.ROOT);
    return products.stream()
        .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle) || p.description().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  /** Products in the category, ignoring case; none for an unknown or blank category. */
  public List<Product> byCategory(String category) {
    if (category == null) {
      return List.of();
    }
    String wanted = category.strip();
    return products.stream().filter(p -> p.categories().stream().anyMatch(wanted::equalsIgnoreCase)).toList();
  }

  /** Every category that at least one product is in, sorted. */
  public SortedSet<String> categories() {
    return categories;
  }

  /** The file's shape: like {@link Product}, but the price is a decimal string in USD. */
  record Entry(String id, String name, String description, String picture, String priceUsd, List<String> categories) {}

  record File(List<Entry> products) {}

  static Catalog load(String resource) {
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the classpath");
      }
      File file = new ObjectMapper().readValue(in, File.class);
      if (file.products() == null || file.products().isEmpty()) {
        throw new IllegalStateException(resource + ": no products");
      }
      return new Catalog(
          file.products().stream()
              .map(e -> new Product(e.id(), e.name(), e.description(), e.picture(), price(e), e.categories()))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  private static Money price(Entry entry) {
    try {
      return Money.of("USD", entry.priceUsd());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(entry.id() + ": priceUsd " + e.getMessage(), e);
    }
  }

  private static final class Bundled {
    static final Catalog INSTANCE = load(RESOURCE);
  }
}
