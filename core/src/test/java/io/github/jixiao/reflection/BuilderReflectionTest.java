package io.github.jixiao.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.ModelException;
import io.github.jixiao.value.TargetValue;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Expression languages, mappers and bean tools call builder methods by reflection from their own
 * packages: every builder of the model and of the target values must let them, setters and build()
 * alike (an IllegalAccessException here is the defect; a ModelException for a missing or invalid
 * value is the builder working).
 */
class BuilderReflectionTest {

  private static List<Class<?>> typesWithBuilders(Class<?> anchor) throws IOException, URISyntaxException {
    Path dir = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(anchor.getPackageName().replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.startsWith("Immutable")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(anchor.getPackageName() + "." + name.replace(".class", ""));
          Method builder = type.getMethod("builder");
          if (Modifier.isStatic(builder.getModifiers()) && Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        } catch (ClassNotFoundException | NoSuchMethodException e) {
          // not a value type with a builder
        }
      }
    }
    return types;
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "甲";
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return null;
  }

  @Test
  void everyBuilderMethodCanBeCalledByReflection() throws Exception {
    List<Class<?>> types = new ArrayList<>(typesWithBuilders(Disclosure.class));
    types.addAll(typesWithBuilders(TargetValue.class));
    assertThat(types).hasSizeGreaterThan(8);
    int called = 0;
    for (Class<?> type : types) {
      Object builder = type.getMethod("builder").invoke(null);
      for (Method m : builder.getClass().getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.getParameterCount() > 1) {
          continue;
        }
        Object[] args = new Object[m.getParameterCount()];
        if (args.length == 1 && (args[0] = sample(m.getParameterTypes()[0])) == null) {
          continue;
        }
        try {
          m.invoke(builder, args);
        } catch (IllegalAccessException e) {
          throw new AssertionError(type.getSimpleName() + ".Builder." + m.getName() + " cannot be called by reflection", e);
        } catch (InvocationTargetException e) {
          assertThat(e.getCause()).as(type.getSimpleName() + ".Builder." + m.getName()).isInstanceOf(ModelException.class);
        }
        called++;
      }
    }
    assertThat(called).isGreaterThanOrEqualTo(types.size());
  }
}
