/**
 * The order confirmation email of the Astronomy Shop, rendered as a small HTML page from the
 * placed order. Rendering is pure and deterministic (no dates, no random ids), and every piece
 * of text is HTML-escaped, since product names and ids come from outside.
 */
package dev.observatory.shop.email;
