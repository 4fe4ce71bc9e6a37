package io.github.jixiao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 输出文件 (output files): every file the tool writes is written whole or not at all. The bytes go
 * to a temporary file beside the target, which replaces the target only once everything is
 * written (atomically where the file system can); a failure of any kind, also running out of
 * memory, leaves the target as it was and removes the temporary file. An output that is one of
 * the inputs is refused before anything is read, since writing it would destroy what is read.
 */
final class Outputs {
  private Outputs() {}

  /** What writes an output's bytes. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the content.
     *
     * @param out the temporary file's stream; closed by {@link #write(Path, Body)}
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
  }

  /**
   * The input the output would overwrite: one that is the same file (also through a symbolic or
   * hard link), when the output exists.
   *
   * @param output the output
   * @param inputs the inputs
   * @return the input, or empty when the output is none of them
   * @throws IOException if the files cannot be compared
   */
  static Optional<Path> sameAsAnInput(Path output, Collection<Path> inputs) throws IOException {
    if (!Files.exists(output)) {
      return Optional.empty();
    }
    for (Path input : inputs) {
      if (Files.exists(input) && Files.isSameFile(output, input)) {
        return Optional.of(input);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes a file whole or not at all (see the class comment). A symbolic link as target keeps
   * pointing at the file, which is replaced; an existing file's permissions are kept.
   *
   * @param target the file to write
   * @param body writes the content
   * @throws IOException if the content or the file cannot be written; the target is then untouched
   */
  static void write(Path target, Body body) throws IOException {
    Path file = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path temporary = createBeside(file);
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE))) {
        body.write(out);
      }
      keepPermissions(file, temporary);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        // also after an Error: no partial file is left behind
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** A new empty file in the target's folder, hidden, named after it, with the default permissions. */
  private static Path createBeside(Path file) throws IOException {
    Path folder = file.getParent();
    String name = file.getFileName().toString();
    for (int attempt = 0; ; attempt++) {
      Path temporary = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path file, Path temporary) throws IOException {
    PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (from == null || to == null) {
      return;
    }
    try {
      to.setPermissions(from.readAttributes().permissions());
    } catch (NoSuchFileException e) {
      // a new output: the default permissions stay
    }
  }
}
