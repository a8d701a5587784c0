package dev.observatory.shop.db;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** One product in a cart. */
public record CartLine(@ColumnName("product_id") String productId, @ColumnName("quantity") int quantity) {}
