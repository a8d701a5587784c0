/**
 * The shop's wire format: request and response records of the frontend API (the OpenTelemetry
 * demo's camelCase JSON shapes) and of the calls between services.
 */
package dev.observatory.shop.api;
