package ru.opora.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's unexpected errors as RFC 9457 problem details with an incident number, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
class UnexpectedApiErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedApiErrors.class);

    /** A malformed id or parameter is the caller's mistake: 400 with the parameter and the value named. */
    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    ProblemDetail malformed(org.springframework.beans.TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Неверное значение параметра «" + name + "»: «" + e.getValue() + "».");
    }

    /** A form or query that does not bind (a missing file, an id that is not one): 400 naming the field. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ProblemDetail unbound(org.springframework.validation.BindException e) {
        var error = e.getFieldError();
        String detail = error == null
                ? "Неверный запрос."
                : "Неверное или пропущенное значение «" + error.getField() + "»: «" + error.getRejectedValue() + "».";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof ErrorResponse) throw e;
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} at {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка; номер обращения " + incident);
        problem.setProperty("incident", incident);
        return problem;
    }
}
