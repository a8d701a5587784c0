package dev.observatory.slo.spec;

import dev.observatory.slo.model.SloId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The entry point for reading SLO specs: files and folders (searched recursively for
 * {@code *.yaml} and {@code *.yml}, hidden entries skipped), in any mix of formats, one format
 * per file. Every problem of every file is collected; nothing stops at the first.
 */
public final class SpecLoader {
  private SpecLoader() {}

  public static SpecSet load(List<Path> paths) {
    Problems problems = new Problems();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) files.addAll(expand(path, problems));
    List<LoadedSlo> slos = new ArrayList<>();
    OpenSloSpecMapper openSlo = new OpenSloSpecMapper();
    for (Path file : files) {
      String name = display(file);
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.error(new Position(name, 0, 0), "cannot read file: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        continue;
      }
      slos.addAll(mapFile(name, bytes, problems, openSlo));
    }
    slos.addAll(openSlo.map());
    rejectDuplicates(slos, problems);
    return new SpecSet(slos, problems.list(), files.size());
  }

  /** Loads one in-memory file (tests, and the convert command's round trips). */
  public static SpecSet load(String file, String text) {
    Problems problems = new Problems();
    OpenSloSpecMapper openSlo = new OpenSloSpecMapper();
    List<LoadedSlo> slos = new ArrayList<>(mapFile(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), problems, openSlo));
    slos.addAll(openSlo.map());
    rejectDuplicates(slos, problems);
    return new SpecSet(slos, problems.list(), 1);
  }

  private static List<LoadedSlo> mapFile(String name, byte[] bytes, Problems problems, OpenSloSpecMapper openSlo) {
    List<LoadedSlo> out = new ArrayList<>();
    SpecFormat fileFormat = null;
    int index = 0;
    for (Node node : SpecDocuments.read(name, bytes, problems)) {
      index++;
      YamlMap doc = YamlMap.of(name, node, problems, "");
      if (doc == null) continue;
      SpecFormat format = detect(doc);
      if (format == null) continue;
      if (fileFormat != null && format != fileFormat) {
        problems.error(doc.position(), "this file mixes spec formats: document " + index + " is " + format.version() + " but an earlier one is " + fileFormat.version() + "; keep one format per file");
        continue;
      }
      fileFormat = format;
      switch (format) {
        case NATIVE -> out.addAll(NativeSpecMapper.map(doc));
        case SLOTH -> out.addAll(doc.has("apiVersion") ? SlothSpecMapper.mapResource(doc) : SlothSpecMapper.map(doc));
        case OPENSLO -> openSlo.add(doc);
      }
    }
    return out;
  }

  /** The format a document declares, or null after reporting that it declares none we read. */
  private static SpecFormat detect(YamlMap doc) {
    Problems problems = doc.problems();
    String expected = "expected apiVersion: observatory/v1 or openslo/v1, or Sloth's version: prometheus/v1";
    if (doc.has("apiVersion")) {
      String apiVersion = doc.string("apiVersion", false);
      if (apiVersion == null) return null;
      switch (apiVersion) {
        case "observatory/v1":
          return SpecFormat.NATIVE;
        case "openslo/v1":
          return SpecFormat.OPENSLO;
        case "sloth.slok.dev/v1":
          String kind = doc.has("kind") ? doc.string("kind", false) : null;
          if ("PrometheusServiceLevel".equals(kind)) return SpecFormat.SLOTH;
          problems.error(doc.positionOf(doc.has("kind") ? "kind" : "apiVersion"), "sloth.slok.dev/v1 kind \"" + kind + "\" is not an SLO spec; expected PrometheusServiceLevel");
          return null;
        case "openslo/v1alpha":
          problems.error(doc.positionOf("apiVersion"), "OpenSLO v1alpha is not supported; convert the document to apiVersion: openslo/v1");
          return null;
        default:
          problems.error(doc.positionOf("apiVersion"), "unknown apiVersion \"" + apiVersion + "\"; " + expected);
          return null;
      }
    }
    if (doc.has("version")) {
      String version = doc.string("version", false);
      if ("prometheus/v1".equals(version)) return SpecFormat.SLOTH;
      if (version != null) problems.error(doc.positionOf("version"), "unknown Sloth spec version \"" + version + "\"; expected prometheus/v1");
      return null;
    }
    String hint = doc.keys().stream().map(k -> DidYouMean.suggest(k, List.of("apiVersion", "version"))).filter(s -> !s.isEmpty()).findFirst().orElse("");
    problems.error(doc.position(), "cannot tell the spec format: " + expected + hint);
    return null;
  }

  private static void rejectDuplicates(List<LoadedSlo> slos, Problems problems) {
    Map<SloId, LoadedSlo> seen = new HashMap<>();
    List<LoadedSlo> duplicates = new ArrayList<>();
    for (LoadedSlo slo : slos) {
      LoadedSlo first = seen.putIfAbsent(slo.slo().id(), slo);
      if (first != null) {
        problems.error(slo.position(), "duplicate SLO " + slo.slo().id() + " (first defined at " + first.position() + ")");
        duplicates.add(slo);
      }
    }
    slos.removeAll(duplicates);
  }

  private static List<Path> expand(Path path, Problems problems) {
    if (!Files.exists(path)) {
      problems.error(new Position(display(path), 0, 0), "no such file or folder");
      return List.of();
    }
    if (!Files.isDirectory(path)) return List.of(path);
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> found = walk.filter(p -> !hidden(path, p))
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
      if (found.isEmpty()) problems.error(new Position(display(path), 0, 0), "folder holds no spec files (*.yaml or *.yml)");
      return found;
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.error(new Position(display(path), 0, 0), "cannot list folder: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  private static String display(Path path) {
    return path.normalize().toString();
  }
}
