package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.testkit.SampleDocuments;
import io.github.jixiao.value.TargetKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed document and a document with every optional field round-trip, and the schema knows every field. */
class JsonRoundTripTest {

  @Test
  void theSeedRoundTrips() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    String json = JsonTesting.write(seed);
    assertThat(JsonTesting.readDisclosure(json)).isEqualTo(seed);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
    // the schema is not vacuous
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json.replace("\"type\" : \"disclosure\"", "\"type\" : \"other\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json.replace("\"amount\" : \"18.00\"", "\"amount\" : \"18,00\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json.replace("\"raw\" : \"≥60次\",", ""))).isNotEmpty();
  }

  @Test
  void everyFieldTheSeedLeavesOutRoundTrips() {
    Disclosure rich = JsonTesting.richSample();
    String json = JsonTesting.write(rich);
    assertThat(JsonTesting.readDisclosure(json)).isEqualTo(rich);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
    JsonNode tree = JsonMapper.builder().build().readTree(json);
    assertThat(tree.at("/items/0/code").asString()).isEqualTo("341021-24-0001");
    assertThat(tree.at("/items/0/category").asString()).isEqualTo("一般性项目□ 专项类项目√");
    assertThat(tree.at("/items/0/annualFunding/total").asString()).isEqualTo("18.000000");
    assertThat(tree.at("/items/0/annualFunding/writtenUnit").asString()).isEqualTo("YUAN");
    assertThat(tree.at("/items/0/annualIndicators/optionalColumns").toString()).isEqualTo("[\"WEIGHT\",\"SCORING\"]");
    assertThat(tree.at("/items/0/annualIndicators/rows/0/scoring").asString()).isEqualTo("完成得满分，未完成不得分");
    assertThat(tree.at("/items/0/extras").toString())
        .isEqualTo("[{\"label\":\"立项依据\",\"text\":\"《怀远县督查考核工作办法》\"},{\"label\":\"其他说明的问题\",\"text\":\"\"}]");
    assertThat(tree.at("/listTotal").asString()).isEqualTo("572.0");
    assertThat(tree.at("/listEntries/0/extras").toString()).isEqualTo("[{\"label\":\"备注\",\"text\":\"新增\"}]");
    // left out where the value is absent, the default or an empty list
    assertThat(tree.at("/items/1/annualFunding").has("writtenUnit")).isFalse();
    assertThat(tree.at("/items/1").has("extras")).isFalse();
    assertThat(tree.at("/items/1").has("code")).isFalse();
    // an explicit default unit reads as the default
    assertThat(JsonTesting.readDisclosure(replaced(json, "\"total\" : \"24.37\",", "\"total\" : \"24.37\", \"writtenUnit\" : \"WAN_YUAN\",")))
        .isEqualTo(rich);
    // each new field, as a single item too
    BudgetItem item = rich.getItems().get(0);
    assertThat(JsonTesting.readItem(JsonTesting.write(item))).isEqualTo(item);
    // the schema knows the new fields' types
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, replaced(json, "\"writtenUnit\" : \"YUAN\"", "\"writtenUnit\" : \"元\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, replaced(json, "\"listTotal\" : \"572.0\"", "\"listTotal\" : \"572,0\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, replaced(json, "\"text\" : \"新增\"", "\"text\" : 1"))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, replaced(json, "\"label\" : \"立项依据\",", ""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, replaced(json, "\"code\" : \"341021-24-0001\"", "\"code\" : 341021"))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, replaced(json, "\"scoring\" : \"完成得满分，未完成不得分\"", "\"scoring\" : []"))).isNotEmpty();
  }

  @Test
  void theSchemaNamesEveryConstantOfTheEnumsItLists() throws IOException {
    JsonNode defs;
    try (InputStream in = JsonFormat.class.getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
      defs = JsonMapper.builder().build().readTree(in).get("$defs");
    }
    assertThat(enumOf(defs.at("/fundingSource/properties/kind/enum"))).containsExactlyElementsOf(names(FundingSourceKind.class));
    assertThat(enumOf(defs.at("/indicatorTable/properties/optionalColumns/items/enum"))).containsExactlyElementsOf(names(IndicatorColumn.class));
    assertThat(enumOf(defs.at("/funding/properties/writtenUnit/enum"))).containsExactlyElementsOf(names(AmountUnit.class));
    assertThat(enumOf(defs.at("/target/properties/kind/enum"))).containsExactlyElementsOf(names(TargetKind.class));
  }

  private static List<String> enumOf(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> {
      if (!v.isNull()) {
        values.add(v.asString());
      }
    });
    assertThat(values).as("an enum in the schema").isNotEmpty();
    return values;
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return names;
  }

  /** The JSON with one piece replaced, which must be there. */
  private static String replaced(String json, String from, String to) {
    assertThat(json).contains(from);
    return json.replace(from, to);
  }
}
