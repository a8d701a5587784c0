/**
 * Payment for the Astronomy Shop, after the OpenTelemetry demo's payment service: only Visa and
 * MasterCard are accepted, numbers must pass the Luhn check, expired cards are refused, and a
 * successful charge answers with a transaction id. Nothing is actually charged. Card numbers
 * never appear in messages or {@code toString()}: at most their last four digits do. Time is
 * passed in as a {@link java.time.YearMonth}; nothing here reads the clock.
 */
package dev.observatory.shop.payment;
