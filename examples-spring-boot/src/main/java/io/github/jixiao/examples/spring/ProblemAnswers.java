package io.github.jixiao.examples.spring;

import io.github.jixiao.format.FormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * 错误应答 (problem answers): a document the service cannot read is the client's problem, said
 * as an RFC 9457 problem detail with where in the document it went wrong — not a 500.
 */
@RestControllerAdvice
public class ProblemAnswers {
  /**
   * 422 for a malformed document or one over a reader's limits, with the reason and the place;
   * also for a model type in a request body that Spring's mapper read through the Jixiao module
   * (Spring matches the handler on the exception's cause).
   *
   * @param e the reader's exception
   * @return the problem: {@code reason} (such as {@code MALFORMED}), {@code location} (such as
   *     "line 3, column 7") and the detail
   */
  @ExceptionHandler(FormatException.class)
  public ProblemDetail unreadable(FormatException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("The document cannot be read");
    problem.setProperty("reason", e.reason().name());
    problem.setProperty("location", e.location().describe());
    return problem;
  }

  /**
   * 415 for a document in no format the service reads (and any other status a handler raised),
   * with the reason as the detail.
   *
   * @param e the exception with the status and the reason
   * @return the problem
   */
  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
    if (e.getStatusCode().value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
      problem.setTitle("Not a performance-target document");
    }
    return ResponseEntity.status(e.getStatusCode()).body(problem);
  }
}
