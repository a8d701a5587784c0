/**
 * The checkout service: PlaceOrder in the demo's order (get cart, prepare items and shipping
 * quote, charge, ship, empty the cart, write the order with its outbox record, send the
 * confirmation), with the demo's manual instrumentation.
 */
package dev.observatory.shop.checkout;
