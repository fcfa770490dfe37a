package ru.opora.identity;

import java.util.EnumSet;
import java.util.Set;
import ru.opora.orgunits.OrgUnitKind;

/**
 * The roles of docs/domain.md §3.2. Each grants a fixed set of permissions and says what a user of
 * that role is scoped to: one region, one municipality, one school, or a set of assigned schools
 * (a curator's, an expert's or an observer's).
 */
public enum Role {
    REGION_ADMIN(
            OrgUnitKind.REGION,
            false,
            Permission.REGISTER_VIEW,
            Permission.REGISTER_EDIT,
            Permission.USERS_MANAGE,
            Permission.AUDIT_VIEW,
            Permission.RESULTS_VIEW,
            Permission.RESULTS_IMPORT,
            Permission.CATALOGUE_EDIT,
            Permission.RULES_EDIT,
            Permission.IDENTIFICATION_VIEW,
            Permission.RISK_VIEW,
            Permission.PLAN_VIEW,
            Permission.PLAN_ASSIGN_EXPERT,
            Permission.SUPPORT_VIEW,
            Permission.SUPPORT_ASSIGN,
            Permission.MONITORING_VIEW,
            Permission.MONITORING_REVIEW,
            Permission.MONITORING_MANAGE,
            Permission.MONITORING_IMPORT,
            Permission.PEOPLE_VIEW,
            Permission.PUPILS_VIEW,
            Permission.PUPILS_IMPORT,
            Permission.ASSIGNMENTS_VIEW,
            Permission.MEETINGS_MANAGE,
            Permission.METHODICS_VIEW,
            Permission.EVENTS_MANAGE,
            Permission.PRACTICES_MODERATE,
            Permission.REPORTS_ISSUE),
    MUNICIPAL_COORDINATOR(
            OrgUnitKind.MUNICIPALITY,
            false,
            Permission.REGISTER_VIEW,
            Permission.RESULTS_VIEW,
            Permission.RESULTS_IMPORT,
            Permission.IDENTIFICATION_VIEW,
            Permission.RISK_VIEW,
            Permission.PLAN_VIEW,
            Permission.SUPPORT_VIEW,
            Permission.SUPPORT_ASSIGN,
            Permission.MUNICIPAL_PLAN_EDIT,
            Permission.MONITORING_VIEW,
            Permission.MONITORING_REVIEW,
            Permission.MONITORING_IMPORT,
            Permission.PEOPLE_VIEW,
            Permission.PUPILS_VIEW,
            Permission.PUPILS_IMPORT,
            Permission.ASSIGNMENTS_VIEW,
            Permission.MEETINGS_MANAGE,
            Permission.ASSIGNMENTS_REPORT,
            Permission.METHODICS_VIEW,
            Permission.EVENTS_MANAGE,
            Permission.PRACTICES_MODERATE,
            Permission.REPORTS_ISSUE),
    CURATOR(
            OrgUnitKind.SCHOOL,
            true,
            Permission.REGISTER_VIEW,
            Permission.RESULTS_VIEW,
            Permission.IDENTIFICATION_VIEW,
            Permission.RISK_VIEW,
            Permission.SELF_DIAGNOSIS_COMMENT,
            Permission.PLAN_VIEW,
            Permission.MEASURE_COMMENT,
            Permission.SUPPORT_VIEW,
            Permission.VISIT_LOG,
            Permission.MONITORING_VIEW,
            Permission.MONITORING_REVIEW,
            Permission.PEOPLE_VIEW,
            Permission.PUPILS_VIEW,
            Permission.ASSIGNMENTS_VIEW,
            Permission.METHODICS_VIEW),
    REGION_EXPERT(
            OrgUnitKind.SCHOOL,
            true,
            Permission.REGISTER_VIEW,
            Permission.RESULTS_VIEW,
            Permission.IDENTIFICATION_VIEW,
            Permission.RISK_VIEW,
            Permission.PLAN_REVIEW,
            Permission.METHODICS_VIEW),
    SCHOOL_ADMIN(
            OrgUnitKind.SCHOOL,
            false,
            Permission.REGISTER_VIEW,
            Permission.RESULTS_VIEW,
            Permission.RESULTS_IMPORT,
            Permission.RISK_VIEW,
            Permission.SELF_DIAGNOSIS_EDIT,
            Permission.PLAN_VIEW,
            Permission.PLAN_EDIT,
            Permission.MEASURE_EXECUTE,
            Permission.SUPPORT_VIEW,
            Permission.MONITORING_VIEW,
            Permission.MONITORING_ENTER,
            Permission.PEOPLE_VIEW,
            Permission.PEOPLE_EDIT,
            Permission.PUPILS_VIEW,
            Permission.PUPILS_EDIT,
            Permission.PUPIL_NAMES,
            Permission.PUPILS_IMPORT,
            Permission.ASSIGNMENTS_VIEW,
            Permission.ASSIGNMENTS_REPORT,
            Permission.METHODICS_VIEW,
            Permission.EVENTS_MANAGE,
            Permission.EVENTS_JOIN,
            Permission.PRACTICES_SUBMIT,
            Permission.PUBLIC_PAGE_EDIT),
    /** Региональный методист: teacher development across the region, teachers by name. */
    REGION_METHODIST(
            OrgUnitKind.REGION,
            false,
            Permission.REGISTER_VIEW,
            Permission.RESULTS_VIEW,
            Permission.RISK_VIEW,
            Permission.PLAN_VIEW,
            Permission.SUPPORT_VIEW,
            Permission.MONITORING_VIEW,
            Permission.PEOPLE_VIEW,
            Permission.PEOPLE_EDIT,
            Permission.PEOPLE_NAMES,
            Permission.PUPILS_VIEW,
            Permission.METHODICS_VIEW,
            Permission.EVENTS_MANAGE,
            Permission.PRACTICES_MODERATE,
            Permission.REPORTS_ISSUE),
    /** Муниципальный методист: teacher development in the municipality, teachers by name. */
    MUNICIPAL_METHODIST(
            OrgUnitKind.MUNICIPALITY,
            false,
            Permission.REGISTER_VIEW,
            Permission.RESULTS_VIEW,
            Permission.RISK_VIEW,
            Permission.PLAN_VIEW,
            Permission.SUPPORT_VIEW,
            Permission.MONITORING_VIEW,
            Permission.PEOPLE_VIEW,
            Permission.PEOPLE_NAMES,
            Permission.PUPILS_VIEW,
            Permission.METHODICS_VIEW,
            Permission.EVENTS_MANAGE,
            Permission.PRACTICES_MODERATE,
            Permission.REPORTS_ISSUE),
    /** Sees the results of the classes they teach, not the whole school's (issue #18). */
    TEACHER(
            OrgUnitKind.SCHOOL,
            false,
            Permission.REGISTER_VIEW,
            Permission.CLASS_RESULTS_VIEW,
            Permission.PLAN_VIEW,
            Permission.METHODICS_VIEW),
    OBSERVER(OrgUnitKind.SCHOOL, true, Permission.REGISTER_VIEW, Permission.METHODICS_VIEW);

    private final OrgUnitKind scopeKind;
    private final boolean assignedSchools;
    private final Set<Permission> permissions;

    Role(OrgUnitKind scopeKind, boolean assignedSchools, Permission first, Permission... rest) {
        this.scopeKind = scopeKind;
        this.assignedSchools = assignedSchools;
        this.permissions = EnumSet.of(first, rest);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The kind of org unit this role is scoped to. */
    public OrgUnitKind scopeKind() {
        return scopeKind;
    }

    /** True when the scope is a set of assigned schools (possibly empty), false when it is exactly one org unit. */
    public boolean scopedToAssignedSchools() {
        return assignedSchools;
    }

    public String messageKey() {
        return "role." + name();
    }
}
