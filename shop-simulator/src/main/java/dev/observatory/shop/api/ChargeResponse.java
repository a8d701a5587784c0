package dev.observatory.shop.api;

/** A charge that stands: its transaction id and the card's type and last four digits. */
public record ChargeResponse(String transactionId, String cardType, String lastFour) {}
