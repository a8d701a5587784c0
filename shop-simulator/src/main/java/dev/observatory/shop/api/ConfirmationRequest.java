package dev.observatory.shop.api;

/** The email service's SendOrderConfirmation. */
public record ConfirmationRequest(String email, OrderResult order) {}
