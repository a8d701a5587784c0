/**
 * The frontend: the demo's {@code /api/*} JSON routes and the server-rendered storefront, both
 * calling the other services over HTTP; idempotent checkout.
 */
package dev.observatory.shop.frontend;
