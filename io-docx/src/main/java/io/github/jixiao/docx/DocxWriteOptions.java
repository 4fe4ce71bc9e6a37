package io.github.jixiao.docx;

import io.github.jixiao.format.FormatWriteOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Word 写出选项 (Word write options): the document properties the Word writer records — creator,
 * title, dates, last modified by, revision and the application ({@code docProps/core.xml} and
 * {@code docProps/app.xml}, what Word shows under File › Info) — carried in the {@link
 * WriteOptions} a writer is made with. A writer whose options carry none uses {@link #defaults()}.
 *
 * <p>Nothing is taken from the clock: the defaults are fixed (creator and application {@code
 * Jixiao}, no title, no dates, no revision), and the zip entries carry a fixed time too, so the
 * same document written with the same options gives the same bytes. Set the dates to record them.
 *
 * <pre>{@code
 * DocumentWriter word = new DocxFormat().writer(WriteOptions.builder()
 *     .with(DocxWriteOptions.builder().creator("怀远县财政局").title("2024年项目支出绩效目标")
 *         .created(Instant.parse("2024-03-01T08:00:00Z")).build())
 *     .build());
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
public abstract class DocxWriteOptions implements FormatWriteOptions {
  private static final long serialVersionUID = 1L;

  /** The creator and application written by default. */
  static final String JIXIAO = "Jixiao";

  /** The first and last years a W3CDTF date ({@code YYYY}) can hold. */
  private static final int FIRST_YEAR = 1;

  private static final int LAST_YEAR = 9999;

  private static final DocxWriteOptions DEFAULTS = builder().build();

  DocxWriteOptions() {}

  /**
   * The creator ({@code dc:creator}, Word's "Author").
   *
   * @return the creator, {@code Jixiao} by default; empty for none
   */
  @Value.Default
  public String getCreator() {
    return JIXIAO;
  }

  /**
   * The application ({@code Application} in {@code docProps/app.xml}).
   *
   * @return the application, {@code Jixiao} by default; empty for none
   */
  @Value.Default
  public String getApplication() {
    return JIXIAO;
  }

  /**
   * The title ({@code dc:title}).
   *
   * @return the title, none by default
   */
  public abstract Optional<String> getTitle();

  /**
   * Who modified the document last ({@code cp:lastModifiedBy}).
   *
   * @return the name, none by default
   */
  public abstract Optional<String> getLastModifiedBy();

  /**
   * The revision number ({@code cp:revision}), such as {@code 1}.
   *
   * @return the revision, none by default
   */
  public abstract Optional<String> getRevision();

  /**
   * When the document was created ({@code dcterms:created}); written in UTC to the second.
   *
   * @return the date, none by default (the writer never reads the clock)
   */
  public abstract Optional<Instant> getCreated();

  /**
   * When the document was modified last ({@code dcterms:modified}); written in UTC to the second.
   *
   * @return the date, none by default
   */
  public abstract Optional<Instant> getModified();

  /**
   * {@code DocxWriteOptions.class}: the Word settings are carried and found under this class.
   *
   * @return {@code DocxWriteOptions.class}
   */
  @Override
  public Class<DocxWriteOptions> optionsType() {
    return DocxWriteOptions.class;
  }

  @Value.Check
  void checkValues() {
    requireXmlText(getCreator(), "creator");
    requireXmlText(getApplication(), "application");
    getTitle().ifPresent(t -> requireXmlText(t, "title"));
    getLastModifiedBy().ifPresent(t -> requireXmlText(t, "lastModifiedBy"));
    getRevision().ifPresent(t -> requireXmlText(t, "revision"));
    getCreated().ifPresent(d -> requireW3cYear(d, "created"));
    getModified().ifPresent(d -> requireW3cYear(d, "modified"));
  }

  /** XML 1.0 cannot hold control characters other than tab, line feed and carriage return, nor lone surrogates. */
  private static void requireXmlText(String text, String name) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch) || ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
        throw new ModelException(String.format(
            "DocxWriteOptions.%s: U+%04X at character %d cannot be written in a Word document", name, (int) ch, i));
      }
    }
  }

  /** The dates are written as W3CDTF, whose year has four digits. */
  private static void requireW3cYear(Instant date, String name) {
    int year = date.atOffset(ZoneOffset.UTC).getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new ModelException("DocxWriteOptions." + name + ": " + date + " is outside the years "
          + FIRST_YEAR + " to " + LAST_YEAR + " that a Word document can hold");
    }
  }

  /**
   * The Word settings that write options carry, or the defaults when they carry none.
   *
   * @param options the write options
   * @return the Word settings
   */
  public static DocxWriteOptions of(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(DocxWriteOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings: creator and application {@code Jixiao}, nothing else.
   *
   * @return the defaults
   */
  public static DocxWriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A new builder, starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DocxWriteOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: a setter per property (the optional ones take the value or an
   * {@code Optional}; {@link MissingValueException} for a null creator or application), {@code
   * from(DocxWriteOptions)} (copies every setting) and {@code build()} (throws {@link
   * ModelException} for a text a Word document cannot hold or a date outside the years 1 to 9999).
   */
  public static final class Builder extends ImmutableDocxWriteOptions.Builder {
    Builder() {}
  }
}
