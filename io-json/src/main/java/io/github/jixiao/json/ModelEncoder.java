package io.github.jixiao.json;

import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model as JSON tokens in the order docs/json-format.md gives. Absent optional fields
 * are left out; amounts are strings holding the written decimal; derived fields useful to
 * consumers ({@code years}, {@code numbered}, {@code kind}, {@code nationalCode}) are added.
 */
final class ModelEncoder {
  private final JsonGenerator out;

  ModelEncoder(JsonGenerator out) {
    this.out = out;
  }

  void rootDisclosure(Disclosure d) {
    out.writeStartObject();
    root(ModelDecoder.TYPE_DISCLOSURE);
    string("title", d.getTitle());
    string("unit", d.getUnit());
    integer("year", d.getYear());
    string("listTitle", d.getListTitle());
    out.writeName("listEntries");
    out.writeStartArray();
    for (DisclosureListEntry e : d.getListEntries()) {
      out.writeStartObject();
      out.writeNumberProperty("sequence", e.getSequence());
      out.writeStringProperty("name", e.getName());
      decimal("amount", e.getAmount());
      extras(e.getExtras());
      out.writeEndObject();
    }
    out.writeEndArray();
    if (d.getListTotal().isPresent()) {
      decimal("listTotal", d.getListTotal().get());
    }
    string("classifiedNote", d.getClassifiedNote());
    out.writeName("items");
    out.writeStartArray();
    for (BudgetItem item : d.getItems()) {
      out.writeStartObject();
      itemFields(item);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  void rootItem(BudgetItem item) {
    out.writeStartObject();
    root(ModelDecoder.TYPE_ITEM);
    itemFields(item);
    out.writeEndObject();
  }

  private void root(String type) {
    out.writeStringProperty("formatVersion", ModelDecoder.FORMAT_VERSION);
    out.writeStringProperty("type", type);
  }

  private void itemFields(BudgetItem item) {
    out.writeStringProperty("name", item.getName());
    integer("year", item.getYear());
    string("responsiblePerson", item.getResponsiblePerson());
    string("contact", item.getContact());
    string("sealUnit", item.getSealUnit());
    string("code", item.getCode());
    string("category", item.getCategory());
    if (item.getDepartment().isPresent()) {
      SupervisingDepartment d = item.getDepartment().get();
      out.writeName("department");
      out.writeStartObject();
      string("code", d.getCode());
      out.writeStringProperty("name", d.getName());
      string("written", d.getWritten());
      out.writeEndObject();
    }
    string("implementingUnit", item.getImplementingUnit());
    string("source", item.getSource());
    string("attribute", item.getAttribute());
    if (item.getPeriod().isPresent()) {
      ProjectPeriod p = item.getPeriod().get();
      out.writeName("period");
      out.writeStartObject();
      out.writeStringProperty("text", p.getText());
      integer("years", p.years());
      out.writeEndObject();
    }
    string("start", item.getStart());
    string("end", item.getEnd());
    funding("annualFunding", item.getAnnualFunding());
    funding("mediumTermFunding", item.getMediumTermFunding());
    goals("annualGoals", item.getAnnualGoals());
    goals("mediumTermGoals", item.getMediumTermGoals());
    table("annualIndicators", item.getAnnualIndicators());
    if (item.getMediumTermIndicators().isPresent()) {
      table("mediumTermIndicators", item.getMediumTermIndicators().get());
    }
    extras(item.getExtras());
  }

  /** Labelled texts as {@code "extras": [{"label", "text"}]}, left out when there are none. */
  private void extras(List<LabelledText> extras) {
    if (extras.isEmpty()) {
      return;
    }
    out.writeName("extras");
    out.writeStartArray();
    for (LabelledText e : extras) {
      out.writeStartObject();
      out.writeStringProperty("label", e.getLabel());
      out.writeStringProperty("text", e.getText());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void funding(String name, Optional<FundingSplit> funding) {
    if (funding.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartObject();
    decimal("total", funding.get().getTotal());
    if (funding.get().getUnit() != AmountUnit.WAN_YUAN) {
      out.writeStringProperty("writtenUnit", funding.get().getUnit().name());
    }
    out.writeName("sources");
    sources(funding.get().getSources());
    out.writeEndObject();
  }

  private void sources(List<FundingSource> sources) {
    out.writeStartArray();
    for (FundingSource s : sources) {
      out.writeStartObject();
      out.writeStringProperty("label", s.getLabel());
      out.writeStringProperty("kind", s.kind().name());
      decimal("amount", s.getAmount());
      if (!s.getChildren().isEmpty()) {
        out.writeName("children");
        sources(s.getChildren());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void goals(String name, Optional<Goals> goals) {
    if (goals.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartObject();
    out.writeStringProperty("text", goals.get().getText());
    List<Goal> numbered = goals.get().numbered();
    if (!numbered.isEmpty()) {
      out.writeName("numbered");
      out.writeStartArray();
      for (Goal g : numbered) {
        out.writeStartObject();
        out.writeNumberProperty("number", g.getNumber());
        out.writeStringProperty("text", g.getText());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void table(String name, IndicatorTable table) {
    out.writeName(name);
    out.writeStartObject();
    if (!table.getOptionalColumns().isEmpty()) {
      out.writeName("optionalColumns");
      out.writeStartArray();
      for (IndicatorColumn c : table.getOptionalColumns()) {
        out.writeString(c.name());
      }
      out.writeEndArray();
    }
    out.writeName("rows");
    out.writeStartArray();
    for (Indicator row : table.getRows()) {
      indicator(row);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void indicator(Indicator i) {
    out.writeStartObject();
    category("level1", i.getLevel1());
    category("level2", i.getLevel2());
    out.writeStringProperty("name", i.getName());
    if (i.isCore()) {
      out.writeBooleanProperty("core", true);
    }
    target(i.getTarget());
    string("unit", i.getUnit());
    string("comparatorText", i.getComparatorText());
    if (i.getWeight().isPresent()) {
      decimal("weight", i.getWeight().get());
    }
    string("basis", i.getBasis());
    string("scoring", i.getScoring());
    string("remark", i.getRemark());
    out.writeEndObject();
  }

  private void category(String name, IndicatorCategory c) {
    out.writeName(name);
    out.writeStartObject();
    out.writeStringProperty("label", c.getLabel());
    out.writeName("standard");
    if (c.getStandard().isPresent()) {
      out.writeString(c.getStandard().get().code());
    } else {
      out.writeNull();
    }
    out.writeEndObject();
  }

  private void target(TargetValue t) {
    out.writeName("target");
    out.writeStartObject();
    out.writeStringProperty("raw", t.getRaw());
    out.writeStringProperty("kind", t.getKind().name());
    if (t.getComparator().isPresent()) {
      out.writeStringProperty("comparator", t.getComparator().get().name());
    }
    if (t.getValue().isPresent()) {
      decimal("value", t.getValue().get());
    }
    if (t.getUpperValue().isPresent()) {
      decimal("upperValue", t.getUpperValue().get());
    }
    string("unit", t.getUnit());
    string("text", t.getText());
    integer("nationalCode", t.nationalComparatorCode());
    out.writeEndObject();
  }

  private void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.get());
    }
  }

  private void integer(String name, OptionalInt value) {
    if (value.isPresent()) {
      out.writeNumberProperty(name, value.getAsInt());
    }
  }

  private void decimal(String name, BigDecimal value) {
    out.writeStringProperty(name, value.toPlainString());
  }
}
