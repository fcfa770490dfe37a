package ru.opora.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Guards a facade method by a permission: {@code @RequiresPermission(Permission.USERS_MANAGE)}.
 * The only place in Opora where {@code @PreAuthorize} appears (the build bans it elsewhere).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('{value}')")
public @interface RequiresPermission {
    Permission value();
}
