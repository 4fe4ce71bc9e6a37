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

  /**
   * Any value of {@link JsonValues#TYPES} in its shape: a disclosure or an item as a root object
   * (with formatVersion and type), any other model value as it stands inside an item.
   */
  void value(Object v) {
    if (v instanceof Disclosure) {
      rootDisclosure((Disclosure) v);
    } else if (v instanceof BudgetItem) {
      rootItem((BudgetItem) v);
    } else if (v instanceof DisclosureListEntry) {
      listEntry((DisclosureListEntry) v);
    } else if (v instanceof LabelledText) {
      labelledText((LabelledText) v);
    } else if (v instanceof SupervisingDepartment) {
      department((SupervisingDepartment) v);
    } else if (v instanceof ProjectPeriod) {
      period((ProjectPeriod) v);
    } else if (v instanceof FundingSplit) {
      funding((FundingSplit) v);
    } else if (v instanceof FundingSource) {
      source((FundingSource) v);
    } else if (v instanceof Goals) {
      goals((Goals) v);
    } else if (v instanceof Goal) {
      goal((Goal) v);
    } else if (v instanceof IndicatorTable) {
      table((IndicatorTable) v);
    } else if (v instanceof Indicator) {
      indicator((Indicator) v);
    } else if (v instanceof IndicatorCategory) {
      category((IndicatorCategory) v);
    } else if (v instanceof TargetValue) {
      target((TargetValue) v);
    } else {
      throw new IllegalArgumentException("not a model type of the JSON format: " + v.getClass().getName());
    }
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
      listEntry(e);
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

  private void listEntry(DisclosureListEntry e) {
    out.writeStartObject();
    out.writeNumberProperty("sequence", e.getSequence());
    out.writeStringProperty("name", e.getName());
    decimal("amount", e.getAmount());
    extras(e.getExtras());
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
      out.writeName("department");
      department(item.getDepartment().get());
    }
    string("implementingUnit", item.getImplementingUnit());
    string("source", item.getSource());
    string("attribute", item.getAttribute());
    if (item.getPeriod().isPresent()) {
      out.writeName("period");
      period(item.getPeriod().get());
    }
    string("start", item.getStart());
    string("end", item.getEnd());
    funding("annualFunding", item.getAnnualFunding());
    funding("mediumTermFunding", item.getMediumTermFunding());
    goals("annualGoals", item.getAnnualGoals());
    goals("mediumTermGoals", item.getMediumTermGoals());
    out.writeName("annualIndicators");
    table(item.getAnnualIndicators());
    if (item.getMediumTermIndicators().isPresent()) {
      out.writeName("mediumTermIndicators");
      table(item.getMediumTermIndicators().get());
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
      labelledText(e);
    }
    out.writeEndArray();
  }

  private void labelledText(LabelledText e) {
    out.writeStartObject();
    out.writeStringProperty("label", e.getLabel());
    out.writeStringProperty("text", e.getText());
    out.writeEndObject();
  }

  private void department(SupervisingDepartment d) {
    out.writeStartObject();
    string("code", d.getCode());
    out.writeStringProperty("name", d.getName());
    string("written", d.getWritten());
    out.writeEndObject();
  }

  private void period(ProjectPeriod p) {
    out.writeStartObject();
    out.writeStringProperty("text", p.getText());
    integer("years", p.years());
    out.writeEndObject();
  }

  private void funding(String name, Optional<FundingSplit> funding) {
    if (funding.isPresent()) {
      out.writeName(name);
      funding(funding.get());
    }
  }

  private void funding(FundingSplit funding) {
    out.writeStartObject();
    decimal("total", funding.getTotal());
    if (funding.getUnit() != AmountUnit.WAN_YUAN) {
      out.writeStringProperty("writtenUnit", funding.getUnit().name());
    }
    out.writeName("sources");
    sources(funding.getSources());
    out.writeEndObject();
  }

  private void sources(List<FundingSource> sources) {
    out.writeStartArray();
    for (FundingSource s : sources) {
      source(s);
    }
    out.writeEndArray();
  }

  private void source(FundingSource s) {
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

  private void goals(String name, Optional<Goals> goals) {
    if (goals.isPresent()) {
      out.writeName(name);
      goals(goals.get());
    }
  }

  private void goals(Goals goals) {
    out.writeStartObject();
    out.writeStringProperty("text", goals.getText());
    List<Goal> numbered = goals.numbered();
    if (!numbered.isEmpty()) {
      out.writeName("numbered");
      out.writeStartArray();
      for (Goal g : numbered) {
        goal(g);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void goal(Goal g) {
    out.writeStartObject();
    out.writeNumberProperty("number", g.getNumber());
    out.writeStringProperty("text", g.getText());
    out.writeEndObject();
  }

  private void table(IndicatorTable table) {
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
    out.writeName("target");
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
    category(c);
  }

  private void category(IndicatorCategory c) {
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
