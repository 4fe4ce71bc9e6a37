package io.github.jixiao.cli;

import io.github.jixiao.format.Capability;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and reads the documents the tool is given: files of any format in the registry (chosen by
 * content, then extension), folders of them, and the built-in sample. Nothing here names a
 * format: what a format reads and writes, and in which files, is its {@link Capability}s. Read
 * warnings go to the listener the caller passes, as they are found.
 */
final class Inputs {
  static final String SAMPLE_NAME = "sample:huaiyuan-2024";

  private Inputs() {}

  /**
   * The files to read and what a folder held that is not read: its subfolders (not searched),
   * dangling symbolic links, and FIFOs, sockets and devices, each with the reason.
   */
  record Expanded(List<Path> files, Map<Path, String> skipped) {}

  /**
   * Files named on the command line; a folder means every regular file in it that a format reads
   * by its extension. Other files in a folder (no document extension) are left out silently; what
   * is not a regular file is named in {@link Expanded#skipped()}.
   */
  static Expanded expand(List<Path> arguments, FormatRegistry formats, Phrases say) {
    List<Path> files = new ArrayList<>();
    Map<Path, String> skipped = new TreeMap<>();
    for (Path p : arguments) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> children = Files.list(p)) {
          for (Path child : children.sorted().collect(Collectors.toList())) {
            if (Files.isRegularFile(child)) {
              if (isDocumentName(child, formats)) {
                files.add(child);
              }
            } else {
              skipped.put(child, whyNotRead(child, say));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(say.get("input.cannotList", p, e.getMessage()), e);
        }
      } else {
        files.add(p);
      }
    }
    return new Expanded(files, skipped);
  }

  /** Why an entry of a folder that is not a regular file is not read. */
  private static String whyNotRead(Path entry, Phrases say) {
    if (Files.isDirectory(entry)) {
      return say.get("notRead.folder");
    }
    if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
      return say.get("notRead.danglingLink");
    }
    return say.get("notRead.special");
  }

  private static boolean isDocumentName(Path p, FormatRegistry formats) {
    String ext = extension(p);
    return !ext.isEmpty() && formats.providers().stream().anyMatch(f -> f.capabilities(ext).stream().anyMatch(Capability::isRead));
  }

  /** The extension of a file name, lower case, without the dot; empty when it has none. */
  static String extension(Path p) {
    Path name = p.getFileName();
    String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int dot = s.lastIndexOf('.');
    return dot < 0 ? "" : s.substring(dot + 1);
  }

  /** The extensions in which some format has a capability the predicate accepts, as ".a, .b or .c". */
  static String extensions(FormatRegistry formats, Predicate<Capability> accepted, Phrases say) {
    Set<String> found = new LinkedHashSet<>();
    for (FormatProvider format : formats.providers()) {
      for (String ext : format.extensions()) {
        if (format.capabilities(ext).stream().anyMatch(accepted)) {
          found.add("." + ext);
        }
      }
    }
    return say.or(new ArrayList<>(found));
  }

  /** The built-in sample, stored as JSON: the seed document of 怀远县人民政府办公室 2024. */
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
  record Batch(Path file, FormatProvider format, ReadOptions options, Consumer<? super ReadWarning> warnings, Phrases say)
      implements Content {
    /**
     * Hands over each item, and each part of the batch that cannot be read (a bad line of JSON
     * Lines, after which reading goes on; or the failure that ends the batch), in batch order.
     */
    void forEach(Consumer<BudgetItem> items, Consumer<FormatException> unreadable) {
      try (InputStream in = Files.newInputStream(file);
          ItemReader reader = format.reader(options).readItems(in, warnings)) {
        while (hasNext(reader, unreadable)) {
          BudgetItem item;
          try {
            item = reader.next();
          } catch (FormatException e) {
            unreadable.accept(e.withSource(file.toString()));
            continue;
          }
          items.accept(item);
        }
      } catch (IOException e) {
        unreadable.accept(io(file, e, say));
      } catch (FormatException e) {
        unreadable.accept(e.withSource(file.toString()));
      }
    }

    /** Readers of the earlier contract throw from hasNext(): a failure that ends the batch. */
    private boolean hasNext(ItemReader reader, Consumer<FormatException> unreadable) {
      try {
        return reader.hasNext();
      } catch (FormatException e) {
        unreadable.accept(e.withSource(file.toString()));
        return false;
      }
    }
  }

  /**
   * Reads a file: a disclosure, or a batch of items (read when the batch is walked) when the
   * format reads batches and says the file holds no disclosure (JSON: an array, JSON Lines, one
   * item).
   *
   * @param file the file
   * @param formats the formats to choose from
   * @param options the reader's options (strict or not)
   * @param warnings receives the read warnings, in document order
   * @param say the language of the tool's own errors
   */
  static Content read(Path file, FormatRegistry formats, ReadOptions options, Consumer<? super ReadWarning> warnings,
      Phrases say) {
    FormatProvider format = formats.forFile(file).orElseThrow(() -> new FormatException(FormatException.Reason.NOT_THIS_FORMAT,
        FormatLocation.builder().source(file.toString()).build(),
        say.get("input.unknownFormat", extensions(formats, Capability::isRead, say))));
    Set<Capability> can = format.capabilities();
    if (can.stream().noneMatch(Capability::isRead)) {
      throw new FormatException(FormatException.Reason.NOT_THIS_FORMAT, FormatLocation.builder().source(file.toString()).build(),
          say.get("input.formatCannotRead", format.id()));
    }
    // a file whose extension holds batches only (.jsonl) is a batch, also when it is empty
    Set<Capability> byName = format.capabilities(extension(file));
    boolean batchOnly = byName.contains(Capability.READ_ITEMS) && !byName.contains(Capability.READ_DISCLOSURE);
    if (can.contains(Capability.READ_ITEMS) && (batchOnly || !holdsDisclosure(format, file, say))) {
      return new Batch(file, format, options, warnings, say);
    }
    return new Whole(format.reader(options).readDisclosure(file, warnings));
  }

  /** The options of the readers: strict ones refuse content they cannot place instead of warning. */
  static ReadOptions options(boolean strict) {
    return strict ? ReadOptions.builder().strict(true).build() : ReadOptions.defaults();
  }

  /** Whether the format says the file holds a whole disclosure. */
  private static boolean holdsDisclosure(FormatProvider format, Path file, Phrases say) {
    try (InputStream in = Files.newInputStream(file)) {
      return format.holdsDisclosure(in);
    } catch (IOException e) {
      throw io(file, e, say);
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    }
  }

  static FormatException io(Path file, IOException e, Phrases say) {
    return new FormatException(FormatException.Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(),
        say.get("input.cannotRead", e.getMessage()), e);
  }
}
