package dev.observatory.slo.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the bytes of one file into YAML documents, refusing what is not a spec before the YAML
 * parser sees it: files that are too large, binary, not UTF-8, or empty.
 */
public final class SpecDocuments {
  /** Spec files are small; anything larger is a mistake (a log, a dump) and is refused unread. */
  static final long MAX_BYTES = 1024 * 1024;

  private SpecDocuments() {}

  static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlMap, with the key's position
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    options.setCodePointLimit((int) MAX_BYTES);
    return new Yaml(options);
  }

  /** The documents of a file, or an empty list after reporting why there are none. */
  public static List<Node> read(String file, byte[] bytes, Problems problems) {
    return read(file, bytes, problems, "an SLO spec (apiVersion: observatory/v1, openslo/v1, or Sloth's version: prometheus/v1)");
  }

  /** As {@link #read(String, byte[], Problems)}; {@code expected} says what an empty file should have held. */
  public static List<Node> read(String file, byte[] bytes, Problems problems, String expected) {
    if (bytes.length > MAX_BYTES) {
      problems.error(new Position(file, 0, 0), String.format(java.util.Locale.ROOT, "file is %,d bytes (%.1f MiB); a spec file may be at most 1 MiB (%,d bytes)", bytes.length, bytes.length / 1048576.0, MAX_BYTES));
      return List.of();
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.error(at(file, bytes, i), "binary file (a NUL byte at offset " + i + "); expected YAML text");
        return List.of();
      }
    }
    String text = decode(file, bytes, problems);
    if (text == null) return List.of();
    List<Node> docs = new ArrayList<>();
    try {
      for (Node node : yaml().composeAll(new java.io.StringReader(text))) {
        if (node != null && !YamlMap.isNull(node)) docs.add(node);
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
      problems.error(Position.of(file, mark), "YAML syntax error: " + problem + context);
      return List.of();
    } catch (YAMLException e) {
      problems.error(new Position(file, 0, 0), "cannot read YAML: " + firstLine(e.getMessage()));
      return List.of();
    }
    if (docs.isEmpty()) problems.error(new Position(file, 0, 0), "empty file: expected " + expected);
    return docs;
  }

  private static String decode(String file, byte[] bytes, Problems problems) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      problems.error(at(file, bytes, in.position()), "invalid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()] & 0xff) + " at offset " + in.position() + "); spec files must be UTF-8 text");
      return null;
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The line and column of a byte offset, counting columns in characters of the valid prefix. */
  private static Position at(String file, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix;
    try {
      prefix = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
    } catch (CharacterCodingException e) {
      prefix = " ".repeat(offset - lineStart);
    }
    return new Position(file, line, prefix.codePointCount(0, prefix.length()) + 1);
  }

  private static String firstLine(String message) {
    if (message == null) return "unknown error";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
