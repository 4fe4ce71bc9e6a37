/**
 * 性能基准 (benchmarks): JMH measurements of Jixiao against the physical floor and the
 * alternatives, side by side in one run, and the {@link io.github.jixiao.benchmarks.Summary}
 * table of {@code benchmarks/run}.
 */
package io.github.jixiao.benchmarks;
