package ru.opora.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Revocable API tokens of service accounts. A region's administrator creates one for a user they
 * manage, with a name and an expiry; the token is shown once and only its SHA-256 is kept. A call
 * with {@code Authorization: Bearer <token>} is that user's, with the user's role and scope, until
 * the token expires or is revoked (or the user is disabled). Creations and revocations are audited.
 */
@Component
public class ApiTokens {

    /** Longest life of a token, in days. */
    static final int MOST_DAYS = 365;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** A token as its list shows it (never the secret). */
    record Token(
            UUID id,
            String username,
            String name,
            String createdBy,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final UserAdministration administration;
    private final AccountDetailsService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(
            JdbcClient jdbc,
            UserAdministration administration,
            AccountDetailsService accounts,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.administration = administration;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for a user the admin manages; returns the secret, shown once. */
    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    String create(UUID userId, String name, int days, SignedInUser admin) {
        var user = administration.user(userId, admin);
        if (name.isBlank() || name.length() > 100) throw new UserRejected("tokens.error.name");
        if (days < 1 || days > MOST_DAYS) throw new UserRejected("tokens.error.days", MOST_DAYS);
        var sb = new StringBuilder("opora_");
        for (int i = 0; i < 40; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        String secret = sb.toString();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql("""
                        insert into identity.api_token (id, user_account, name, token_hash, created_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        userId,
                        name.strip(),
                        hash(secret),
                        admin.username(),
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        audit.record(new AuditLog.Change(
                admin.username(),
                null,
                "API_TOKEN",
                id.toString(),
                name.strip(),
                "CREATE",
                null,
                Map.of("user", user.username(), "expires", expires.toString())));
        return secret;
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    void revoke(UUID id, SignedInUser admin) {
        var token = visible(admin).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UserRejected("tokens.error.notFound"));
        jdbc.sql("update identity.api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), admin.username(), id)
                .update();
        audit.record(new AuditLog.Change(
                admin.username(),
                null,
                "API_TOKEN",
                id.toString(),
                token.name(),
                "REVOKE",
                Map.of("user", token.username()),
                Map.of("user", token.username(), "revoked", true)));
    }

    /** The tokens of the users the admin manages, newest first. */
    @RequiresPermission(Permission.USERS_MANAGE)
    List<Token> visible(SignedInUser admin) {
        var managed = administration.users(admin).stream()
                .map(UserAdministration.UserRow::id)
                .toList();
        return jdbc.sql("""
                        select t.id, u.username, t.name, t.created_by, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
                        from identity.api_token t join identity.user_account u on u.id = t.user_account
                        where t.user_account = any (?) order by t.created_at desc""")
                .param(managed.toArray(UUID[]::new))
                .query(ApiTokens::token)
                .list();
    }

    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private record Use(UUID id, String username, @Nullable Timestamp lastUsed) {}

    /** The user a token stands for, if it is active and its user enabled. */
    Optional<SignedInUser> authenticate(String secret) {
        Instant now = clock.instant();
        var found = jdbc.sql("""
                        select t.id, u.username, t.last_used_at from identity.api_token t
                          join identity.user_account u on u.id = t.user_account
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
                .params(hash(secret), Timestamp.from(now))
                .query((rs, n) -> new Use(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3)))
                .optional();
        if (found.isEmpty()) return Optional.empty();
        // the admin sees when a token was last used to the minute: a service calling many times a
        // second writes it once a minute, not on every call
        var last = found.get().lastUsed();
        if (last == null || last.toInstant().isBefore(now.minus(USE_RECORDED_EVERY)))
            jdbc.sql("update identity.api_token set last_used_at = ? where id = ?")
                    .params(Timestamp.from(now), found.get().id())
                    .update();
        // a token stands for its user's own choice: no one-time password is held against it
        return Optional.of(accounts.loadUserByUsername(found.get().username()).withPasswordChanged());
    }

    /** The filter of the API chain: a bearer token signs the call in, a bad one is refused with the reason. */
    public OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader("Authorization");
                if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    chain.doFilter(request, response);
                    return;
                }
                var user = authenticate(header.substring(7).strip());
                if (user.isEmpty()) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    response.setContentType("application/problem+json");
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter()
                            .write(
                                    "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":"
                                            + "\"Токен не действует: он истёк, отозван или неизвестен. Попросите администратора региона выдать новый.\"}");
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user.get(), null, user.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        };
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Token token(ResultSet rs, int n) throws SQLException {
        var revoked = rs.getTimestamp("revoked_at");
        var used = rs.getTimestamp("last_used_at");
        return new Token(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                revoked == null ? null : revoked.toInstant(),
                used == null ? null : used.toInstant());
    }
}
