package io.github.jixiao.cli;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A test-only format that fails the way a bug or a hostile input does, with an {@link Error}: a
 * file {@code BOOM OOM} throws an {@link OutOfMemoryError} when read, any other {@code BOOM} file
 * an {@link AssertionError}; its writer writes some bytes and then runs out of memory.
 */
final class ThrowingFormat implements FormatProvider {
  static final String OOM = "BOOM OOM";
  static final String ASSERT = "BOOM ASSERT";

  @Override
  public String id() {
    return "boom";
  }

  @Override
  public List<String> extensions() {
    return List.of("boom");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("application/x-jixiao-boom");
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.READ_DISCLOSURE, Capability.WRITE_DISCLOSURE, Capability.WRITE_ITEMS);
  }

  @Override
  public boolean matches(byte[] head) {
    return new String(head, StandardCharsets.UTF_8).startsWith("BOOM");
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    return new DocumentReader() {
      @Override
      public Disclosure readDisclosure(InputStream in) {
        String content;
        try {
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (content.equals(OOM)) {
          throw new OutOfMemoryError("Java heap space");
        }
        throw new AssertionError("an invariant of the boom reader");
      }

      @Override
      public BudgetItem readItem(InputStream in) {
        return readDisclosure(in).getItems().get(0);
      }

      @Override
      public ItemReader readItems(InputStream in) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return new DocumentWriter() {
      @Override
      public void writeDisclosure(Disclosure disclosure, OutputStream out) {
        halfWay(out);
      }

      @Override
      public void writeItem(BudgetItem item, OutputStream out) {
        halfWay(out);
      }

      @Override
      public ItemWriter openItems(OutputStream out) {
        halfWay(out);
        return null;
      }
    };
  }

  /** Writes something that looks like a document, then fails. */
  private static void halfWay(OutputStream out) {
    try {
      out.write("BOOM a document that looks complete\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new OutOfMemoryError("Java heap space");
  }
}
