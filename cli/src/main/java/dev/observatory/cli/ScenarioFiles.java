package dev.observatory.cli;

import dev.observatory.slo.simulate.InvalidScenarioException;
import dev.observatory.slo.simulate.Scenario;
import dev.observatory.slo.simulate.ScenarioLoader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a scenario file for {@code slo simulate} and {@code slo backtest --scenario}: bad input is one {@link InvalidInputException}. */
final class ScenarioFiles {
  /** The longest history a scenario may ask for. */
  static final int MAX_DAYS = 400;

  private ScenarioFiles() {}

  /** The scenario in {@code file} for {@code days} days; {@code command} names the command in messages. */
  static Scenario load(String command, Path file, int days) {
    if (days < 1 || days > MAX_DAYS) throw new InvalidInputException(command + ": --days must be from 1 to " + MAX_DAYS + ", found " + days);
    try {
      return ScenarioLoader.load(file, days);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (InvalidScenarioException e) {
      throw new InvalidInputException(e.getMessage());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read: " + e.getMessage());
    }
  }
}
