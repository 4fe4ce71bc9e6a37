package io.github.jixiao.internal;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * 值类型风格 (value-type style): the one Immutables style shared by every Jixiao value type.
 *
 * <p>Not part of the API. It makes the generated {@code Immutable*} classes package-private, keeps
 * the generated code free of Guava, names accessors {@code getX()} / {@code isX()} (so that
 * Jakarta Validation and bean tools see them as properties) while builder methods stay plain
 * ({@code name(..)}), and turns nulls and missing required values into {@link ModelException}s
 * that name the field. The builder methods of a package-private attribute are package-private
 * too, so that a value type can keep an attribute out of its API and offer its own checked
 * builder method for it (the format settings that {@code ReadOptions.Builder.with(…)} adds). The
 * generated classes carry no {@code @Generated} annotation of Immutables (only {@code @Override}
 * is allowed from the class path): the annotations module is compile-only ({@code requires
 * static}), and javac compiling against core would warn about its missing annotation type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    depluralizeDictionary = {"child:children"},
    defaults = @Value.Immutable(copy = false),
    alwaysPublicInitializers = false,
    throwForInvalidImmutableState = ModelException.class,
    throwForNullPointer = MissingValueException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface JixiaoStyle {}
