package dev.observatory.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces on failure. Shared by every command as a mixin. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;
}
