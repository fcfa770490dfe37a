package ru.opora.platform;

import java.util.List;

/**
 * The main pages and the API's lists that every scope reads: the statements test counts their
 * queries, the national benchmark times them.
 */
public final class MainPages {

    public static final List<String> PAGES = List.of(
            "/",
            "/schools",
            "/municipalities",
            "/results",
            "/results/gia",
            "/identification/status",
            "/risk",
            "/planning",
            "/planning/dashboard",
            "/planning/measures",
            "/support",
            "/support/cohorts",
            "/monitoring",
            "/coordination",
            "/coordination/events",
            "/coordination/practices",
            "/coordination/network",
            "/pupils",
            "/people",
            "/reporting",
            "/planning/today",
            "/monitoring/today",
            "/support/today",
            "/identification/today",
            "/results/figures",
            "/identification/figures",
            "/planning/figures",
            "/coordination/mine",
            "/coordination/events/mine");

    /** The API's reads of the same scope. */
    public static final List<String> READS = List.of(
            "/api/v1/schools",
            "/api/v1/results",
            "/api/v1/shnor",
            "/api/v1/identification/flags",
            "/api/v1/risk/profiles",
            "/api/v1/planning/documents",
            "/api/v1/planning/measures",
            "/api/v1/support/assignments",
            "/api/v1/support/cohorts",
            "/api/v1/monitoring/campaigns",
            "/api/v1/coordination/assignments",
            "/api/v1/coordination/events",
            "/api/v1/coordination/practices",
            "/api/v1/pupils",
            "/api/v1/notifications",
            "/api/v1/reporting/notes");

    private MainPages() {}
}
