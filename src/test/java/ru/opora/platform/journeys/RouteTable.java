package ru.opora.platform.journeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's GET routes as Spring MVC maps them: pattern, path variables and query parameters. */
final class RouteTable {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** A query parameter a handler reads, with its Java type. */
    record Param(String name, Class<?> type) {}

    record Route(String pattern, List<String> variables, List<Param> params) {

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    private RouteTable() {}

    static List<Route> getRoutes(RequestMappingHandlerMapping mapping) {
        var routes = new ArrayList<Route>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!isGet(info)) return;
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/error")) continue;
                var variables = new ArrayList<String>();
                var m = VARIABLE.matcher(pattern);
                while (m.find()) variables.add(m.group(1));
                routes.add(new Route(pattern, variables, params(handler)));
            }
        });
        routes.sort(Comparator.comparing(Route::pattern));
        return routes;
    }

    private static boolean isGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private static List<Param> params(HandlerMethod handler) {
        var params = new ArrayList<Param>();
        for (MethodParameter p : handler.getMethodParameters()) {
            // the reader's scope is a record too, but made from the signed-in user, never from the
            // query: its one component fuzzed was eleven more views of the whole page on most routes
            if (p.getParameterType() == ru.opora.orgunits.Scope.class) continue;
            // a record bound from the query string (the pages' filters): each of its components
            if (p.getParameterType().isRecord() && !p.hasParameterAnnotations()) {
                for (var c : p.getParameterType().getRecordComponents())
                    params.add(new Param(c.getName(), c.getType()));
                continue;
            }
            var annotation = p.getParameterAnnotation(RequestParam.class);
            if (annotation == null || p.hasParameterAnnotation(PathVariable.class)) continue;
            String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
            if (name.isEmpty()) name = p.getParameterName();
            if (name != null && !java.util.Map.class.isAssignableFrom(p.getParameterType()))
                params.add(new Param(name, p.getNestedParameterType()));
        }
        return params;
    }
}
