/**
 * The {@code slo} command: picocli commands that parse flags, call the modules' entry points and
 * map outcomes to exit codes (0 success, 1 runtime failure, 2 invalid input).
 */
package dev.observatory.cli;
