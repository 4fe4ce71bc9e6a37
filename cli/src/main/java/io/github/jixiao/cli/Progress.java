package io.github.jixiao.cli;

import java.io.PrintWriter;

/**
 * 进度行 (the progress line): "37/151 files checked" on standard error, redrawn in place with a
 * carriage return while a folder is checked, and erased before the total is printed. Shown only
 * where someone watches a terminal ({@link Mode#auto}), so that CI logs and captured output stay
 * clean; redrawn at most every {@value #INTERVAL_MILLIS} ms, and once at the end.
 */
final class Progress {
  /** When the line is shown. */
  enum Mode {
    /** When standard error is a terminal and more than one file is checked. */
    auto,
    /** Always (also into a file or a pipe). */
    always,
    /** Never. */
    never
  }

  static final long INTERVAL_MILLIS = 100;

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private final Phrases say;
  private int done;
  private long lastDrawn;
  private int width;

  Progress(PrintWriter err, int total, boolean shown, Phrases say) {
    this.err = err;
    this.total = total;
    this.shown = shown;
    this.say = say;
  }

  /** Whether a mode shows the line for a run of so many files on a terminal or not. */
  static boolean shown(Mode mode, boolean terminal, int files) {
    return mode == Mode.always || (mode == Mode.auto && terminal && files > 1);
  }

  /** One more file is checked; called from the checking threads. */
  synchronized void fileDone() {
    done++;
    if (!shown) {
      return;
    }
    long now = System.nanoTime() / 1_000_000;
    if (done == total || done == 1 || now - lastDrawn >= INTERVAL_MILLIS) {
      lastDrawn = now;
      String line = say.get("progress", done, total);
      width = Math.max(width, line.length());
      err.print("\r" + line);
      err.flush();
    }
  }

  /** Erases the line (two columns a character: Chinese is wide), so the next line starts clean. */
  synchronized void erase() {
    if (width > 0) {
      err.print("\r" + " ".repeat(2 * width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
