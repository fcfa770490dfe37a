package ru.opora.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * Gives every controller method that declares a {@link Scope} parameter the signed-in user's
 * scope, so that controllers never look it up themselves and queries always receive it
 * explicitly. Reading the security context here, at the web edge, is the one place it is read.
 */
@Component
class ScopeArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ScopeArgumentResolver(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Scope.class;
    }

    @Override
    public Scope resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mav,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user)
            return user.role().scopedToAssignedSchools() ? assignedSchools(user) : user.scope();
        throw new AccessDeniedException("no signed-in user");
    }

    /**
     * A curator's (or expert's, observer's) schools change while they work — an assignment made or
     * ended — so their scope is read at each request rather than fixed at sign-in.
     */
    private Scope assignedSchools(SignedInUser user) {
        return Scope.of(jdbc.sql("""
                        select o.path from identity.user_scope s join orgunits.org_unit o on o.id = s.org_unit_id
                        where s.user_account = ?""")
                .param(user.id())
                .query((rs, n) -> OrgPath.parse(rs.getString(1)))
                .list());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
