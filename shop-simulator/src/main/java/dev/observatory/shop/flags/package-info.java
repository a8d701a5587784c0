/**
 * Fault flags: failures and slowness switched on at run time (the OpenTelemetry demo's names
 * where they exist), read by the services on every request and set through the admin port.
 */
package dev.observatory.shop.flags;
