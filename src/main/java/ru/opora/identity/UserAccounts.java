package ru.opora.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query(
            "select id, username, full_name, email, password_hash, role, enabled, must_change_password, version, created_at, updated_at from identity.user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query(
            "select id, username, full_name, email, password_hash, role, enabled, must_change_password, version, created_at, updated_at from identity.user_account order by role, username")
    List<UserAccount> findAllOrdered();
}
