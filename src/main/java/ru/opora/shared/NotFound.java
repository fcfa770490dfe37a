package ru.opora.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a page class throws when the thing asked for does not exist or lies outside the reader's
 * scope: both answer 404, so that ids cannot be probed. Page classes throw it so that controllers
 * need not check.
 */
public final class NotFound extends ResponseStatusException {

    public NotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
