/**
 * 绩效 JSON: the Jixiao JSON format on Jackson 3, and review reports as JSON and SARIF 2.1.0.
 *
 * <p>The package is open so that the JSON Schema shipped in it ({@code
 * io.github.jixiao.json.JsonFormat#SCHEMA_RESOURCE}) can be read as a resource from any module.
 *
 * @provides io.github.jixiao.format.FormatProvider the {@code json} format
 */
module io.github.jixiao.json {
  requires transitive io.github.jixiao.core;
  // The format, JsonValues and the reports need jackson-core alone (JsonValues takes its generators and parsers).
  requires transitive tools.jackson.core;
  // Only for the package io.github.jixiao.json.databind: optional, a host that uses it has databind.
  requires static tools.jackson.databind;
  // Immutables (JsonReadOptions, JsonWriteOptions): annotations for javac and the processor only.
  requires static org.immutables.value.annotations;

  exports io.github.jixiao.json;
  exports io.github.jixiao.json.databind;
  // A resource package: the JSON Schema of the format.
  opens io.github.jixiao.json;

  provides io.github.jixiao.format.FormatProvider with io.github.jixiao.json.JsonFormat;
}
