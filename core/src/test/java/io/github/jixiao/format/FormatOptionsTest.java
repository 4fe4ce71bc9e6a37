package io.github.jixiao.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generic options carry each format's own settings; a provider's capabilities default sensibly. */
class FormatOptionsTest {
  /** A format's read settings, as a format module would define them. */
  record ZipSettings(int maxEntries) implements FormatReadOptions {
    @Override
    public Class<ZipSettings> optionsType() {
      return ZipSettings.class;
    }
  }

  /** Another format's read settings. */
  record TextSettings(boolean lenient) implements FormatReadOptions {
    @Override
    public Class<TextSettings> optionsType() {
      return TextSettings.class;
    }
  }

  /** A format's write settings. */
  record Layout(String name) implements FormatWriteOptions {
    @Override
    public Class<Layout> optionsType() {
      return Layout.class;
    }
  }

  @Test
  void theGeneralLimitsHaveDefaultsAndMustBePositive() {
    ReadOptions d = ReadOptions.defaults();
    assertThat(d.getMaxDocumentBytes()).isEqualTo(64L << 20);
    assertThat(d.getMaxDepth()).isEqualTo(64);
    assertThat(d.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(d.isStrict()).isFalse();
    assertThat(ReadOptions.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThatThrownBy(() -> ReadOptions.builder().maxDepth(0).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("ReadOptions.maxDepth");
    assertThat(WriteOptions.defaults().isPretty()).isTrue();
  }

  @Test
  void formatSettingsAreFoundByTheirClassAndTheLastWins() {
    ReadOptions options = ReadOptions.builder()
        .maxDepth(10)
        .with(new ZipSettings(5))
        .with(new TextSettings(true))
        .with(new ZipSettings(7))
        .strict(true)
        .build();
    assertThat(options.find(ZipSettings.class)).contains(new ZipSettings(7));
    assertThat(options.find(TextSettings.class)).contains(new TextSettings(true));
    assertThat(ReadOptions.defaults().find(ZipSettings.class)).isEmpty();
    assertThat(options.find(ZipSettings.class).orElse(new ZipSettings(1000)).maxEntries()).isEqualTo(7);

    ReadOptions copy = ReadOptions.builder().from(options).build();
    assertThat(copy).isEqualTo(options);
    assertThat(ReadOptions.builder().from(options).with(new ZipSettings(9)).build().find(ZipSettings.class))
        .contains(new ZipSettings(9));
    assertThat(options).isNotEqualTo(ReadOptions.builder().maxDepth(10).strict(true).build());
    assertThat(options.getMaxDepth()).isEqualTo(10);
    assertThat(options.isStrict()).isTrue();
    assertThat(options.toString()).contains("ZipSettings[maxEntries=7]");
  }

  @Test
  void settingsMustBeWhatTheyClaim() {
    FormatReadOptions liar = () -> ZipSettings.class; // settings that claim a class they are not
    assertThatThrownBy(() -> ReadOptions.builder().with(liar)).isInstanceOf(ModelException.class)
        .hasMessageContaining("ReadOptions.with").hasMessageContaining("ZipSettings");
    FormatWriteOptions writeLiar = () -> Layout.class;
    assertThatThrownBy(() -> WriteOptions.builder().with(writeLiar)).isInstanceOf(ModelException.class)
        .hasMessageContaining("WriteOptions.with").hasMessageContaining("Layout");
    assertThatThrownBy(() -> ReadOptions.builder().with(() -> null)).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("optionsType");
    assertThatThrownBy(() -> ReadOptions.builder().with(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> WriteOptions.builder().with(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> ReadOptions.builder().from(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> ReadOptions.defaults().find(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void writeOptionsCarryFormatSettingsToo() {
    WriteOptions options = WriteOptions.builder().pretty(false).with(new Layout("lines")).build();
    assertThat(options.find(Layout.class)).contains(new Layout("lines"));
    assertThat(WriteOptions.defaults().find(Layout.class)).isEmpty();
    assertThat(WriteOptions.builder().from(options).build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options).isNotEqualTo(WriteOptions.builder().pretty(false).build())
        .isNotEqualTo(WriteOptions.builder().with(new Layout("lines")).build());
    assertThat(WriteOptions.builder().with(new Layout("a")).with(new Layout("b")).build().find(Layout.class))
        .contains(new Layout("b"));
    assertThatThrownBy(() -> WriteOptions.defaults().find(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theCarriedSettingsAreSetOnlyThroughWith() {
    // The map of format settings is generated but package-private, builder methods included: the
    // builders' public methods are the API's.
    assertThat(publicMethods(ReadOptions.Builder.class))
        .containsExactlyInAnyOrder("from", "maxDocumentBytes", "maxDepth", "maxStringLength", "strict", "with", "build");
    assertThat(publicMethods(WriteOptions.Builder.class)).containsExactlyInAnyOrder("from", "pretty", "with", "build");
    assertThat(publicMethods(ReadOptions.class)).containsExactlyInAnyOrder("getMaxDocumentBytes", "getMaxDepth",
        "getMaxStringLength", "isStrict", "find", "defaults", "builder");
    assertThat(publicMethods(WriteOptions.class)).containsExactlyInAnyOrder("isPretty", "find", "defaults", "builder");
  }

  /** The names of a class's public methods, those of {@code Object} left out unless overridden. */
  private static List<String> publicMethods(Class<?> type) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() != Object.class)
        .map(Method::getName).toList();
  }

  @Test
  void optionsWithFormatSettingsSurviveSerialization() throws IOException, ClassNotFoundException {
    ReadOptions read = ReadOptions.builder().maxDepth(12).with(new ZipSettings(3)).build();
    WriteOptions write = WriteOptions.builder().with(new Layout("array")).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(read);
      out.writeObject(write);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(read);
      assertThat(in.readObject()).isEqualTo(write);
    }
  }

  @Test
  void aProviderThatSaysNothingCanDoEverythingInItsOwnExtensions() {
    FormatProvider plain = new FormatProvider() {
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
        return null;
      }
    };
    assertThat(plain.capabilities()).containsExactlyInAnyOrder(Capability.values());
    assertThat(plain.capabilities(".TXT")).containsExactlyInAnyOrder(Capability.values());
    assertThat(plain.capabilities("docx")).isEmpty();
    assertThat(plain.holdsDisclosure(new ByteArrayInputStream(new byte[0]))).isTrue();
    assertThat(Capability.READ_ITEMS.isRead()).isTrue();
    assertThat(Capability.WRITE_ITEM.isWrite()).isTrue();
    assertThat(Capability.READ_DISCLOSURE.isWrite()).isFalse();
  }
}
