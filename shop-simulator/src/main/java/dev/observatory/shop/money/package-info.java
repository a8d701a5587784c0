/**
 * Money for the Astronomy Shop: {@link dev.observatory.shop.money.Money} follows
 * {@code google.type.Money} (whole units plus nanos, never floating point) so that it
 * serialises as the OpenTelemetry demo's {@code {currencyCode, units, nanos}}, and
 * {@link dev.observatory.shop.money.CurrencyConverter} converts between currencies through
 * euro reference rates bundled with the code. Pure: no I/O beyond reading the bundled rates
 * once, no clock.
 */
package dev.observatory.shop.money;
