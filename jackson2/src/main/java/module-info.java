/**
 * 绩效 Jackson 2 模块: the Jixiao JSON format in a host's Jackson 2 databind ({@code
 * com.fasterxml.jackson}), such as the ObjectMapper of Spring Boot 3.
 */
module io.github.jixiao.jackson2 {
  requires transitive io.github.jixiao.json;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  // Immutables: annotations of io-json's and core's generated classes, for javac only.
  requires static org.immutables.value.annotations;

  exports io.github.jixiao.jackson2;
}
