package io.github.jixiao.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * 工具信息 (tool information): the version and the project's address that SARIF logs name in
 * {@code tool.driver}, from a resource the build fills in from the pom (no time stamp, so that
 * builds stay reproducible). The jar's manifest is not used: classes run from a folder (tests,
 * IDEs) have none.
 */
final class ToolInfo {
  /** The project version, such as {@code 0.1.0}. */
  static final String VERSION;
  /** The project's web address, the pom's {@code url}. */
  static final String INFORMATION_URI;

  static {
    Properties p = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        throw new IllegalStateException("io/github/jixiao/json/tool.properties is missing from the jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    VERSION = p.getProperty("version");
    INFORMATION_URI = p.getProperty("informationUri");
  }

  private ToolInfo() {}
}
