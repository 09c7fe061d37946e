package org.jiceng.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.BusyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemHandlerTests {

    @Test
    void aRequestTheSystemCouldNotTakeInTimeIs503WithRetryAfterAndTheChineseReason() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cases");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Object answer = new ProblemHandler(event -> { }).busy(new BusyException("系统繁忙，未作登记，请稍后重试"), request, response);

        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        ResponseEntity<?> entity = (ResponseEntity<?>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(503);
        assertThat(entity.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) entity.getBody();
        assertThat(problem.getTitle()).isEqualTo("系统繁忙");
        assertThat(problem.getDetail()).isEqualTo("系统繁忙，未作登记，请稍后重试");
    }
}
