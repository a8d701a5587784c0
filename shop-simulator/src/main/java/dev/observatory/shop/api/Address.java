package dev.observatory.shop.api;

/** A shipping address, as the demo writes it. */
public record Address(String streetAddress, String city, String state, String country, String zipCode) {}
