package io.github.jixiao.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A format registry goes through Java serialization as its formats, made again in order. */
class FormatRegistrySerializationTest {
  /** A format that is not serializable, made again with its public no-argument constructor. */
  public static final class PlainFormat implements FormatProvider {
    /** For reflection. */
    public PlainFormat() {}

    @Override
    public String id() {
      return "plain";
    }

    @Override
    public List<String> extensions() {
      return List.of("txt");
    }

    @Override
    public List<String> mediaTypes() {
      return List.of("text/plain");
    }

    @Override
    public boolean matches(byte[] head) {
      return head.length > 0 && head[0] == 'P';
    }

    @Override
    public DocumentReader reader(ReadOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DocumentWriter writer(WriteOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  /** A second one, to check the order. */
  public static final class OtherFormat implements FormatProvider {
    /** For reflection. */
    public OtherFormat() {}

    @Override
    public String id() {
      return "other";
    }

    @Override
    public List<String> extensions() {
      return List.of("oth");
    }

    @Override
    public List<String> mediaTypes() {
      return List.of();
    }

    @Override
    public boolean matches(byte[] head) {
      return false;
    }

    @Override
    public DocumentReader reader(ReadOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DocumentWriter writer(WriteOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void theFormatsComeBackInOrder() throws Exception {
    FormatRegistry registry = FormatRegistry.builder().register(new PlainFormat(), new OtherFormat()).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(registry);
    }
    FormatRegistry copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (FormatRegistry) in.readObject();
    }
    assertThat(copy.providers()).extracting(FormatProvider::id).containsExactly("plain", "other");
    assertThat(copy.providers().get(0)).isInstanceOf(PlainFormat.class).isNotSameAs(registry.providers().get(0));
    assertThat(copy.byExtension(".TXT")).map(FormatProvider::id).contains("plain");
    assertThat(copy.sniff(new byte[] {'P'})).map(FormatProvider::id).contains("plain");
  }
}
