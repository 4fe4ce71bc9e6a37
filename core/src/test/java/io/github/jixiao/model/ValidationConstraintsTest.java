package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Jakarta Validation constraints on the model, checked by Hibernate Validator. */
class ValidationConstraintsTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Set<String> violatedPaths(Object value) {
    return validator.validate(value).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static BudgetItem item(String name, String total) {
    return BudgetItem.builder()
        .name(name)
        .year(2024)
        .annualFunding(FundingSplit.of(new BigDecimal(total), FundingSource.of("财政拨款", new BigDecimal(total))))
        .annualIndicators(
            IndicatorTable.of(
                List.of(
                    Indicator.builder()
                        .level1("产出指标")
                        .level2("数量指标")
                        .name("督查次数")
                        .target("≥60次")
                        .build())))
        .build();
  }

  @Test
  void aWellFormedItemHasNoViolations() {
    assertThat(violatedPaths(item("督查考核专项经费项目", "18.00"))).isEmpty();
  }

  @Test
  void reportsABlankNameAndANegativeAmountWithTheirPaths() {
    Disclosure d = Disclosure.builder().addItem(item(" ", "-18.00")).build();

    assertThat(violatedPaths(d))
        .contains(
            "items[0].name",
            "items[0].annualFunding.total",
            "items[0].annualFunding.sources[0].amount");
  }

  @Test
  void reportsAnImplausibleYear() {
    BudgetItem item = BudgetItem.builder().name("x").year(20240).build();
    Set<ConstraintViolation<BudgetItem>> violations = validator.validate(item);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString()).contains("year");
    assertThat(violations).extracting(ConstraintViolation::getInvalidValue).contains(20240);
  }
}
