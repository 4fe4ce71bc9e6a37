package io.github.jixiao.examples.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * 绩效配置 (Jixiao settings) of the application, under the prefix {@code jixiao}.
 *
 * @param policy the review policy, a UTF-8 {@code .properties} file in the format of {@link
 *     io.github.jixiao.rules.Policy#load(java.io.InputStream)}, such as {@code
 *     classpath:policy.properties} or {@code file:/etc/jixiao/policy.properties}; null for the
 *     defaults
 */
@ConfigurationProperties("jixiao")
public record JixiaoProperties(Resource policy) {}
