package ru.opora.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts. An account's scope is a collection Spring Data JDBC reads with a second query
 * while it maps the account's row: every read runs in a (read-only) transaction, so that both
 * queries share one connection (outside one they took two at once and drained the pool, #15).
 */
@Transactional(readOnly = true)
interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query(
            "select id, username, full_name, email, password_hash, role, enabled, must_change_password, version, created_at, updated_at from identity.user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query(
            "select id, username, full_name, email, password_hash, role, enabled, must_change_password, version, created_at, updated_at from identity.user_account order by role, username")
    List<UserAccount> findAllOrdered();
}
