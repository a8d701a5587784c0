package dev.observatory.shop.api;

import dev.observatory.shop.money.Money;

/** The payment service's Charge: {@code chargeKey} makes retries charge once. */
public record ChargeRequest(Money amount, CreditCardInfo creditCard, String chargeKey) {}
