/**
 * 绩效 core: the document model, target values, indicator frameworks, the rule engine and its
 * catalogue, and the format SPI.
 *
 * <p>{@code io.github.jixiao.internal} is implementation support for Jixiao's own modules and is
 * exported to them only. Rule packs ({@link io.github.jixiao.rules.RuleProvider}) and formats
 * ({@link io.github.jixiao.format.FormatProvider}) are found through {@link java.util.ServiceLoader}:
 * a named module declares {@code provides}, a jar on the class path lists them in {@code
 * META-INF/services}.
 *
 * @uses io.github.jixiao.rules.RuleProvider
 * @uses io.github.jixiao.format.FormatProvider
 */
@SuppressWarnings({"module", "requires-automatic"})
module io.github.jixiao.core {
  // The model's accessors carry Jakarta Validation constraints, part of the API.
  requires transitive jakarta.validation;
  // Immutables: annotations for javac and the processor only, nothing at run time (and nothing
  // that modules compiling against this one need).
  requires static org.immutables.value.annotations;
  // The Log4j API, for QuietLog4j only, which the format modules call where POI or PDFBox bring it.
  requires static org.apache.logging.log4j;
  // StAX, for the package parts of Office files (XmlPart, used by the Word and Excel readers).
  requires java.xml;

  exports io.github.jixiao;
  exports io.github.jixiao.format;
  exports io.github.jixiao.framework;
  exports io.github.jixiao.model;
  exports io.github.jixiao.rules;
  exports io.github.jixiao.rules.catalog;
  exports io.github.jixiao.value;
  exports io.github.jixiao.internal to
      io.github.jixiao.layout,
      io.github.jixiao.docx,
      io.github.jixiao.pdf,
      io.github.jixiao.xlsx,
      io.github.jixiao.json,
      io.github.jixiao.cli;

  uses io.github.jixiao.format.FormatProvider;
  uses io.github.jixiao.rules.RuleProvider;
}
