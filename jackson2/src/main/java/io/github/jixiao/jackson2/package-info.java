/**
 * 绩效 Jackson 2 模块 (the Jixiao module for Jackson 2): {@link
 * io.github.jixiao.jackson2.JixiaoJackson2Module} makes a host's Jackson 2 {@code ObjectMapper}
 * read and write the model in the Jixiao JSON format v1.
 */
package io.github.jixiao.jackson2;
