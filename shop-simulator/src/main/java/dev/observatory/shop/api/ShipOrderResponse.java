package dev.observatory.shop.api;

/** ShipOrder's answer. */
public record ShipOrderResponse(String trackingId) {}
