/**
 * Technical ground every capability stands on and no business rule: the embedded PostgreSQL, the
 * security filter chains (pages; the API with Basic or tokens; the OpenAPI description), the layout
 * and navigation, i18n, error pages and the clock, the guard that holds one pooled connection per
 * thread and makes every GET's connections read-only ({@code GetsNeverWrite}), the gate that
 * refuses unread uploads from strangers and NUL bytes ({@code UploadGate}), the embedded
 * database's generated password ({@code DatabasePassword}), the background jobs' API and page, the ready line, and backup and restore
 * ({@code platform.backup}). No module may
 * depend on {@code platform}; it depends on the modules whose web parts it wires (identity's
 * permissions, orgunits' scope).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "orgunits", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.platform;
