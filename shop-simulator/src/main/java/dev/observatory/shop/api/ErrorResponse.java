package dev.observatory.shop.api;

/** Every 4xx and 5xx body: one line saying what went wrong. */
public record ErrorResponse(String error) {}
