package io.github.jixiao.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the seed's text extraction (huaiyuan-2024.txt) into rows of cells, independently of the
 * model, so that the Java sample can be compared with the published text. In that file table rows
 * are separated by blank lines, each cell starts with a tab, a line without a tab continues the
 * previous cell, and any other line is free text.
 */
final class SeedTextFixture {
  /** A table row (its cells) or a free-text line (one cell, {@code text} true). */
  record Row(List<String> cells, boolean text) {}

  private SeedTextFixture() {}

  static List<Row> rows() {
    try (InputStream in = SeedTextFixture.class.getResourceAsStream("/huaiyuan-2024.txt")) {
      return rows(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("\t")) {
        cells.add(line.substring(1));
      } else if (!cells.isEmpty() && !line.isEmpty()) {
        cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "\n" + line);
      } else {
        if (!cells.isEmpty()) {
          rows.add(new Row(List.copyOf(cells), false));
          cells.clear();
        }
        if (!line.isBlank()) {
          rows.add(new Row(List.of(line), true));
        }
      }
    }
    if (!cells.isEmpty()) {
      rows.add(new Row(List.copyOf(cells), false));
    }
    return rows;
  }
}
