package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any document written twice gives the same bytes, its zip entries stamped with the fixed time. */
class DocxReproducibleProperties {

  // Each try writes a generated document twice, each time read back by the writer's own check.
  @Property(tries = 100)
  void twoWritesOfAGeneratedDisclosureAreByteIdentical(@ForAll("disclosures") Disclosure d) {
    byte[] first = DocxTesting.write(d);
    assertThat(DocxTesting.write(d)).isEqualTo(first);
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    DocxReproducibleTest.unzip(first, entries);
    assertThat(entries.values()).allSatisfy(e -> assertThat(e.getTimeLocal()).isEqualTo(StableZip.ENTRY_TIME));
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }
}
