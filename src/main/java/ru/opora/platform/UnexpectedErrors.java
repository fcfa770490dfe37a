package ru.opora.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unexpected errors: logged with an incident number that the friendly error page shows, so that a
 * user's report can be matched to the log. Expected errors (access denied, not found, bad request)
 * pass through to their own status pages.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@org.springframework.core.annotation.Order(2)
class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        var mav = new ModelAndView("error");
        mav.addObject("status", 413);
        mav.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return mav;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) throws Exception {
        // the caller's mistakes (a malformed id, a missing parameter) are answered 400 by Spring's resolver
        if (e instanceof AccessDeniedException
                || e instanceof ErrorResponse
                || e instanceof org.springframework.beans.TypeMismatchException) throw e;
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} at {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        var mav = new ModelAndView("error");
        mav.addObject("status", 500);
        mav.addObject("incident", incident);
        mav.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        return mav;
    }
}
