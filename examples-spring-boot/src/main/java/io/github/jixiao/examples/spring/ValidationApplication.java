package io.github.jixiao.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 审核服务 (validation service): a Spring Boot web application whose {@code POST /validate}
 * reads a .docx or .json performance-target document and answers the review report as JSON.
 */
@SpringBootApplication
public class ValidationApplication {
  /**
   * Starts the service (port 8080 unless {@code server.port} says otherwise).
   *
   * @param args Spring Boot's command-line arguments, such as {@code --jixiao.policy=file:policy.properties}
   */
  public static void main(String[] args) {
    SpringApplication.run(ValidationApplication.class, args);
  }
}
