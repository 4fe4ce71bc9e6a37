/**
 * 示例：Spring Boot 审核服务 (example: a Spring Boot validation service). {@link
 * io.github.jixiao.examples.spring.ValidationApplication} answers {@code POST /validate} — a
 * .docx or .json document, as a multipart file or as the request body — with the review report
 * as JSON; the policy comes from the application's configuration ({@code jixiao.policy}).
 */
package io.github.jixiao.examples.spring;
