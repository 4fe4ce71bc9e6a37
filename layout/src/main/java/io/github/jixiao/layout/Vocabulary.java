package io.github.jixiao.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 标签词表 (label vocabulary): every label of the target sheets and its variants, read from the
 * resource {@code io/github/jixiao/layout/vocabulary.txt}, so that a new wording of a known label
 * is one line of data, not code. Terms are named {@code group.term} ({@code field.name}, {@code
 * funding.total}, {@code column.target}, …); the first variant of a term is its standard wording,
 * which writers use.
 *
 * <p>Labels are matched by {@link #match(String, String)} after the normalisation people's
 * templates need: inner whitespace and line breaks, full- and half-width forms, trailing colons, a
 * leading "其中" and a bracketed hint at the end do not change which label a cell is.
 */
public final class Vocabulary {
  /** The groups whose labels start a part of a sheet (a field, a goal, a block, a line), in priority order. */
  private static final List<String> LABEL_GROUPS = List.of("field", "goal", "funding", "indicator", "note", "footer", "doc", "heading");
  /** Funding words that mean something only inside a funding block. */
  private static final Set<String> NOT_LABELS = Set.of("funding.annual", "funding.medium", "funding.header",
      "funding.unit");
  // after the constants above, which the constructor reads
  private static final Vocabulary DEFAULTS = load();

  /** group → key → term */
  private final Map<String, Map<String, String>> terms;
  /** term → its variants as written, the standard one first */
  private final Map<String, List<String>> variants;
  /** term → the comparison keys of its variants, computed once */
  private final Map<String, List<String>> keys = new HashMap<>();
  /** key → term for the labels that start a part of a sheet, in the priority of {@link #LABEL_GROUPS} */
  private final Map<String, String> labelTerms = new HashMap<>();

  private Vocabulary(Map<String, Map<String, String>> terms, Map<String, List<String>> variants) {
    this.terms = terms;
    this.variants = variants;
    for (Map.Entry<String, List<String>> e : variants.entrySet()) {
      List<String> k = new ArrayList<>();
      for (String v : e.getValue()) {
        k.add(Label.key(v));
      }
      keys.put(e.getKey(), List.copyOf(k));
    }
    for (String group : LABEL_GROUPS) {
      for (Map.Entry<String, String> e : terms.getOrDefault(group, Map.of()).entrySet()) {
        if (!NOT_LABELS.contains(e.getValue())) {
          labelTerms.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
  }


  /**
   * The term of a label that starts a part of the sheet (a field, goal, funding block, indicator
   * section, note, footer line or heading), or null for a value.
   */
  String labelTerm(Label label) {
    String term = labelTerms.get(label.key);
    return term != null || label.base.isEmpty() ? term : labelTerms.get(label.base);
  }

  /**
   * The vocabulary shipped with Jixiao.
   *
   * @return the vocabulary
   */
  public static Vocabulary defaults() {
    return DEFAULTS;
  }

  /**
   * The term a label names within one group, such as {@code match("field", "项 目 名 称：")} giving
   * {@code field.name}.
   *
   * @param group the group: heading, list, doc, field, funding, goal, indicator, period, column,
   *     note or footer
   * @param text the label as written
   * @return the term, or empty when the text is no label of the group
   */
  public Optional<String> match(String group, String text) {
    return Optional.ofNullable(term(group, Label.of(text)));
  }

  /**
   * The standard wording of a term, as writers write it.
   *
   * @param term a term such as {@code field.name}
   * @return the wording, such as 项目名称
   * @throws IllegalArgumentException for a term the vocabulary does not have
   */
  public String standard(String term) {
    return variants(term).get(0);
  }

  /**
   * Every wording of a term, the standard one first.
   *
   * @param term a term such as {@code goal.medium}
   * @return the wordings
   * @throws IllegalArgumentException for a term the vocabulary does not have
   */
  public List<String> variants(String term) {
    List<String> v = variants.get(term);
    if (v == null) {
      throw new IllegalArgumentException("the vocabulary has no term " + term);
    }
    return v;
  }

  /** The comparison keys of a term's variants, as {@link Label#key} gives them. */
  List<String> keys(String term) {
    List<String> k = keys.get(term);
    if (k == null) {
      throw new IllegalArgumentException("the vocabulary has no term " + term);
    }
    return k;
  }

  /** The term of a parsed label: its whole key first (单位（盖章）), then its base (项目资金). */
  String term(String group, Label label) {
    Map<String, String> byKey = terms.get(group);
    if (byKey == null) {
      return null;
    }
    String term = byKey.get(label.key);
    if (term == null && !label.base.isEmpty()) {
      term = byKey.get(label.base);
    }
    return term;
  }

  private static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
      if (in == null) {
        throw new IllegalStateException("io/github/jixiao/layout/vocabulary.txt is missing from the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the label vocabulary", e);
    }
  }

  static Vocabulary parse(BufferedReader lines) throws IOException {
    Map<String, Map<String, String>> terms = new HashMap<>();
    Map<String, List<String>> variants = new LinkedHashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("vocabulary line " + number + " is not \"term = variant | variant\": " + line);
      }
      String term = trimmed.substring(0, eq).strip();
      String group = term.contains(".") ? term.substring(0, term.indexOf('.')) : term;
      List<String> written = new ArrayList<>();
      for (String variant : trimmed.substring(eq + 1).split("\\|")) {
        String v = variant.strip();
        if (v.isEmpty()) {
          continue;
        }
        written.add(v);
        String previous = terms.computeIfAbsent(group, g -> new HashMap<>()).putIfAbsent(Label.key(v), term);
        if (previous != null && !previous.equals(term)) {
          throw new IllegalStateException("vocabulary line " + number + ": \"" + v + "\" is already a variant of " + previous);
        }
      }
      variants.put(term, Collections.unmodifiableList(written));
    }
    return new Vocabulary(terms, variants);
  }
}
