/**
 * Shipping for the Astronomy Shop: a quote in USD that depends only on the number of items, and
 * tracking ids in the OpenTelemetry demo's format. Randomness is injected, so tests can fix it.
 */
package dev.observatory.shop.shipping;
