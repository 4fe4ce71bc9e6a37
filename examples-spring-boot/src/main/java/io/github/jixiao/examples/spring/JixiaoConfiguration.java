package io.github.jixiao.examples.spring;

import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.PolicyException;
import io.github.jixiao.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * 绩效组件 (the Jixiao beans): the formats found on the class path, the rule catalogue and the
 * policy named by {@code jixiao.policy}. All three are immutable and thread-safe, so one of each
 * serves every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JixiaoProperties.class)
public class JixiaoConfiguration {
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
