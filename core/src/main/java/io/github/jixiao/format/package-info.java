/**
 * 格式接口 (format SPI): pluggable readers and writers of performance-target documents (JSON,
 * Word, …), a registry that finds them explicitly or through {@link java.util.ServiceLoader}, the
 * single typed {@link io.github.jixiao.format.FormatException} for every reading failure, and
 * streaming of budget items in constant memory.
 *
 * <p>Like every Jixiao exception, {@code FormatException} and {@link
 * io.github.jixiao.format.FormatRegistryException} extend {@link io.github.jixiao.JixiaoException};
 * a {@code null} argument to a registry, reader or writer is a {@link NullPointerException} naming
 * the parameter.
 */
@JixiaoStyle
package io.github.jixiao.format;

import io.github.jixiao.internal.JixiaoStyle;
