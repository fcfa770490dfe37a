package ru.opora.platform.journeys;

import java.util.ArrayList;
import java.util.List;

/**
 * Malformed forms of a route's addresses: each path variable and each query parameter in turn
 * replaced by values no form would send — not an id, an id of nothing, a year out of range, an
 * unknown state, a NUL byte, a right-to-left override, a very long value.
 */
final class Fuzz {

    static final List<String> VALUES = List.of(
            "not-a-uuid",
            "00000000-0000-0000-0000-000000000000",
            "-1",
            "2100",
            "99999999999999999999",
            "BOGUS",
            "%00",
            "a%00b",
            "%E2%80%AEfdp.exe",
            "%27%22%3C%3E",
            "x".repeat(3000));

    private Fuzz() {}

    /** The malformed addresses of a route, built from its real ones. */
    static List<String> paths(RouteTable.Route route, List<String> real) {
        var paths = new ArrayList<String>();
        String base = real.isEmpty() ? null : real.getFirst();
        for (int v = 0; v < route.variables().size(); v++) {
            for (String bad : VALUES) {
                paths.add(replaceVariable(route, base, v, bad));
            }
        }
        String page = base != null ? base : route.variables().isEmpty() ? route.pattern() : null;
        if (page == null) return paths;
        for (RouteTable.Param param : route.params())
            for (String bad : VALUES) paths.add(page + (page.contains("?") ? "&" : "?") + param.name() + "=" + bad);
        return paths;
    }

    private static String replaceVariable(RouteTable.Route route, String base, int index, String bad) {
        var values = new ArrayList<String>();
        for (int i = 0; i < route.variables().size(); i++) values.add("placeholder" + i);
        String path = RouteValues.fill(route, values);
        if (base != null) {
            // keep the real values of the other variables: only one thing is wrong at a time
            var realSegments = base.split("/", -1);
            var segments = path.split("/", -1);
            if (realSegments.length == segments.length)
                for (int i = 0; i < segments.length; i++)
                    if (!segments[i].contains("placeholder" + index)) segments[i] = realSegments[i];
            path = String.join("/", segments);
        }
        return path.replace("placeholder" + index, bad);
    }
}
