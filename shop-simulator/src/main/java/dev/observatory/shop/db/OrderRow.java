package dev.observatory.shop.db;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A placed order as stored. Money columns are currency + units + nanos. */
public record OrderRow(
    @ColumnName("order_id") String orderId,
    @ColumnName("user_id") String userId,
    @ColumnName("user_currency") String userCurrency,
    @ColumnName("email") String email,
    @ColumnName("street_address") String streetAddress,
    @ColumnName("city") String city,
    @ColumnName("state") String state,
    @ColumnName("country") String country,
    @ColumnName("zip_code") String zipCode,
    @ColumnName("shipping_tracking_id") String trackingId,
    @ColumnName("shipping_cost_currency") String shippingCurrency,
    @ColumnName("shipping_cost_units") long shippingUnits,
    @ColumnName("shipping_cost_nanos") int shippingNanos,
    @ColumnName("total_currency") String totalCurrency,
    @ColumnName("total_units") long totalUnits,
    @ColumnName("total_nanos") int totalNanos,
    @ColumnName("payment_transaction_id") String transactionId) {}
