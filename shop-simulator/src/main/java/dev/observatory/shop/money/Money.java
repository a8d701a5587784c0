package dev.observatory.shop.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in the shape of {@code google.type.Money}: whole {@code units} of the
 * currency plus {@code nanos} (10^-9 units). Both parts carry the same sign, so -1.75 is
 * {@code units = -1, nanos = -750_000_000}. Arithmetic is exact (long and {@link BigDecimal});
 * results that do not fit a {@code long} of units throw {@link ArithmeticException}.
 *
 * <p>Jackson writes a {@code Money} as {@code {"currencyCode":"USD","units":12,"nanos":340000000}}
 * and reads it back through the canonical constructor.
 */
public record Money(String currencyCode, long units, int nanos) {
  static final int NANOS_PER_UNIT = 1_000_000_000;
  private static final int MAX_NANOS = NANOS_PER_UNIT - 1;
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]{1,9})?");

  public Money {
    requireCode(currencyCode);
    if (nanos < -MAX_NANOS || nanos > MAX_NANOS) {
      throw new IllegalArgumentException(nanos + ": nanos must be in [-999999999, 999999999]");
    }
    if ((units > 0 && nanos < 0) || (units < 0 && nanos > 0)) {
      throw new IllegalArgumentException(
          "units " + units + " and nanos " + nanos + ": units and nanos must have the same sign");
    }
  }

  /** The amount written as a plain decimal such as {@code "12.34"} or {@code "-0.5"} (at most 9 decimals). */
  public static Money of(String currencyCode, String decimal) {
    requireCode(currencyCode);
    if (decimal == null || !DECIMAL.matcher(decimal).matches()) {
      throw new IllegalArgumentException(
          "\"" + decimal + "\": an amount must be a plain decimal with at most 9 decimals, like \"12.34\"");
    }
    return of(currencyCode, new BigDecimal(decimal));
  }

  /**
   * The exact amount; refuses one with more than 9 decimals rather than rounding it silently
   * (round it yourself with {@code setScale(9, RoundingMode.HALF_EVEN)}).
   */
  public static Money of(String currencyCode, BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal nanosTotal;
    try {
      nanosTotal = amount.setScale(9, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(amount.toPlainString() + ": an amount has at most 9 decimals", e);
    }
    BigDecimal[] parts = nanosTotal.divideAndRemainder(BigDecimal.ONE);
    long units;
    try {
      units = parts[0].longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(amount.toPlainString() + ": too large for a long of units");
    }
    int nanos = parts[1].movePointRight(9).intValueExact();
    return new Money(currencyCode, units, nanos);
  }

  public static Money zero(String currencyCode) {
    return new Money(currencyCode, 0, 0);
  }

  /** The exact amount, without trailing zeros (12.340000000 is 12.34, 100 stays 100). */
  public BigDecimal toBigDecimal() {
    BigDecimal value = BigDecimal.valueOf(units).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** The sum; both amounts must be in the same currency. */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currencyCode.equals(other.currencyCode)) {
      throw new IllegalArgumentException(
          "cannot add " + other.currencyCode + " to " + currencyCode + ": convert first");
    }
    long sumUnits = Math.addExact(units, other.units);
    long sumNanos = (long) nanos + other.nanos;
    // Carry whole units out of the nanos, then make both parts agree in sign (the demo's money.Sum).
    if (sumNanos >= NANOS_PER_UNIT || sumNanos <= -NANOS_PER_UNIT) {
      sumUnits = Math.addExact(sumUnits, sumNanos / NANOS_PER_UNIT);
      sumNanos %= NANOS_PER_UNIT;
    }
    if (sumUnits > 0 && sumNanos < 0) {
      sumUnits--;
      sumNanos += NANOS_PER_UNIT;
    } else if (sumUnits < 0 && sumNanos > 0) {
      sumUnits++;
      sumNanos -= NANOS_PER_UNIT;
    }
    return new Money(currencyCode, sumUnits, (int) sumNanos);
  }

  /** This amount {@code quantity} times (exact; a negative quantity flips the sign). */
  public Money times(long quantity) {
    return of(currencyCode, toBigDecimal().multiply(BigDecimal.valueOf(quantity)));
  }

  // Without @JsonIgnore Jackson would read isNegative() as a bean property and add "negative" to the JSON.
  @JsonIgnore
  public boolean isNegative() {
    return units < 0 || nanos < 0;
  }

  /**
   * For people: {@code "USD 1,234.50"}, {@code "JPY 1,235"}, {@code "USD -0.75"}, with the
   * currency's usual minor digits (2 for codes Java does not know), rounded half-even.
   */
  public String display() {
    BigDecimal rounded = toBigDecimal().setScale(minorDigits(currencyCode), RoundingMode.HALF_EVEN);
    String plain = rounded.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return currencyCode + " " + (rounded.signum() < 0 ? "-" : "") + grouped + fraction;
  }

  static int minorDigits(String currencyCode) {
    try {
      int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException unknownToJava) {
      return 2;
    }
  }

  private static void requireCode(String currencyCode) {
    if (currencyCode == null || !CODE.matcher(currencyCode).matches()) {
      throw new IllegalArgumentException(
          "\"" + currencyCode + "\": a currency code is three upper-case letters (ISO 4217), like \"USD\"");
    }
  }
}
