package io.github.jixiao.cli;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A test-only format whose reader emits read warnings: a text file starting with {@code FAKE}, then
 * one warning a line, {@code KIND TABLE ROW COLUMN TEXT} (such as {@code UNPLACED 2 5 3 立项依据}).
 * Every file reads as the sample county document. A strict reader refuses the first warning with
 * {@link FormatException.Reason#UNPLACED_CONTENT}, as the real readers do.
 */
final class FakeFormat implements FormatProvider {
  static final String MAGIC = "FAKE";
  static final String DETAIL = "a label the fake vocabulary does not know";

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public List<String> extensions() {
    return List.of("fake");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("text/x-jixiao-fake");
  }

  /** Read-only: the writer is never made. */
  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.READ_DISCLOSURE, Capability.READ_ITEMS, Capability.READ_ITEM);
  }

  @Override
  public boolean matches(byte[] head) {
    return new String(head, StandardCharsets.UTF_8).startsWith(MAGIC);
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    return new Reader(options);
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    throw new UnsupportedOperationException("the fake format is read-only");
  }

  private static final class Reader implements DocumentReader {
    private final ReadOptions options;

    Reader(ReadOptions options) {
      this.options = options;
    }

    /** Reads the warnings of the input, handing them over (or refusing the first when strict). */
    private void warnings(InputStream in, Consumer<? super ReadWarning> listener) {
      List<String> lines;
      try {
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
        throw new FormatException(FormatException.Reason.NOT_THIS_FORMAT, FormatLocation.unknown(), "not a fake document");
      }
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(" ", 5);
        FormatLocation where = FormatLocation.builder()
            .table(Integer.parseInt(f[1])).row(Integer.parseInt(f[2])).column(Integer.parseInt(f[3])).build();
        ReadWarning w = ReadWarning.of(ReadWarning.Kind.valueOf(f[0]), f[4], where, DETAIL);
        if (options.isStrict()) {
          throw new FormatException(FormatException.Reason.UNPLACED_CONTENT, where, "content not placed: \"" + f[4] + "\"");
        }
        listener.accept(w);
      }
    }

    @Override
    public Disclosure readDisclosure(InputStream in, Consumer<? super ReadWarning> listener) {
      warnings(in, listener);
      return SampleDocuments.huaiyuan2024();
    }

    @Override
    public Disclosure readDisclosure(InputStream in) {
      return readDisclosure(in, w -> { });
    }

    @Override
    public BudgetItem readItem(InputStream in) {
      return readDisclosure(in).getItems().get(0);
    }

    @Override
    public ItemReader readItems(InputStream in, Consumer<? super ReadWarning> listener) {
      Iterator<BudgetItem> items = new ArrayList<>(readDisclosure(in, listener).getItems()).iterator();
      return new ItemReader() {
        @Override
        public boolean hasNext() {
          return items.hasNext();
        }

        @Override
        public BudgetItem next() {
          return items.next();
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public ItemReader readItems(InputStream in) {
      return readItems(in, w -> { });
    }
  }
}
