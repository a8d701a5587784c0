package dev.observatory.shop.db;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A claimed idempotency key; {@code status} and {@code response} are null while the first request runs. */
public record IdempotencyRecord(
    @ColumnName("idempotency_key") String key,
    @ColumnName("request_hash") String requestHash,
    @ColumnName("status") Integer status,
    @ColumnName("response") String response) {}
