/** The cart service: AddItem, GetCart, EmptyCart, stored in PostgreSQL. */
package dev.observatory.shop.cart;
