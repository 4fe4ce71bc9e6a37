package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** LibreOffice for the tests that hand it our documents: where soffice is, and a conversion. */
final class LibreOffice {
  private static final long TIMEOUT_SECONDS = 300;

  private LibreOffice() {}

  static void convert(String soffice, Path dir, String target, Path outdir, List<String> files)
      throws IOException, InterruptedException {
    convert(soffice, dir, null, target, outdir, files);
  }

  /**
   * A conversion with the files opened by the named import filter (such as {@code HTML
   * (StarWriter)}: HTML into Writer itself rather than Writer/Web), or by the default one when null.
   */
  static void convert(String soffice, Path dir, String inputFilter, String target, Path outdir, List<String> files)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("profile-" + UUID.randomUUID()).toUri()));
    if (inputFilter != null) {
      command.add("--infilter=" + inputFilter);
    }
    command.addAll(List.of("--convert-to", target, "--outdir", outdir.toString()));
    command.addAll(files);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice-" + UUID.randomUUID() + ".log").toFile()).start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("soffice finished within %d s", TIMEOUT_SECONDS).isTrue();
    assertThat(process.exitValue()).as("soffice exit code").isZero();
  }

  /**
   * soffice, or null when it is not installed and need not be (a property then has nothing to try:
   * jqwik has no skip); fails when {@code JIXIAO_REQUIRE_LIBREOFFICE} is set, as CI does, and it is
   * missing.
   */
  static String sofficeOrNothingToTry() {
    String soffice = sofficeOnPath();
    if (soffice == null) {
      assertThat(System.getenv("JIXIAO_REQUIRE_LIBREOFFICE"))
          .as("JIXIAO_REQUIRE_LIBREOFFICE is set but soffice is not on the PATH").isNull();
    }
    return soffice;
  }

  /** soffice on the PATH, or null. */
  static String sofficeOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"soffice", "libreoffice"}) {
        File candidate = new File(dir, name);
        if (candidate.canExecute()) {
          return candidate.getPath();
        }
      }
    }
    return null;
  }
}
