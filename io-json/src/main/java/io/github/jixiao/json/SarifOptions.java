package io.github.jixiao.json;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * SARIF 输出选项 (SARIF output options): the language of the messages of a SARIF log written by
 * {@link JsonReports}, and the base that relative artifact URIs are resolved against.
 *
 * <p>With a base, each artifact given as a relative URI reference (such as {@code
 * docs/a.docx}) is written with {@code uriBaseId} (such as {@code %SRCROOT%}) and the run names
 * the base in {@code originalUriBaseIds}; an absolute URI (such as {@code file:///tmp/a.docx}) is
 * written as it is. Without a base, relative URIs are written without {@code uriBaseId}.
 *
 * <pre>{@code
 * SarifOptions zh = SarifOptions.builder().language("zh")
 *     .uriBaseId("%SRCROOT%").uriBase(Path.of("").toAbsolutePath().toUri()).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SarifOptions {
  /** The base id the command-line tool uses: the checkout or folder the files were named from. */
  public static final String SOURCE_ROOT = "%SRCROOT%";

  private static final SarifOptions DEFAULTS = builder().build();

  SarifOptions() {}

  /**
   * The language of the messages: {@code zh} (Chinese) or {@code en} (English); the other
   * language is kept in each result's properties ({@code messageZh}, {@code messageEn}).
   *
   * @return {@code en} by default
   */
  @Value.Default
  public String getLanguage() {
    return "en";
  }

  /**
   * The id relative artifact URIs are written against, such as {@link #SOURCE_ROOT}.
   *
   * @return the id, or empty for none
   */
  public abstract Optional<String> getUriBaseId();

  /**
   * What {@link #getUriBaseId()} stands for: an absolute URI ending in {@code /}, such as {@code
   * file:///work/project/}.
   *
   * @return the base, or empty for none
   */
  public abstract Optional<URI> getUriBase();

  /** A language SARIF messages are written in, and both parts of the base or neither. */
  @Value.Check
  void check() {
    if (!getLanguage().equals("zh") && !getLanguage().equals("en")) {
      throw new ModelException("SarifOptions.language: \"" + getLanguage() + "\" is not zh or en");
    }
    if (getUriBaseId().isPresent() != getUriBase().isPresent()) {
      throw new ModelException("SarifOptions: give uriBaseId and uriBase together, or neither");
    }
    getUriBase().ifPresent(base -> {
      if (!base.isAbsolute() || !base.toString().endsWith("/")) {
        throw new ModelException("SarifOptions.uriBase: \"" + base + "\" is not an absolute URI ending in /");
      }
    });
  }

  /**
   * Whether the messages are Chinese.
   *
   * @return true for {@code zh}
   */
  boolean chinese() {
    return getLanguage().equals("zh");
  }

  /**
   * The SARIF {@code run.language} tag of the messages: {@code zh-CN} or {@code en-US}.
   *
   * @return the language tag
   */
  String languageTag() {
    return chinese() ? "zh-CN" : "en-US";
  }

  /**
   * The default options: English messages, no base.
   *
   * @return the defaults
   */
  public static SarifOptions defaults() {
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
   * Builds {@link SarifOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: {@code language(String)}, {@code uriBaseId(String)}, {@code
   * uriBase(URI)} (each throws {@link MissingValueException} for null), {@code
   * from(SarifOptions)} and {@code build()} (throws {@link ModelException} for a
   * language other than zh or en, or half a base).
   */
  public static final class Builder extends ImmutableSarifOptions.Builder {
    Builder() {}
  }
}
