package dev.observatory.shop.money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Converts money between currencies through euro reference rates, as the demo's currency
 * service does: {@code from → EUR → to}, computed exactly in {@link BigDecimal} and rounded
 * half-even once, to nanos. Immutable and thread-safe.
 */
public final class CurrencyConverter {
  static final String RESOURCE = "/dev/observatory/shop/money/currency-rates.json";

  /** Units of each currency per 1 EUR, by code. */
  private final SortedMap<String, BigDecimal> perEuro;

  CurrencyConverter(Map<String, BigDecimal> perEuro) {
    SortedMap<String, BigDecimal> copy = new TreeMap<>();
    perEuro.forEach(
        (code, rate) -> {
          Money.zero(code); // validates the code's shape
          if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException(code + ": rate " + rate + " must be positive");
          }
          copy.put(code, rate);
        });
    if (!BigDecimal.ONE.equals(copy.getOrDefault("EUR", BigDecimal.ZERO).stripTrailingZeros())) {
      throw new IllegalArgumentException("EUR: the base rate must be 1, not " + copy.get("EUR"));
    }
    this.perEuro = Collections.unmodifiableSortedMap(copy);
  }

  /** The converter over the bundled rates (read once, then shared). */
  public static CurrencyConverter bundled() {
    return Bundled.INSTANCE;
  }

  /** The supported currency codes, sorted. */
  public Set<String> supported() {
    return perEuro.keySet();
  }

  public boolean supports(String code) {
    return code != null && perEuro.containsKey(code);
  }

  /**
   * {@code from} in {@code toCode}, rounded half-even to nanos.
   *
   * @throws UnsupportedCurrencyException if either currency has no rate
   */
  public Money convert(Money from, String toCode) {
    Objects.requireNonNull(from, "from");
    BigDecimal fromRate = rate(from.currencyCode());
    BigDecimal toRate = rate(toCode);
    if (from.currencyCode().equals(toCode)) {
      return from;
    }
    // amount / fromRate * toRate, with the only rounding at the end.
    BigDecimal converted = from.toBigDecimal().multiply(toRate).divide(fromRate, 9, RoundingMode.HALF_EVEN);
    return Money.of(toCode, converted);
  }

  private BigDecimal rate(String code) {
    BigDecimal rate = code == null ? null : perEuro.get(code);
    if (rate == null) {
      throw new UnsupportedCurrencyException(code, perEuro.size());
    }
    return rate;
  }

  static CurrencyConverter load(String resource) {
    try (InputStream in = CurrencyConverter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the classpath");
      }
      JsonNode rates = new ObjectMapper().readTree(in).path("rates");
      if (!rates.isObject()) {
        throw new IllegalStateException(resource + ": no \"rates\" object");
      }
      Map<String, BigDecimal> perEuro = new TreeMap<>();
      for (Map.Entry<String, JsonNode> rate : rates.properties()) {
        perEuro.put(rate.getKey(), decimal(resource, rate.getKey(), rate.getValue()));
      }
      return new CurrencyConverter(perEuro);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  // Rates are strings in the file so that no binary floating point ever touches them.
  private static BigDecimal decimal(String resource, String code, JsonNode rate) {
    if (rate.isTextual()) {
      try {
        return new BigDecimal(rate.textValue());
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new IllegalStateException(resource + ": rate of " + code + " must be a decimal string, not " + rate);
  }

  private static final class Bundled {
    static final CurrencyConverter INSTANCE = load(RESOURCE);
  }
}
