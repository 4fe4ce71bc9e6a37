/**
 * 测试工具包 (testkit): jqwik arbitraries for every Jixiao model type ({@link
 * io.github.jixiao.testkit.JixiaoArbitraries}) and real sample documents ({@link
 * io.github.jixiao.testkit.SampleDocuments}), so that users can property-test their own budget
 * rules.
 */
package io.github.jixiao.testkit;
