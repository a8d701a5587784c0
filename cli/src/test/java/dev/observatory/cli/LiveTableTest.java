package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The demo's live table redraws in place on a terminal and prints plain blocks elsewhere. */
class LiveTableTest {
  @Test
  void onATerminalEachBlockReplacesThePreviousOne() {
    StringWriter text = new StringWriter();
    LiveTable table = new LiveTable(new PrintWriter(text), true);
    table.show("[00:15] ok\nSLO a\nSLO b\n");
    table.show("[00:30] firing\nSLO a\n");
    table.show("[00:45] ok\nSLO a\n");
    assertThat(text.toString()).isEqualTo(System.lineSeparator() + "[00:15] ok\nSLO a\nSLO b\n"
        + "\033[3F\033[J[00:30] firing\nSLO a\n" + "\033[2F\033[J[00:45] ok\nSLO a\n");
  }

  @Test
  void elsewhereBlocksFollowEachOtherWithoutEscapes() {
    StringWriter text = new StringWriter();
    LiveTable table = new LiveTable(new PrintWriter(text), false);
    table.show("[00:15] ok\nSLO a");
    table.show("[00:30] firing\nSLO a\n");
    String n = System.lineSeparator();
    assertThat(text.toString()).isEqualTo(n + "[00:15] ok\nSLO a\n" + n + "[00:30] firing\nSLO a\n").doesNotContain("\033");
  }
}
