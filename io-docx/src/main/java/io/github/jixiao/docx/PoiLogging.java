package io.github.jixiao.docx;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.status.StatusConsoleListener;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Keeps Apache POI's logging off the host's stderr. POI logs through the Log4j API, whose {@link
 * LogManager} picks a logging provider once per JVM, when the first logger is asked for; in a host
 * without one (no log4j-core, log4j-to-slf4j or log4j-to-jul) it prints "Log4j API could not find
 * a logging provider" to stderr, from the writer's first POI class.
 *
 * <p>So the writer lets the Log4j API pick its provider before it touches POI, with the status
 * logger's console output off for that one call, and as it was before right after. Nothing else
 * is changed: no system property, no provider of ours, no resource on the class path (a {@code
 * log4j2.StatusLogger.properties} or {@code log4j2.component.properties} would quiet the host's
 * own Log4j status messages, such as a broken configuration, for the life of the JVM). A host that
 * asked for status output ({@code log4j2.debug}, or a status level below {@code ERROR}) sees it
 * unchanged, and a host whose Log4j was set up before the first Word write sees no difference.
 */
final class PoiLogging {
  private PoiLogging() {}

  /** Call before touching POI; the work is done once per class loader, by the holder's initialiser. */
  static void quiet() {
    boolean done = Holder.DONE; // reading the field runs the holder's initialiser, once
    assert done;
  }

  /** The Log4j API's provider, chosen quietly the first time a Word document is written. */
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
      // a Log4j API older than 2.23, without the fallback listener: it may print its notice
    }
    return true;
  }
}
