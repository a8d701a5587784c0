package dev.observatory.shop.api;

/** {@code POST /api/checkout}, and the checkout service's PlaceOrder. */
public record PlaceOrderRequest(String userId, String userCurrency, Address address, String email, CreditCardInfo creditCard) {}
