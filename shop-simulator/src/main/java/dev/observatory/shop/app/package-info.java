/**
 * The shop's composition root: the Dropwizard application that wires the services, their
 * storage and telemetry with plain constructors, and {@link dev.observatory.shop.app.ShopServer}
 * to start and stop it from the CLI and tests.
 */
package dev.observatory.shop.app;
