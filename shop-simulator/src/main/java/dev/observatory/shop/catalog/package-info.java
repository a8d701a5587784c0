/**
 * The product catalog of the Astronomy Shop: {@link dev.observatory.shop.catalog.Product}
 * records in the OpenTelemetry demo's shape, and the {@link dev.observatory.shop.catalog.Catalog}
 * that the product-catalog service lists, gets and searches. The bundled catalog is read once
 * from {@code products.json} next to this package on the classpath; everything else is pure.
 */
package dev.observatory.shop.catalog;
