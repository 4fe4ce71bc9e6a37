package io.github.jixiao.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * 模型路径 (model paths): walks model values by their getters, naming each value by the JSON Pointer of the JSON format
 * ({@code /items/0/annualFunding/sources/1/label}): every text of a value, and the first place where
 * two values differ. Used to say which field a writer (Word, Excel) cannot write, so it is reflective on
 * purpose: a field added to the model is covered without touching this class.
 */
public final class ModelPaths {
  private static final String MODEL = "io.github.jixiao.";
  /** Deeper than any model value (funding sources nest a few levels). */
  private static final int MAX_DEPTH = 64;
  private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      return getters(type);
    }
  };

  private ModelPaths() {}

  /**
   * Every string of a model value with its pointer, in getter-name order.
   *
   * @param value the value
   * @param visitor receives pointer and text
   */
  public static void strings(Object value, BiConsumer<String, String> visitor) {
    strings(value, "", visitor, 0);
  }

  private static void strings(Object value, String pointer, BiConsumer<String, String> visitor, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof String s) {
      visitor.accept(pointer, s);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> strings(v, pointer, visitor, depth + 1));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        strings(list.get(i), pointer + "/" + i, visitor, depth + 1);
      }
    } else if (isModel(value)) {
      for (Method getter : GETTERS.get(value.getClass())) {
        strings(call(getter, value), pointer + "/" + property(getter), visitor, depth + 1);
      }
    }
  }

  /**
   * The pointer of the first place where two model values differ, or null when they are equal.
   *
   * @param a one value
   * @param b the other
   * @return the pointer ("" for the values themselves), or null
   */
  public static String firstDifference(Object a, Object b) {
    return firstDifference(a, b, "", 0);
  }

  private static String firstDifference(Object a, Object b, String pointer, int depth) {
    if (Objects.equals(a, b)) {
      return null;
    }
    if (a == null || b == null || depth > MAX_DEPTH) {
      return pointer;
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() && y.isPresent() ? firstDifference(x.get(), y.get(), pointer, depth + 1) : pointer;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        String found = firstDifference(x.get(i), y.get(i), pointer + "/" + i, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return pointer + "/" + Math.min(x.size(), y.size());
    }
    if (isModel(a) && a.getClass() == b.getClass()) {
      for (Method getter : GETTERS.get(a.getClass())) {
        String found = firstDifference(call(getter, a), call(getter, b), pointer + "/" + property(getter), depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return pointer;
  }

  /**
   * The value at a pointer that {@link #firstDifference} or {@link #strings} gave, or null.
   *
   * @param value the root value
   * @param pointer the pointer
   * @return the value there, unwrapped from an Optional; null when absent
   */
  public static Object valueAt(Object value, String pointer) {
    Object at = unwrap(value);
    if (pointer.isEmpty()) {
      return at;
    }
    for (String step : pointer.substring(1).split("/", -1)) {
      if (at instanceof List<?> list) {
        int i = step.chars().allMatch(Character::isDigit) && !step.isEmpty() && step.length() < 10 ? Integer.parseInt(step) : -1;
        at = i >= 0 && i < list.size() ? unwrap(list.get(i)) : null;
      } else if (at != null && isModel(at)) {
        Object next = null;
        for (Method getter : GETTERS.get(at.getClass())) {
          if (property(getter).equals(step)) {
            next = unwrap(call(getter, at));
          }
        }
        at = next;
      } else {
        return null;
      }
    }
    return at;
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }

  private static boolean isModel(Object value) {
    return value.getClass().getName().startsWith(MODEL) && !value.getClass().isEnum();
  }

  private static Object call(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return e.getClass(); // a value no other call gives: the two sides differ only if one fails
    }
  }

  /** getAnnualFunding → annualFunding, isCore → core. */
  private static String property(Method getter) {
    String name = getter.getName();
    String rest = name.startsWith("is") ? name.substring(2) : name.substring(3);
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /**
   * The public getters of a model type, taken from its public supertype (the generated immutable
   * classes are not public, so their own methods cannot be called from here).
   */
  private static List<Method> getters(Class<?> type) {
    Class<?> visible = type;
    while (visible != null && !Modifier.isPublic(visible.getModifiers())) {
      visible = visible.getSuperclass();
    }
    List<Method> getters = new ArrayList<>();
    if (visible == null) {
      return getters;
    }
    for (Method m : visible.getMethods()) {
      String name = m.getName();
      boolean named = name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2;
      if (named && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class && m.getDeclaringClass().getName().startsWith(MODEL)) {
        getters.add(m);
      }
    }
    getters.sort(Comparator.comparing(Method::getName));
    return List.copyOf(getters);
  }
}
