/**
 * The engine server: the evaluation loop that turns scraped counters into SLO results, the REST
 * API, the status page and the engine's own {@code /metrics}, wired in a Dropwizard application.
 */
package dev.observatory.slo.server;
