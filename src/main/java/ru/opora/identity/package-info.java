/**
 * Who may do what, where. Users have one {@link ru.opora.identity.Role} (docs/domain.md §3.2) that
 * grants {@link ru.opora.identity.Permission}s, and a data scope: the org units whose subtrees they
 * may see. Owns sign-in (hashed passwords, throttling of repeated failures per login and address,
 * the password policy, one-time passwords that must be replaced), the first region administrator
 * of a new installation ({@code FirstStart}), user administration, revocable API tokens
 * ({@link ru.opora.identity.ApiTokens}), and the audit log of who changed what, before and after.
 *
 * <p>Consumes orgunits' {@link ru.opora.orgunits.RegisterEntryChanged} (into the audit log, in the
 * same transaction) and {@link ru.opora.orgunits.DemoRegionCreated} (the demo users).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"orgunits", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.identity;
