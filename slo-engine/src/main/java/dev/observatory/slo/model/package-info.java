/**
 * The SLO model: immutable records that every spec format maps into and every generator,
 * evaluator and report reads from. No YAML, no I/O, no clock: values validate themselves in
 * their constructors and name the bad value.
 */
package dev.observatory.slo.model;
