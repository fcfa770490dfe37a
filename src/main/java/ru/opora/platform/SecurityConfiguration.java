package ru.opora.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import ru.opora.identity.ApiTokens;
import ru.opora.identity.PasswordChangeGate;
import ru.opora.identity.Permission;

/**
 * Three filter chains. The API ({@code /api/**}) is stateless, for service accounts: HTTP Basic or
 * a revocable API token ({@code Authorization: Bearer opora_…}); no session and no cookie ever
 * authenticates it, which is why it needs no CSRF token ({@link ApiRules} says who may call what).
 * The OpenAPI description takes the same credentials, or a page session. The pages use
 * form sign-in with a database-stored session, CSRF tokens, session-id change at sign-in, and the
 * same authentication provider, identity's throttled one, which Spring Security picks up as the
 * global provider (so throttling holds for both).
 *
 * <p>Permissions of the register's URLs are declared here because orgunits sits below identity in
 * the module graph (docs/decisions/0003-permissions-and-scope.md); data scope is enforced by every
 * query through its {@code Scope} argument.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The region administrator's pages of users, API tokens and background jobs, with their exports. */
    private static final String[] ADMINISTRATION = {
        "/admin/users",
        "/admin/users/**",
        "/admin/tokens",
        "/admin/tokens/**",
        "/admin/tokens.xlsx",
        "/admin/jobs",
        "/admin/jobs.xlsx"
    };

    /** No inline script or style anywhere: every page's styles are in opora.css (issue #15, I3). */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Behind HTTPS (opora.https=true): every answer carries HSTS, and the session cookie is Secure. */
    private final boolean https;

    SecurityConfiguration(@org.springframework.beans.factory.annotation.Value("${opora.https:false}") boolean https) {
        this.https = https;
    }

    /** The headers of every answer, pages and API alike. */
    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN));
        if (https)
            h.httpStrictTransportSecurity(
                    s -> s.requestMatcher(org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE)
                            .maxAgeInSeconds(31_536_000)
                            .includeSubDomains(true));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        var entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Opora API");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(ApiRules::apply)
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .addFilterBefore(tokens.filter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new CrossSiteApiGuard(), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .headers(this::headers)
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * The OpenAPI description: readable with the API's credentials (Basic or a token) and with a
     * signed-in page session, which the browsable description at {@code /swagger-ui.html} uses.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http, ApiTokens tokens) throws Exception {
        var entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Opora API");
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .addFilterBefore(tokens.filter(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(SecurityConfiguration::pageRules)
                .formLogin(f ->
                        f.loginPage("/login").failureHandler(failureHandler()).defaultSuccessUrl("/", false))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .addFilterAfter(new PasswordChangeGate(), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(this::headers);
        return http.build();
    }

    /** Who may open which pages; scope is checked again by each page. */
    private static void pageRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        riskRules(a);
        planningRules(a);
        monitoringRules(a);
        methodicsRules(a);
        peopleRules(a);
        supportRules(a);
        a.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/calendar/*.ics",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**")
                .permitAll()
                .requestMatchers(
                        "/register/import", "/register/import/**", "/municipalities/new", "/municipalities/*/edit")
                .hasAuthority(Permission.REGISTER_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/municipalities", "/municipalities/**")
                .hasAuthority(Permission.REGISTER_EDIT.name())
                .requestMatchers(ADMINISTRATION)
                .hasAuthority(Permission.USERS_MANAGE.name())
                .requestMatchers("/admin/audit", "/admin/audit/**")
                .hasAuthority(Permission.AUDIT_VIEW.name())
                .requestMatchers("/results/catalogue", "/results/catalogue/**")
                .hasAuthority(Permission.CATALOGUE_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/identification", "/identification/**")
                .hasAuthority(Permission.RULES_EDIT.name())
                .requestMatchers("/identification", "/identification/**")
                .hasAuthority(Permission.IDENTIFICATION_VIEW.name())
                .requestMatchers("/results/settings", "/results/settings/**")
                .hasAuthority(Permission.RULES_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/results/gia")
                .hasAuthority(Permission.RESULTS_IMPORT.name())
                .requestMatchers("/results/import", "/results/import/**")
                .hasAuthority(Permission.RESULTS_IMPORT.name())
                .requestMatchers(
                        HttpMethod.GET, "/results/*/schools/*/classes/*", "/results/*/schools/*/classes/*/export")
                .hasAnyAuthority(Permission.RESULTS_VIEW.name(), Permission.CLASS_RESULTS_VIEW.name())
                .requestMatchers("/results", "/results.xlsx", "/results/**")
                .hasAuthority(Permission.RESULTS_VIEW.name())
                .requestMatchers("/municipalities/**", "/schools/**", "/municipalities", "/schools")
                .hasAuthority(Permission.REGISTER_VIEW.name())
                .anyRequest()
                .authenticated();
    }

    /** The risk pages: the school fills its forms, the curator comments, the region edits the rules. */
    /** Pages check the document's school against the scope themselves (DocumentAccess); here only the permission. */
    private static void planningRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        a.requestMatchers("/planning/reviews", "/planning/reviews/**")
                .hasAuthority(Permission.PLAN_REVIEW.name())
                .requestMatchers(HttpMethod.POST, "/planning/documents/*/expert")
                .hasAuthority(Permission.PLAN_ASSIGN_EXPERT.name())
                .requestMatchers(HttpMethod.POST, "/planning/measures/*/comments")
                .hasAnyAuthority(Permission.MEASURE_COMMENT.name(), Permission.MEASURE_EXECUTE.name())
                .requestMatchers(HttpMethod.POST, "/planning/measures/**")
                .hasAuthority(Permission.MEASURE_EXECUTE.name())
                .requestMatchers(HttpMethod.POST, "/planning/**")
                .hasAnyAuthority(Permission.PLAN_EDIT.name(), Permission.MUNICIPAL_PLAN_EDIT.name())
                // an expert reads only the documents assigned to them, never a school's whole plan
                .requestMatchers(
                        "/planning/dashboard",
                        "/planning/dashboard.xlsx",
                        "/planning/figures",
                        "/planning/schools/**",
                        "/planning/municipalities/**",
                        "/planning/measures",
                        "/planning/measures/**",
                        "/planning/evidence/**")
                .hasAuthority(Permission.PLAN_VIEW.name())
                .requestMatchers("/planning/documents/*")
                .hasAnyAuthority(Permission.PLAN_VIEW.name(), Permission.PLAN_REVIEW.name())
                .requestMatchers("/planning", "/planning/**")
                .hasAnyAuthority(Permission.PLAN_VIEW.name(), Permission.PLAN_REVIEW.name());
    }

    /** Curators log their visits, coordinators assign curators, readers of support see it in scope. */
    private static void supportRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        a.requestMatchers(HttpMethod.POST, "/support/schools/*/visits")
                .hasAuthority(Permission.VISIT_LOG.name())
                .requestMatchers(HttpMethod.POST, "/support", "/support/**")
                .hasAuthority(Permission.SUPPORT_ASSIGN.name())
                .requestMatchers("/support/matching", "/support/curators", "/support/curators/**")
                .hasAuthority(Permission.SUPPORT_ASSIGN.name())
                .requestMatchers("/support", "/support/**")
                .hasAuthority(Permission.SUPPORT_VIEW.name());
    }

    /**
     * The methodical network: anyone in the programme reads the calendar, the bank and the centres;
     * the levels plan their events, schools register and share practices, moderators moderate. The
     * analytical notes: readers of results read them, the levels above schools issue them.
     */
    private static void methodicsRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        a.requestMatchers(
                        HttpMethod.POST,
                        "/coordination/events/*/registration",
                        "/coordination/events/*/feedback",
                        "/coordination/events/feed")
                .hasAuthority(Permission.METHODICS_VIEW.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/coordination/events",
                        "/coordination/events/**",
                        "/coordination/centres",
                        "/coordination/centres/**")
                .hasAuthority(Permission.EVENTS_MANAGE.name())
                .requestMatchers(HttpMethod.POST, "/coordination/practices/*/moderation")
                .hasAuthority(Permission.PRACTICES_MODERATE.name())
                .requestMatchers(HttpMethod.POST, "/coordination/practices")
                .hasAuthority(Permission.PRACTICES_SUBMIT.name())
                .requestMatchers(
                        "/coordination/events",
                        "/coordination/events/**",
                        "/coordination/practices",
                        "/coordination/practices/**",
                        "/coordination/network",
                        "/coordination/network/**",
                        "/coordination/centres",
                        "/coordination/centres/**")
                .hasAuthority(Permission.METHODICS_VIEW.name())
                .requestMatchers("/reporting/public-page")
                .hasAuthority(Permission.PUBLIC_PAGE_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/reporting", "/reporting/**")
                .hasAuthority(Permission.REPORTS_ISSUE.name())
                .requestMatchers("/reporting", "/reporting/**")
                .hasAuthority(Permission.RESULTS_VIEW.name());
    }

    /** Schools and methodists keep the teachers; readers of teachers see them in scope. */
    private static void peopleRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        a.requestMatchers(HttpMethod.GET, "/people/mine", "/people/mine/**")
                .hasAuthority(Permission.CLASS_RESULTS_VIEW.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/coordination/meetings",
                        "/coordination/meetings/**",
                        "/coordination/recommendations")
                .hasAuthority(Permission.MEETINGS_MANAGE.name())
                .requestMatchers("/coordination", "/coordination/**")
                .hasAuthority(Permission.ASSIGNMENTS_VIEW.name())
                .requestMatchers(HttpMethod.GET, "/pupils/mine", "/pupils/mine/**")
                .hasAuthority(Permission.CLASS_RESULTS_VIEW.name())
                .requestMatchers(HttpMethod.POST, "/pupils/import/**")
                .hasAuthority(Permission.PUPILS_IMPORT.name())
                .requestMatchers(HttpMethod.GET, "/pupils/files/**")
                .hasAuthority(Permission.PUPILS_IMPORT.name())
                .requestMatchers(HttpMethod.POST, "/pupils/settings")
                .hasAuthority(Permission.RULES_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/pupils/schools/*/names/*")
                .hasAuthority(Permission.PUPIL_NAMES.name())
                .requestMatchers(HttpMethod.POST, "/pupils/**")
                .hasAuthority(Permission.PUPILS_EDIT.name())
                .requestMatchers("/pupils", "/pupils/**")
                .hasAuthority(Permission.PUPILS_VIEW.name())
                .requestMatchers(HttpMethod.POST, "/people", "/people/**")
                .hasAuthority(Permission.PEOPLE_EDIT.name())
                .requestMatchers("/people", "/people/**")
                .hasAuthority(Permission.PEOPLE_VIEW.name());
    }

    /** Schools enter their values, curators and municipalities review them, the region runs the campaigns. */
    private static void monitoringRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        a.requestMatchers(HttpMethod.POST, "/monitoring/mechanism/*/roadmap")
                .hasAuthority(Permission.MUNICIPAL_PLAN_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/monitoring/mechanism/*/review")
                .hasAuthority(Permission.MONITORING_MANAGE.name())
                .requestMatchers(HttpMethod.POST, "/monitoring/mechanism/*")
                .hasAuthority(Permission.MONITORING_REVIEW.name())
                .requestMatchers(HttpMethod.POST, "/monitoring/campaigns/*/import")
                .hasAuthority(Permission.MONITORING_IMPORT.name())
                .requestMatchers(HttpMethod.POST, "/monitoring/campaigns/*/schools/*/review")
                .hasAuthority(Permission.MONITORING_REVIEW.name())
                .requestMatchers(HttpMethod.POST, "/monitoring/campaigns/*/schools/*")
                .hasAuthority(Permission.MONITORING_ENTER.name())
                .requestMatchers(HttpMethod.POST, "/monitoring", "/monitoring/**")
                .hasAuthority(Permission.MONITORING_MANAGE.name())
                .requestMatchers("/monitoring", "/monitoring/**")
                .hasAuthority(Permission.MONITORING_VIEW.name());
    }

    private static void riskRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    a) {
        a.requestMatchers(HttpMethod.POST, "/risk/schools/*/self-diagnosis/comment")
                .hasAuthority(Permission.SELF_DIAGNOSIS_COMMENT.name())
                .requestMatchers(HttpMethod.POST, "/risk/schools/*/self-diagnosis", "/risk/schools/*/director")
                .hasAuthority(Permission.SELF_DIAGNOSIS_EDIT.name())
                .requestMatchers("/risk/schools/*/director")
                .hasAnyAuthority(Permission.SELF_DIAGNOSIS_EDIT.name(), Permission.RULES_EDIT.name())
                .requestMatchers(HttpMethod.POST, "/risk", "/risk/**")
                .hasAuthority(Permission.RULES_EDIT.name())
                .requestMatchers("/risk/catalogue/factors/**")
                .hasAuthority(Permission.RULES_EDIT.name())
                .requestMatchers("/risk", "/risk.xlsx", "/risk/**")
                .hasAuthority(Permission.RISK_VIEW.name());
    }

    /**
     * Tells the sign-in page why, without saying whether the account exists: a disabled account gets
     * the same answer as a wrong password (the check runs before the password's, so a distinct answer
     * told anyone that the login exists; issue #15, L1). Throttling applies to any login, existing or not.
     */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "throttled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
