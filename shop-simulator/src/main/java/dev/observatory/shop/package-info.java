/**
 * The Astronomy Shop: an online store for telescopes and astrophotography gear whose services
 * (frontend, product-catalog, cart, checkout, payment, currency, shipping, email, accounting)
 * produce real traffic, spans, spanmetrics and failures for the SLO platform to measure.
 */
package dev.observatory.shop;
