package io.github.jixiao.cli;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and reads the documents the tool is given: Word or JSON files (format chosen by content,
 * then extension), folders of them, and the built-in sample. Read warnings go to the listener the
 * caller passes, as they are found.
 */
final class Inputs {
  static final String SAMPLE_NAME = "sample:huaiyuan-2024";
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"");

  private static final FormatRegistry FORMATS =
      FormatRegistry.builder().register(new DocxFormat(), new JsonFormat()).build();

  private Inputs() {}

  /** Files named on the command line; a folder means every .docx, .json and .jsonl in it. */
  static List<Path> expand(List<Path> arguments) {
    List<Path> files = new ArrayList<>();
    for (Path p : arguments) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> children = Files.list(p)) {
          files.addAll(children.filter(Files::isRegularFile).filter(Inputs::isDocumentName).sorted().collect(Collectors.toList()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static boolean isDocumentName(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".docx") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** The built-in sample: the seed document of 怀远县人民政府办公室 2024. */
  static Disclosure sample() {
    try (InputStream in = Inputs.class.getResourceAsStream("huaiyuan-2024.json")) {
      return new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a file holds: one disclosure, or a batch of items. */
  interface Content {}

  /** A disclosure. */
  record Whole(Disclosure disclosure) implements Content {}

  /** Items read one at a time; the consumer sees each in turn, the listener each read warning. */
  record Batch(Path file, FormatProvider format, ReadOptions options, Consumer<? super ReadWarning> warnings)
      implements Content {
    void forEach(Consumer<BudgetItem> consumer) {
      try (InputStream in = Files.newInputStream(file);
          ItemReader items = format.reader(options).readItems(in, warnings)) {
        items.forEachRemaining(consumer);
      } catch (IOException e) {
        throw io(file, e);
      } catch (FormatException e) {
        throw e.withSource(file.toString());
      }
    }
  }

  /**
   * Reads a file: Word is a disclosure; JSON is a disclosure, or a batch of items (an array, JSON
   * Lines, one item), read when the batch is walked.
   *
   * @param file the file
   * @param formats the formats to choose from
   * @param options the reader's options (strict or not)
   * @param warnings receives the read warnings, in document order
   */
  static Content read(Path file, FormatRegistry formats, ReadOptions options, Consumer<? super ReadWarning> warnings) {
    FormatProvider format = formats.forFile(file).orElseThrow(() -> new FormatException(FormatException.Reason.NOT_THIS_FORMAT,
        FormatLocation.builder().source(file.toString()).build(), "neither a Word (.docx) nor a JSON document"));
    if (format.id().equals("json") && !isJsonDisclosure(file)) {
      return new Batch(file, format, options, warnings);
    }
    return new Whole(format.reader(options).readDisclosure(file, warnings));
  }

  /** The options of the readers: strict ones refuse content they cannot place instead of warning. */
  static ReadOptions options(boolean strict) {
    return strict ? ReadOptions.builder().strict(true).build() : ReadOptions.defaults();
  }

  /** A JSON file whose first root object says "type": "disclosure". */
  private static boolean isJsonDisclosure(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(65536), StandardCharsets.UTF_8);
      if (head.stripLeading().startsWith("[")) {
        return false;
      }
      Matcher m = TYPE.matcher(head);
      return !m.find() || m.group(1).equals("disclosure");
    } catch (IOException e) {
      throw io(file, e);
    }
  }

  static FormatException io(Path file, IOException e) {
    return new FormatException(FormatException.Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(),
        "cannot read: " + e.getMessage(), e);
  }

  /** The formats the tool reads: Word and JSON. */
  static FormatRegistry formats() {
    return FORMATS;
  }
}
