package ru.opora.platform;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * {@code /public/**}: the pages a school publishes about its work (issue #21) — read by anyone,
 * with no session and no sign-in, only by GET, rate-limited per address; embeddable in a school's
 * site, so they (and only they) may be framed by another origin.
 */
@Configuration
class PublicPagesSecurity {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'none'; object-src 'none'; frame-ancestors *; base-uri 'none'; form-action 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain publicPagesChain(
            HttpSecurity http, Clock clock, @Value("${opora.public.rate-per-minute:120}") int perMinute)
            throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/public/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .addFilterBefore(
                        new PublicRateLimit(perMinute, clock),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                // framing is what the embed is for: no X-Frame-Options, and any site may frame it
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives(CSP)).frameOptions(f -> f.disable()))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
