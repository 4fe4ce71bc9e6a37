package io.github.jixiao.json;

import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.internal.Texts;
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
import io.github.jixiao.model.ModelException;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the model from JSON tokens, field by field, as docs/json-format.md describes it. Strict:
 * unknown fields, wrong types and missing required fields fail with their JSON Pointer. Fields the
 * writer adds for consumers and that are derived from others ({@code years}, {@code numbered},
 * {@code kind} of a funding source, {@code nationalCode}) are accepted and ignored.
 */
final class ModelDecoder {
  static final String FORMAT_VERSION = "1";
  static final String TYPE_DISCLOSURE = "disclosure";
  static final String TYPE_ITEM = "budgetItem";

  private final JsonInput in;

  ModelDecoder(JsonInput in) {
    this.in = in;
  }

  /**
   * A value of one of {@link JsonValues#TYPES} in the shape {@link ModelEncoder#value(Object)}
   * writes; the parser is on its first token and is left on its last.
   */
  <T> T value(Class<T> type) {
    Object value;
    if (type == Disclosure.class) {
      value = rootDisclosure();
    } else if (type == BudgetItem.class) {
      value = rootItem();
    } else if (type == DisclosureListEntry.class) {
      value = listEntry();
    } else if (type == LabelledText.class) {
      value = labelledText();
    } else if (type == SupervisingDepartment.class) {
      value = department();
    } else if (type == ProjectPeriod.class) {
      value = period();
    } else if (type == FundingSplit.class) {
      value = funding("a funding split");
    } else if (type == FundingSource.class) {
      value = source(1);
    } else if (type == Goals.class) {
      value = goals("goals");
    } else if (type == Goal.class) {
      value = goal();
    } else if (type == IndicatorTable.class) {
      value = table("an indicator table");
    } else if (type == Indicator.class) {
      value = indicator();
    } else if (type == IndicatorCategory.class) {
      value = category(0);
    } else if (type == TargetValue.class) {
      value = target();
    } else {
      throw new IllegalArgumentException("not a model type of the JSON format: " + type.getName());
    }
    return type.cast(value);
  }

  /** A root object of the given type, with its formatVersion; the parser is on START_OBJECT. */
  Disclosure rootDisclosure() {
    in.expectObject("a disclosure");
    Disclosure.Builder b = Disclosure.builder();
    Root root = new Root();
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      if (root.accept(f)) {
        continue;
      }
      switch (f) {
        case "title": b.title(optionalString(f)); break;
        case "unit": b.unit(optionalString(f)); break;
        case "year": if (!in.isNull()) { b.year(in.integer(f)); } break;
        case "listTitle": b.listTitle(optionalString(f)); break;
        case "listEntries":
          in.expectArray("\"listEntries\"");
          while (in.nextElement()) {
            b.addListEntry(listEntry());
          }
          break;
        case "listTotal": if (!in.isNull()) { b.listTotal(in.decimal(f)); } break;
        case "classifiedNote": b.classifiedNote(optionalString(f)); break;
        case "items":
          in.expectArray("\"items\"");
          while (in.nextElement()) {
            b.addItem(item());
          }
          break;
        default: in.unknownField(f, "a disclosure");
      }
    }
    root.require(TYPE_DISCLOSURE);
    return build(b::build);
  }

  /** A budget item at the root of a document or batch, with formatVersion and type. */
  BudgetItem rootItem() {
    in.expectObject("a budget item");
    BudgetItem.Builder b = BudgetItem.builder();
    Root root = new Root();
    boolean named = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      if (!root.accept(f)) {
        named |= itemField(b, f);
      }
    }
    root.require(TYPE_ITEM);
    if (!named) {
      throw in.missing("name", "a budget item");
    }
    return build(b::build);
  }

  /** The version and type fields every root object carries. */
  private final class Root {
    private String version;
    private String type;

    boolean accept(String field) {
      if (field.equals("formatVersion")) {
        version = in.string(field);
        if (!version.equals(FORMAT_VERSION)) {
          throw in.error(Reason.UNSUPPORTED_VERSION,
              "formatVersion \"" + Texts.cut(version) + "\" is not supported; this reader knows \"" + FORMAT_VERSION + "\"");
        }
        return true;
      }
      if (field.equals("type")) {
        type = in.string(field);
        return true;
      }
      return false;
    }

    void require(String expectedType) {
      if (version == null) {
        throw in.missing("formatVersion", "the document");
      }
      if (type == null) {
        throw in.missing("type", "the document");
      }
      if (!type.equals(expectedType)) {
        throw in.error(Reason.INVALID_VALUE, "expected a document of type \"" + expectedType + "\", found \"" + Texts.cut(type) + "\"");
      }
    }
  }

  private BudgetItem item() {
    in.expectObject("a budget item");
    BudgetItem.Builder b = BudgetItem.builder();
    boolean named = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      named |= itemField(b, f);
    }
    if (!named) {
      throw in.missing("name", "a budget item");
    }
    return build(b::build);
  }

  /** Reads one field of a budget item; true when it was the name. */
  private boolean itemField(BudgetItem.Builder b, String f) {
    switch (f) {
      case "name": b.name(in.string(f)); return true;
      case "year": if (!in.isNull()) { b.year(in.integer(f)); } break;
      case "responsiblePerson": b.responsiblePerson(optionalString(f)); break;
      case "contact": b.contact(optionalString(f)); break;
      case "sealUnit": b.sealUnit(optionalString(f)); break;
      case "code": b.code(optionalString(f)); break;
      case "category": b.category(optionalString(f)); break;
      case "department": if (!in.isNull()) { b.department(department()); } break;
      case "implementingUnit": b.implementingUnit(optionalString(f)); break;
      case "source": b.source(optionalString(f)); break;
      case "attribute": b.attribute(optionalString(f)); break;
      case "period": if (!in.isNull()) { b.period(period()); } break;
      case "start": b.start(optionalString(f)); break;
      case "end": b.end(optionalString(f)); break;
      case "annualFunding": if (!in.isNull()) { b.annualFunding(funding("\"annualFunding\"")); } break;
      case "mediumTermFunding": if (!in.isNull()) { b.mediumTermFunding(funding("\"mediumTermFunding\"")); } break;
      case "annualGoals": if (!in.isNull()) { b.annualGoals(goals("\"annualGoals\"")); } break;
      case "mediumTermGoals": if (!in.isNull()) { b.mediumTermGoals(goals("\"mediumTermGoals\"")); } break;
      case "annualIndicators": if (!in.isNull()) { b.annualIndicators(table("\"annualIndicators\"")); } break;
      case "mediumTermIndicators": if (!in.isNull()) { b.mediumTermIndicators(table("\"mediumTermIndicators\"")); } break;
      case "extras": b.addAllExtras(extras()); break;
      default: in.unknownField(f, "a budget item");
    }
    return false;
  }

  private DisclosureListEntry listEntry() {
    in.expectObject("a list entry");
    Integer sequence = null;
    String name = null;
    BigDecimal amount = null;
    List<LabelledText> extras = List.of();
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "sequence": sequence = in.integer(f); break;
        case "name": name = in.string(f); break;
        case "amount": amount = in.decimal(f); break;
        case "extras": extras = extras(); break;
        default: in.unknownField(f, "a list entry");
      }
    }
    require(sequence, "sequence", "a list entry");
    require(name, "name", "a list entry");
    require(amount, "amount", "a list entry");
    int s = sequence;
    String n = name;
    BigDecimal a = amount;
    List<LabelledText> x = extras;
    return build(() -> DisclosureListEntry.builder().sequence(s).name(n).amount(a).addAllExtras(x).build());
  }

  /** An {@code "extras"} array of labelled texts; the parser is on its START_ARRAY. */
  private List<LabelledText> extras() {
    in.expectArray("\"extras\"");
    List<LabelledText> extras = new ArrayList<>();
    while (in.nextElement()) {
      extras.add(labelledText());
    }
    return extras;
  }

  private LabelledText labelledText() {
    in.expectObject("a labelled text");
    String label = null;
    String text = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "label": label = in.string(f); break;
        case "text": text = in.string(f); break;
        default: in.unknownField(f, "a labelled text");
      }
    }
    require(label, "label", "a labelled text");
    require(text, "text", "a labelled text");
    String l = label;
    String t = text;
    return build(() -> LabelledText.of(l, t));
  }

  private SupervisingDepartment department() {
    in.expectObject("\"department\"");
    SupervisingDepartment.Builder b = SupervisingDepartment.builder();
    boolean named = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "code": b.code(optionalString(f)); break;
        case "name": b.name(in.string(f)); named = true; break;
        case "written": b.written(optionalString(f)); break;
        default: in.unknownField(f, "\"department\"");
      }
    }
    if (!named) {
      throw in.missing("name", "\"department\"");
    }
    return build(b::build);
  }

  private ProjectPeriod period() {
    in.expectObject("\"period\"");
    String text = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "text": text = in.string(f); break;
        case "years": in.skipValue(); break; // derived from text
        default: in.unknownField(f, "\"period\"");
      }
    }
    require(text, "text", "\"period\"");
    String t = text;
    return build(() -> ProjectPeriod.of(t));
  }

  private FundingSplit funding(String where) {
    in.expectObject(where);
    FundingSplit.Builder b = FundingSplit.builder();
    boolean total = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "total": b.total(in.decimal(f)); total = true; break;
        case "writtenUnit": if (!in.isNull()) { b.unit(enumValue(AmountUnit.class, in.string(f))); } break;
        case "sources":
          in.expectArray("\"sources\"");
          while (in.nextElement()) {
            b.addSource(source(1));
          }
          break;
        default: in.unknownField(f, where);
      }
    }
    if (!total) {
      throw in.missing("total", where);
    }
    return build(b::build);
  }

  /**
   * A funding source at a level of its tree (1 at the top). A source below the model's deepest
   * level is refused where it starts, before the decoder descends into it: the reader's own depth
   * limit may be set far higher, and the model would refuse the tree anyway.
   */
  private FundingSource source(int level) {
    if (level > FundingSource.MAX_DEPTH) {
      throw in.error(Reason.INVALID_VALUE, "FundingSource.children: funding sources nest at most "
          + FundingSource.MAX_DEPTH + " levels deep (FundingSource.MAX_DEPTH)");
    }
    in.expectObject("a funding source");
    FundingSource.Builder b = FundingSource.builder();
    boolean label = false;
    boolean amount = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "label": b.label(in.string(f)); label = true; break;
        case "amount": b.amount(in.decimal(f)); amount = true; break;
        case "kind": in.skipValue(); break; // derived from label
        case "children":
          in.expectArray("\"children\"");
          while (in.nextElement()) {
            b.addChild(source(level + 1));
          }
          break;
        default: in.unknownField(f, "a funding source");
      }
    }
    if (!label) {
      throw in.missing("label", "a funding source");
    }
    if (!amount) {
      throw in.missing("amount", "a funding source");
    }
    return build(b::build);
  }

  private Goals goals(String where) {
    in.expectObject(where);
    String text = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "text": text = in.string(f); break;
        case "numbered": in.skipValue(); break; // derived from text
        default: in.unknownField(f, where);
      }
    }
    require(text, "text", where);
    String t = text;
    return build(() -> Goals.of(t));
  }

  /** A numbered goal, as the writer lists it under "numbered" (a goals text is read whole, not from these). */
  private Goal goal() {
    in.expectObject("a numbered goal");
    Integer number = null;
    String text = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "number": number = in.integer(f); break;
        case "text": text = in.string(f); break;
        default: in.unknownField(f, "a numbered goal");
      }
    }
    require(number, "number", "a numbered goal");
    require(text, "text", "a numbered goal");
    int n = number;
    String t = text;
    return build(() -> Goal.of(n, t));
  }

  private IndicatorTable table(String where) {
    in.expectObject(where);
    IndicatorTable.Builder b = IndicatorTable.builder();
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "optionalColumns":
          in.expectArray("\"optionalColumns\"");
          while (in.nextElement()) {
            b.addOptionalColumn(enumValue(IndicatorColumn.class, in.string("optionalColumns")));
          }
          break;
        case "rows":
          in.expectArray("\"rows\"");
          while (in.nextElement()) {
            b.addRow(indicator());
          }
          break;
        default: in.unknownField(f, where);
      }
    }
    return build(b::build);
  }

  private Indicator indicator() {
    in.expectObject("an indicator");
    Indicator.Builder b = Indicator.builder();
    boolean level1 = false;
    boolean level2 = false;
    boolean name = false;
    boolean target = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "level1": b.level1(category(1)); level1 = true; break;
        case "level2": b.level2(category(2)); level2 = true; break;
        case "name": b.name(in.string(f)); name = true; break;
        case "target": b.target(target()); target = true; break;
        case "core": b.core(in.bool(f)); break;
        case "unit": b.unit(optionalString(f)); break;
        case "comparatorText": b.comparatorText(optionalString(f)); break;
        case "weight": if (!in.isNull()) { b.weight(in.decimal(f)); } break;
        case "basis": b.basis(optionalString(f)); break;
        case "scoring": b.scoring(optionalString(f)); break;
        case "remark": b.remark(optionalString(f)); break;
        default: in.unknownField(f, "an indicator");
      }
    }
    if (!level1) {
      throw in.missing("level1", "an indicator");
    }
    if (!level2) {
      throw in.missing("level2", "an indicator");
    }
    if (!name) {
      throw in.missing("name", "an indicator");
    }
    if (!target) {
      throw in.missing("target", "an indicator");
    }
    return build(b::build);
  }

  /**
   * A category of an indicator at level 1 or 2; without {@code "standard"} its standard category is
   * recognised from the label at that level. A category read on its own (level 0) has no level to
   * recognise at, and needs {@code "standard"} (which the writer always writes).
   */
  private IndicatorCategory category(int level) {
    in.expectObject("a category");
    String label = null;
    String standard = null;
    boolean standardGiven = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "label": label = in.string(f); break;
        case "standard": standard = optionalString(f); standardGiven = true; break;
        default: in.unknownField(f, "a category");
      }
    }
    require(label, "label", "a category");
    if (!standardGiven && level == 0) {
      throw in.missing("standard", "a category");
    }
    if (!standardGiven) {
      return level == 1 ? IndicatorCategory.level1(label) : IndicatorCategory.level2(label);
    }
    String l = label;
    StandardCategory s = standard == null ? null : StandardCategory.fromCode(standard)
        .orElseThrow(() -> in.error(Reason.INVALID_VALUE, "unknown standard category code in a category"));
    return build(() -> IndicatorCategory.of(l, s));
  }

  /** A target: built from its parts when "kind" is given, otherwise parsed from "raw". */
  private TargetValue target() {
    in.expectObject("\"target\"");
    TargetValue.Builder b = TargetValue.builder();
    String raw = null;
    boolean kind = false;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "raw": raw = in.string(f); b.raw(raw); break;
        case "kind": b.kind(enumValue(TargetKind.class, in.string(f))); kind = true; break;
        case "comparator": if (!in.isNull()) { b.comparator(enumValue(ComparisonOperator.class, in.string(f))); } break;
        case "value": if (!in.isNull()) { b.value(in.decimal(f)); } break;
        case "upperValue": if (!in.isNull()) { b.upperValue(in.decimal(f)); } break;
        case "unit": b.unit(optionalString(f)); break;
        case "text": b.text(optionalString(f)); break;
        case "nationalCode": in.skipValue(); break; // derived from kind and comparator
        default: in.unknownField(f, "\"target\"");
      }
    }
    require(raw, "raw", "\"target\"");
    if (!kind) {
      return TargetValue.parse(raw);
    }
    return build(b::build);
  }

  private String optionalString(String field) {
    return in.isNull() ? null : in.string(field);
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw in.error(Reason.INVALID_VALUE, "\"" + Texts.cut(name) + "\" is not a " + type.getSimpleName() + " (one of "
          + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
  }

  private void require(Object value, String field, String where) {
    if (value == null) {
      throw in.missing(field, where);
    }
  }

  /** Builds a value; what the model rejects is an invalid value at the current location. */
  private <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ModelException e) {
      throw in.error(Reason.INVALID_VALUE, Texts.cut(e.getMessage()), e);
    }
  }

}
