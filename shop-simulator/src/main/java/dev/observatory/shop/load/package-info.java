/**
 * The load generator for the Astronomy Shop: virtual users that follow the OpenTelemetry
 * demo's Locust task mix (closed model), or a fixed arrival rate (open model), plus incident
 * scenarios that change the shop's fault flags over time.
 *
 * <p>Entry points: {@link dev.observatory.shop.load.LoadConfig} (validated settings),
 * {@link dev.observatory.shop.load.LoadGenerator} ({@code run()} → {@link
 * dev.observatory.shop.load.LoadSummary}), {@link dev.observatory.shop.load.ScenarioLoader} and
 * {@link dev.observatory.shop.load.PrometheusDuration} for the CLI's arguments. Everything else
 * is package-private.
 *
 * <p>Time: the schedule (ramp-up, think time, arrivals, scenario offsets, run duration,
 * reporting) runs on an injected {@code Ticker}, and all randomness comes from one seed, so
 * tests are deterministic. Network timeouts (request timeout, stop grace) are wall-clock time
 * because they bound real I/O.
 */
package dev.observatory.shop.load;
