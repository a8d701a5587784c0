/**
 * Spec formats: reading SLO files (native {@code observatory/v1}, OpenSLO v1, Sloth
 * {@code prometheus/v1}) into the model, with every problem reported at its file, line and
 * column, and writing the model back out in each format. YAML types never leave this package.
 */
package dev.observatory.slo.spec;
