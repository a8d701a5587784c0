package dev.observatory.shop.db;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A placed order waiting for accounting, with the trace context of the checkout that wrote it. */
public record OutboxRecord(@ColumnName("id") long id, @ColumnName("order_id") String orderId, @ColumnName("payload") String payload, @ColumnName("traceparent") String traceparent) {}
