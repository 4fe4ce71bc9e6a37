package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word writer prints nothing on stderr, checked where it shows: in a fresh JVM (Log4j's "could
 * not find a logging provider" comes once per JVM, when POI asks for its first logger), with the
 * test class path, which holds the Log4j API and no Log4j provider, as a host without Log4j does.
 */
class WordWriteStderrTest {

  private record Run(int exit, String out, String err) {}

  @Test
  void aFreshJvmWritingWordPrintsNothingOnStderr(@TempDir Path dir) throws Exception {
    Run run = run(dir);
    assertThat(run.out()).contains("log4j2.component.properties absent").contains("log4j2.StatusLogger.properties absent")
        .containsPattern("wrote [1-9][0-9]{4,} bytes")
        .contains("log4j factory org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void aHostThatAsksForLog4jStatusMessagesStillGetsThem(@TempDir Path dir) throws Exception {
    // the writer quiets nothing the host asked for: the notice is the Log4j API's, and shows at WARN
    // (on stdout: the Log4j API 2.24 prints its status there once a level is set)
    Run run = run(dir, "-Dlog4j2.StatusLogger.level=WARN");
    assertThat(run.out() + run.err()).contains("Log4j API could not find a logging provider");
    assertThat(run.exit()).isZero();
  }

  private static Run run(Path dir, String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuietWordWrite.class.getName()));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 120 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
