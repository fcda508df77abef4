package br.org.teia.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.ApiProblems;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiExceptionHandlerTest {

  private final ApiProblems problems = mock(ApiProblems.class);
  private final ApiExceptionHandler handler = new ApiExceptionHandler(problems);

  @Test
  void a_refusal_that_names_its_field_puts_it_in_the_problem_details() {
    when(problems.problem(any(), eq(HttpStatus.UNPROCESSABLE_CONTENT), eq("structure.unit.duplicate"), any()))
        .thenAnswer(call -> ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT));

    ProblemDetail problem = handler.refused(new DomainRefusal("name", "structure.unit.duplicate", "CRAS Norte"),
        new MockHttpServletRequest()).getBody();

    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getProperties()).containsEntry("field", "name");
  }

  @Test
  void a_refusal_of_the_whole_record_has_no_field() {
    when(problems.problem(any(), eq(HttpStatus.UNPROCESSABLE_CONTENT), eq("structure.unit.stale"), any()))
        .thenAnswer(call -> ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT));

    ProblemDetail problem = handler.refused(new TeiaException("structure.unit.stale", "CRAS Norte"),
        new MockHttpServletRequest()).getBody();

    assertThat(problem.getProperties() == null ? java.util.Map.of() : problem.getProperties()).doesNotContainKey("field");
  }

  @Test
  void a_write_while_the_municipality_moves_answers_503_with_retry_after_not_500() {
    when(problems.problem(any(), eq(HttpStatus.SERVICE_UNAVAILABLE), eq("tenant.read-only")))
        .thenAnswer(call -> ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE));
    var readOnly = new org.springframework.dao.DataAccessResourceFailureException("could not execute statement",
        new java.sql.SQLException("ERROR: cannot execute INSERT in a read-only transaction", "25006"));

    var answer = handler.unexpected(readOnly, new MockHttpServletRequest());

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("60");
  }
}
