package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON format and the reports work with jackson-core alone: a host whose jackson-annotations
 * is older than jackson-databind 3 needs (a Spring Boot 3.5 BOM) never loads databind through
 * them. The probe runs in a class loader built from the jars (or class folders) of jackson-core,
 * jakarta.validation-api, core and io-json only, under the platform loader: if the codec or the
 * reports touched databind again, it would fail there with NoClassDefFoundError.
 */
class NoDatabindClassPathTest {

  @Test
  void theFormatAndTheReportsRunWithoutDatabindOrAnnotations() throws Exception {
    String json = new String(SampleDocuments.huaiyuan2024Json(), StandardCharsets.UTF_8);
    try (URLClassLoader isolated = new URLClassLoader(new URL[] {
        where(tools.jackson.core.JsonParser.class),
        where(jakarta.validation.constraints.NotNull.class),
        where(Disclosure.class),
        where(JsonFormat.class),
        where(NoDatabindProbe.class)}, ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> isolated.loadClass("tools.jackson.databind.ObjectMapper")).isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> isolated.loadClass("com.fasterxml.jackson.annotation.JsonSerializeAs"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> probe = isolated.loadClass(NoDatabindProbe.class.getName());
      assertThat(probe.getClassLoader()).isSameAs(isolated);
      Method run = probe.getMethod("run", String.class);

      String[] there = (String[]) run.invoke(null, json);

      assertThat(there[0]).isEqualTo(json);
      assertThat(there).containsExactly(NoDatabindProbe.run(json));
    }
  }

  private static URL where(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
