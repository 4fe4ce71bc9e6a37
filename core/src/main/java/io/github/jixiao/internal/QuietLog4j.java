package io.github.jixiao.internal;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.status.StatusConsoleListener;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * 静默日志 (quiet logging): keeps the libraries the format modules use off the host's stderr.
 * Apache POI logs through the Log4j API, and PDFBox through commons-logging, which takes the Log4j
 * API when it is present; its {@link LogManager} picks a logging provider once per JVM, when the
 * first logger is asked for, and in a host without one (no log4j-core, log4j-to-slf4j or
 * log4j-to-jul) prints "Log4j API could not find a logging provider" to stderr.
 *
 * <p>So a format module lets the Log4j API pick its provider before it touches POI or PDFBox, with the status
 * logger's console output off for that one call, and as it was before right after. Nothing else
 * is changed: no system property, no provider of ours, no resource on the class path (a {@code
 * log4j2.StatusLogger.properties} or {@code log4j2.component.properties} would quiet the host's
 * own Log4j status messages, such as a broken configuration, for the life of the JVM). A host that
 * asked for status output ({@code log4j2.debug}, or a status level below {@code ERROR}) sees it
 * unchanged, and a host whose Log4j was set up before the first write sees no difference.
 *
 * <p>Core compiles against the Log4j API but does not depend on it at run time ({@code requires
 * static}): without it on the class path there is no notice to keep quiet, and nothing is done.
 */
public final class QuietLog4j {
  private QuietLog4j() {}

  /**
   * Call before touching POI or PDFBox; the work is done once per class loader, by the holder's
   * initialiser.
   */
  public static void chooseProvider() {
    boolean done = Holder.DONE; // reading the field runs the holder's initialiser, once
    assert done;
  }

  /** The Log4j API's provider, chosen quietly the first time a format module asks. */
  private static final class Holder {
    static final boolean DONE = chooseProviderQuietly();

    private Holder() {}
  }

  private static boolean chooseProviderQuietly() {
    try {
      StatusConsoleListener console = StatusLogger.getLogger().getFallbackListener();
      Level before = console.getStatusLevel();
      if (before.isMoreSpecificThan(Level.ERROR)) {
        console.setLevel(Level.OFF);
        try {
          LogManager.getFactory();
        } finally {
          console.setLevel(before);
        }
      }
    } catch (LinkageError e) {
      // no Log4j API here (nothing to keep quiet), or one older than 2.23 without the fallback
      // listener, which may print its notice
    }
    return true;
  }
}
