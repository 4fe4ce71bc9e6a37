package io.github.jixiao.json.databind;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.json.JsonValues;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON 树 (model values as Jackson 3 trees): writes a model value to a {@link JsonNode} and reads
 * it back, in the shape of the JSON format v1 ({@link JsonValues}). A tree that is not the type's
 * shape fails with a {@link FormatException} whose JSON Pointer says where in the tree.
 *
 * <p>Needs {@code tools.jackson.core:jackson-databind} on the class path (see {@link
 * JixiaoJacksonModule}).
 */
public final class JsonTrees {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonTrees() {}

  /**
   * Writes a model value as a tree: a disclosure or an item as a root object with {@code
   * formatVersion} and {@code type}; amounts are text nodes, as in the format.
   *
   * @param value a value of one of {@link JsonValues#TYPES}
   * @return the tree
   * @throws IllegalArgumentException when the value is of none of {@link JsonValues#TYPES}
   */
  public static JsonNode writeToTree(Object value) {
    return MAPPER.readTree(JsonValues.write(value));
  }

  /**
   * Reads a disclosure from a tree.
   *
   * @param tree a root object of type {@code disclosure}
   * @return the disclosure
   * @throws FormatException when the tree is not a disclosure in format v1
   */
  public static Disclosure readDisclosure(JsonNode tree) {
    return read(tree, Disclosure.class);
  }

  /**
   * Reads a single budget item from a tree.
   *
   * @param tree a root object of type {@code budgetItem}
   * @return the item
   * @throws FormatException when the tree is not a budget item in format v1
   */
  public static BudgetItem readItem(JsonNode tree) {
    return read(tree, BudgetItem.class);
  }

  /**
   * Reads a model value from a tree with the format's default reading.
   *
   * @param tree the tree
   * @param type one of {@link JsonValues#TYPES}
   * @param <T> the type
   * @return the value
   * @throws FormatException when the tree is not the type's shape
   * @throws IllegalArgumentException when the type is none of {@link JsonValues#TYPES}
   */
  public static <T> T read(JsonNode tree, Class<T> type) {
    Objects.requireNonNull(tree, "tree");
    try (JsonParser p = MAPPER.treeAsTokens(tree)) {
      return JsonValues.read(p, type);
    }
  }
}
