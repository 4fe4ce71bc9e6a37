/**
 * 指标体系 (indicator frameworks): the standard level-1 and level-2 indicator categories and the two
 * national frameworks (pre-2021 and 2021) as data.
 */
package io.github.jixiao.framework;
