/** The accounting service: consumes the order outbox and records each order exactly once. */
package dev.observatory.shop.accounting;
