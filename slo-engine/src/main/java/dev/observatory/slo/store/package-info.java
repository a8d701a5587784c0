/**
 * The engine's PostgreSQL storage: {@link dev.observatory.slo.store.EngineDatabase} opens the
 * embedded server or one at a URL and migrates the schema ({@code db/engine}, history table
 * {@code engine_schema_history}); Jdbi SqlObject DAOs read and write per-minute SLI data, SLO
 * definition versions, alert episodes, the notification outbox, report snapshots and scraper
 * state.
 *
 * <p>Every table is prefixed {@code slo_}: {@code slo demo} keeps the shop's tables in the same
 * database. Writes are idempotent wherever a retry can happen (a minute is keyed by SLO and epoch
 * minute; writing it again replaces it), so a writer that lost its connection simply retries.
 * Time is always passed in; nothing here reads the clock.
 */
package dev.observatory.slo.store;
