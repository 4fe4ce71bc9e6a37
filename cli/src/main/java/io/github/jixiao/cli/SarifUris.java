package io.github.jixiao.cli;

import io.github.jixiao.json.SarifOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 文件地址 (artifact URIs in SARIF): a file under the base folder ({@code --uri-base}, by
 * default the current folder) is written as a relative URI against {@link
 * SarifOptions#SOURCE_ROOT}, so that a log made in one checkout reads the same in another and
 * code-scanning services can place it; a file elsewhere, or every file with {@code
 * --absolute-uris}, as an absolute {@code file:} URI.
 */
final class SarifUris {
  private final Path base;

  private SarifUris(Path base) {
    this.base = base;
  }

  /** URIs relative to a folder where they can be. */
  static SarifUris relativeTo(Path folder) {
    return new SarifUris(folder.toAbsolutePath().normalize());
  }

  /** Absolute URIs only. */
  static SarifUris absolute() {
    return new SarifUris(null);
  }

  /** The options of the log: the language, and the base unless URIs are absolute. */
  SarifOptions options(String language) {
    SarifOptions.Builder b = SarifOptions.builder().language(language);
    if (base != null) {
      String uri = base.toUri().toString();
      b.uriBaseId(SarifOptions.SOURCE_ROOT).uriBase(URI.create(uri.endsWith("/") ? uri : uri + "/"));
    }
    return b.build();
  }

  /** A file's URI: relative to the base (percent-encoded, '/' between names) or absolute. */
  String of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (base == null || !absolute.startsWith(base) || absolute.equals(base)) {
      return absolute.toUri().toString();
    }
    List<String> names = new ArrayList<>();
    base.relativize(absolute).forEach(name -> names.add(name.toString()));
    String path = String.join("/", names);
    try {
      String uri = new URI(null, null, path, null).toASCIIString();
      // "a:b.json" would read as a URI of scheme "a"
      return names.get(0).contains(":") ? "./" + uri : uri;
    } catch (URISyntaxException e) {
      return absolute.toUri().toString();
    }
  }
}
