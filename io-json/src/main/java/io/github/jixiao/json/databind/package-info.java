/**
 * 绩效 JSON 与 Jackson 3 databind (the JSON format in a host's Jackson 3 databind): {@link
 * io.github.jixiao.json.databind.JixiaoJacksonModule} for a {@code JsonMapper}, and {@link
 * io.github.jixiao.json.databind.JsonTrees} for {@code JsonNode} trees. The only package of
 * jixiao-io-json that needs jackson-databind.
 */
package io.github.jixiao.json.databind;
