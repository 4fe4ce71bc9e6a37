package io.github.jixiao.examples.spring;

import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.json.databind.JixiaoJacksonModule;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.PolicyException;
import io.github.jixiao.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JacksonModule;

/**
 * 绩效组件 (the Jixiao beans): the formats found on the class path, the rule catalogue, the
 * policy named by {@code jixiao.policy}, and the Jackson module that lets Spring's own JSON mapper
 * read and write the model types. All are immutable and thread-safe, so one of each serves every
 * request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JixiaoProperties.class)
public class JixiaoConfiguration {
  /**
   * The Jixiao module for Spring's JSON mapper: Spring Boot adds every {@link JacksonModule} bean
   * to the {@code JsonMapper} it builds, so controllers take and return {@code Disclosure}, {@code
   * BudgetItem} and the other model types in the JSON format v1 (on Spring Boot 3, register {@code
   * JixiaoJackson2Module} of jixiao-jackson2 the same way, as a Jackson 2 {@code Module} bean).
   *
   * @return the module
   */
  @Bean
  public JacksonModule jixiaoJacksonModule() {
    return new JixiaoJacksonModule();
  }

  /**
   * The formats on the class path (Word and JSON here), discovered once.
   *
   * @return the registry
   */
  @Bean
  public FormatRegistry jixiaoFormats() {
    return FormatRegistry.discover(JixiaoConfiguration.class.getClassLoader());
  }

  /**
   * The rules the service checks with: the built-in catalogue. A host with rule packs of its own
   * builds its set with {@code RuleSet.builder()} here instead.
   *
   * @return the rule catalogue
   */
  @Bean
  public RuleSet jixiaoRules() {
    return RuleSet.catalogue();
  }

  /**
   * The policy from {@code jixiao.policy}, read once at start-up: a file that is missing or holds
   * a bad entry stops the application with the reason, rather than serving with the defaults.
   *
   * @param properties the application's Jixiao settings
   * @return the policy, {@link Policy#defaults()} when none is configured
   * @throws PolicyException when the configured file cannot be read or holds an invalid entry
   */
  @Bean
  public Policy jixiaoPolicy(JixiaoProperties properties) {
    Resource resource = properties.policy();
    if (resource == null) {
      return Policy.defaults();
    }
    try (InputStream in = resource.getInputStream()) {
      return Policy.load(in);
    } catch (IOException e) {
      throw new PolicyException("cannot read policy " + resource.getDescription() + ": " + e, e);
    } catch (PolicyException e) {
      throw new PolicyException(resource.getDescription() + ": " + e.getMessage(), e);
    }
  }
}
