package ru.opora.platform;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import ru.opora.identity.Permission;

/**
 * Who may call which part of {@code /api/v1}: the permissions of the pages the same data is on.
 * Scope (which schools) is checked by each endpoint's queries, as on the pages.
 */
final class ApiRules {

    private ApiRules() {}

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        imports(a);
        a.requestMatchers("/api/v1/jobs", "/api/v1/jobs/**", "/api/v1/notifications", "/api/v1/notifications/**")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/identification/**")
                .hasAuthority(Permission.RULES_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/results/**")
                .hasAuthority(Permission.RESULTS_IMPORT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/catalogue/**")
                .hasAuthority(Permission.CATALOGUE_EDIT.name())
                .requestMatchers("/api/v1/shnor", "/api/v1/shnor/**", "/api/v1/identification/**")
                .hasAuthority(Permission.IDENTIFICATION_VIEW.name())
                .requestMatchers("/api/v1/risk", "/api/v1/risk/**")
                .hasAuthority(Permission.RISK_VIEW.name())
                .requestMatchers("/api/v1/results", "/api/v1/results/**", "/api/v1/catalogue", "/api/v1/catalogue/**")
                .hasAuthority(Permission.RESULTS_VIEW.name())
                .requestMatchers("/api/v1/planning/**")
                .hasAuthority(Permission.PLAN_VIEW.name())
                .requestMatchers("/api/v1/support/**")
                .hasAuthority(Permission.SUPPORT_VIEW.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/monitoring/**")
                .hasAuthority(Permission.MONITORING_IMPORT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/monitoring", "/api/v1/monitoring/**")
                .hasAuthority(Permission.MONITORING_VIEW.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/people/**")
                .hasAuthority(Permission.PEOPLE_EDIT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/people/**")
                .hasAuthority(Permission.PEOPLE_VIEW.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/reporting", "/api/v1/reporting/**")
                .hasAuthority(Permission.RESULTS_VIEW.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/coordination/events",
                        "/api/v1/coordination/events/**",
                        "/api/v1/coordination/practices",
                        "/api/v1/coordination/practices/**",
                        "/api/v1/coordination/network",
                        "/api/v1/coordination/centres")
                .hasAuthority(Permission.METHODICS_VIEW.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/coordination", "/api/v1/coordination/**")
                .hasAuthority(Permission.ASSIGNMENTS_VIEW.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pupils/imports/**")
                .hasAuthority(Permission.PUPILS_IMPORT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/pupils/mine", "/api/v1/pupils/mine/**")
                .hasAuthority(Permission.CLASS_RESULTS_VIEW.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/pupils", "/api/v1/pupils/**")
                .hasAuthority(Permission.PUPILS_VIEW.name())
                .anyRequest()
                .hasAuthority(Permission.REGISTER_VIEW.name());
    }

    /** Each file is loaded by those who may load it on its page. */
    private static void imports(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/register/import",
                        "/api/v1/imports/municipalities",
                        "/api/v1/imports/register")
                .hasAuthority(Permission.REGISTER_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/imports/catalogue")
                .hasAuthority(Permission.CATALOGUE_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/imports/results", "/api/v1/imports/gia")
                .hasAuthority(Permission.RESULTS_IMPORT.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/imports/teachers",
                        "/api/v1/imports/classes",
                        "/api/v1/imports/courses",
                        "/api/v1/imports/instruments",
                        "/api/v1/imports/diagnostics",
                        "/api/v1/imports/course-catalogue")
                .hasAuthority(Permission.PEOPLE_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/imports/**")
                .hasAuthority(Permission.RULES_EDIT.name());
    }
}
