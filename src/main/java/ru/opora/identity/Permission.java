package ru.opora.identity;

/**
 * What a user may do, independent of where (that is the scope). Granted by roles; checked with
 * {@link RequiresPermission} on facade methods or, for the register's pages, by URL in the
 * security filter chain.
 */
public enum Permission {
    REGISTER_VIEW,
    REGISTER_EDIT,
    USERS_MANAGE,
    AUDIT_VIEW
}
