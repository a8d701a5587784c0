/**
 * The engine's REST API shapes: records serialised as JSON. A value without data is {@code null},
 * never 0 and never NaN.
 */
package dev.observatory.slo.server.api;
