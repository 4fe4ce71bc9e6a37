package io.github.jixiao.examples.spring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running service, as a host's own caller would post to it. */
final class ValidationClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final RestClient client;

  ValidationClient(int port) {
    this.client = RestClient.create("http://localhost:" + port);
  }

  /** Posts a file as the multipart part {@code file}. */
  ResponseEntity<String> upload(String fileName, MediaType partType, byte[] bytes) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(partType);
    part.setContentDisposition(ContentDisposition.formData().name("file").filename(fileName, StandardCharsets.UTF_8).build());
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(new ByteArrayResource(bytes), part));
    return client.post().uri("/validate").contentType(MediaType.MULTIPART_FORM_DATA).body(body)
        .retrieve().onStatus(status -> true, (request, response) -> { }).toEntity(String.class);
  }

  /** Posts the bytes as the request body to /validate. */
  ResponseEntity<String> post(MediaType type, byte[] bytes) {
    return post("/validate", type, bytes);
  }

  /** Posts the bytes as the request body. */
  ResponseEntity<String> post(String path, MediaType type, byte[] bytes) {
    return client.post().uri(path).contentType(type).body(bytes)
        .retrieve().onStatus(status -> true, (request, response) -> { }).toEntity(String.class);
  }

  static JsonNode json(byte[] bytes) {
    return JSON.readTree(bytes);
  }

  static JsonNode json(ResponseEntity<String> response) {
    return JSON.readTree(response.getBody());
  }

  /** Each finding of the report's one document as "SEVERITY RULE path = value", in order. */
  static List<String> findings(JsonNode reports) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : reports.path("documents").path(0).path("findings")) {
      String value = f.has("value") ? " = " + f.path("value").asString() : "";
      out.add(f.path("severity").asString() + " " + f.path("ruleId").asString() + " "
          + f.path("location").path("path").asString() + value);
    }
    return out;
  }
}
