/**
 * The shop's PostgreSQL: an embedded server by default (data under {@code .observatory/}), or a
 * server given by URL; Flyway migrations; Jdbi for access.
 */
package dev.observatory.shop.db;
