package io.github.jixiao.docx;

import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import org.apache.logging.log4j.LogManager;

/**
 * Run in a JVM of its own by {@link WordWriteStderrTest}: writes the sample the ways a host does
 * (a disclosure, one sheet, a batch) and says on stdout what it wrote and whether a Log4j
 * configuration resource is on the class path, and which logger factory the Log4j API chose: a
 * provider on the class path, or a configuration resource, would make its silence prove nothing.
 */
public final class QuietWordWrite {
  private QuietWordWrite() {}

  /**
   * Writes the sample.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ClassLoader loader = QuietWordWrite.class.getClassLoader();
    for (String resource : new String[] {"log4j2.component.properties", "log4j2.StatusLogger.properties"}) {
      System.out.println(resource + (loader.getResource(resource) == null ? " absent" : " PRESENT"));
    }
    DocumentWriter word = FormatRegistry.discover(loader).byId("docx").orElseThrow().writer(WriteOptions.defaults());
    Disclosure sample = SampleDocuments.huaiyuan2024();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    word.writeDisclosure(sample, out);
    word.writeItem(sample.getItems().get(0), out);
    try (ItemWriter batch = word.openItems(out)) {
      sample.getItems().forEach(batch::write);
    }
    System.out.println("wrote " + out.size() + " bytes");
    System.out.println("log4j factory " + LogManager.getFactory().getClass().getName());
  }
}
