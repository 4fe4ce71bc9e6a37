package io.github.jixiao.internal;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * 公开实现风格 (public-implementation style): {@link JixiaoStyle} with public generated {@code
 * Immutable*} classes, for the document model and the target values.
 *
 * <p>Not part of the API. Immutables writes builder methods as {@code public final} methods of the
 * generated builder; in a package-private class, reflection from another package (expression
 * languages, mappers, bean tools) cannot call them, even through the public {@code X.Builder} that
 * extends it, and javac cannot bridge final methods. A public generated class and builder make them
 * callable; the generated builder's constructor refuses to be called except through {@code
 * X.Builder}, so {@code X.builder()} stays the one way in.
 * The packages using this style have no attribute hidden from the API, which the package-private
 * builder methods of {@link JixiaoStyle} exist for. Every other setting must stay as in {@link
 * JixiaoStyle}: Immutables styles cannot extend each other.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
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
public @interface JixiaoPublicStyle {}
