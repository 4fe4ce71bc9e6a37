package io.github.jixiao.examples.spring;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 审核接口 (validation endpoint): {@code POST /validate} with a document, answered with its
 * review report as JSON (200 whatever the findings; 415 for a document in no known format, 422
 * for a malformed one, both as problem details).
 *
 * <pre>
 * curl -F file=@怀远县2024年绩效目标.docx http://localhost:8080/validate
 * curl -H 'Content-Type: application/json' --data-binary @doc.json http://localhost:8080/validate
 * </pre>
 *
 * <p>{@code POST /counts} shows the other way in: a disclosure in the request body read by
 * Spring's own JSON mapper, through the Jixiao Jackson module (see {@link JixiaoConfiguration}).
 */
@RestController
public class ValidationController {
  /** The report's name for a document posted as the request body without a file name. */
  static final String BODY = "request body";

  private final DocumentValidator validator;
  private final RuleSet rules;
  private final Policy policy;

  /**
   * The endpoints, validating with the application's validator, rules and policy.
   *
   * @param validator the validator of posted documents
   * @param rules the rules, for {@code /counts}
   * @param policy the policy, for {@code /counts}
   */
  public ValidationController(DocumentValidator validator, RuleSet rules, Policy policy) {
    this.validator = validator;
    this.rules = rules;
    this.policy = policy;
  }

  /** The answer of {@code /counts}: a host's own type, written by Spring's mapper. */
  public record Counts(String title, int sheets, Map<Severity, Integer> findings, Disclosure document) {}

  /**
   * Checks a disclosure that Spring's JSON mapper read (JSON format v1, through the Jixiao Jackson
   * module) and answers the counts of its findings with the document as read — written back in
   * the JSON format v1 by the same module.
   *
   * @param document the disclosure in the request body
   * @return its title, number of sheets, findings by severity, and itself
   */
  @PostMapping(path = "/counts", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public Counts counts(@RequestBody Disclosure document) {
    Report report = rules.evaluate(document, policy);
    return new Counts(document.getTitle().orElse(""), document.getItems().size(), report.countsBySeverity(), document);
  }

  /**
   * Validates a document uploaded as the multipart part {@code file}; its format by the file's
   * extension, else its part's content type, else its first bytes.
   *
   * @param file the document
   * @return the report as JSON
   * @throws IOException when the upload cannot be read
   */
  @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> validateUpload(@RequestParam("file") MultipartFile file) throws IOException {
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
        ? file.getName() : file.getOriginalFilename();
    MediaType type = file.getContentType() == null ? null : MediaType.parseMediaType(file.getContentType());
    try (InputStream in = file.getInputStream()) {
      return json(validator.validate(name, type, in));
    }
  }

  /**
   * Validates a document posted as the request body; its format by the optional {@code
   * X-File-Name} header's extension, else the content type, else its first bytes.
   *
   * @param fileName the document's name for the report, optional
   * @param request the request, whose body is read as a stream
   * @return the report as JSON
   * @throws IOException when the body cannot be read
   */
  @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> validateBody(
      @RequestHeader(name = "X-File-Name", required = false) String fileName, HttpServletRequest request)
      throws IOException {
    String name = fileName == null || fileName.isBlank() ? BODY : fileName;
    MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
    try (InputStream in = request.getInputStream()) {
      return json(validator.validate(name, type, in));
    }
  }

  private static ResponseEntity<byte[]> json(byte[] report) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }
}
