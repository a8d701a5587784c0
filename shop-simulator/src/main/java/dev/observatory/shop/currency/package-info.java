/** The currency service: supported currencies and conversion through EUR-based rates. */
package dev.observatory.shop.currency;
