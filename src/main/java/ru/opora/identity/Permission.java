package ru.opora.identity;

/**
 * What a user may do, independent of where (that is the scope). Granted by roles; checked with
 * {@link RequiresPermission} on facade methods or, for the register's pages, by URL in the
 * security filter chain.
 */
public enum Permission {
    REGISTER_VIEW,
    REGISTER_EDIT,
    USERS_MANAGE,
    AUDIT_VIEW,
    /** Read assessment results and their analysis. */
    RESULTS_VIEW,
    /** Upload participant-level results. */
    RESULTS_IMPORT,
    /** Edit the assessment catalogue (tasks, skills, scales). */
    CATALOGUE_EDIT,
    /** Edit the region's analysis and identification rules (thresholds, rule sets); every change is a new version. */
    RULES_EDIT,
    /** Read identification runs, their explanations and the objectivity flags. */
    IDENTIFICATION_VIEW,
    /** Read risk profiles, the catalogue and the self-diagnoses in scope. */
    RISK_VIEW,
    /** Fill in the school's self-diagnosis and the director's questionnaire. */
    SELF_DIAGNOSIS_EDIT,
    /** Comment on an assigned school's self-diagnosis. */
    SELF_DIAGNOSIS_COMMENT,
    /** Read the school documents, reviews and measures in scope. */
    PLAN_VIEW,
    /** Write and submit the school's documents and start their implementation. */
    PLAN_EDIT,
    /** Review the documents assigned to oneself (and read only those). */
    PLAN_REVIEW,
    /** Assign an expert to a submitted document. */
    PLAN_ASSIGN_EXPERT,
    /** Execute the school's measures: status and evidence. */
    MEASURE_EXECUTE,
    /** Comment on the measures of an assigned school. */
    MEASURE_COMMENT,
    /** Read the ШНОР's curators, the matching and the visit log in scope. */
    SUPPORT_VIEW,
    /** Assign curators to the ШНОР in scope and edit curator profiles. */
    SUPPORT_ASSIGN,
    /** Record one's visits to assigned schools. */
    VISIT_LOG,
    /** Write and submit the municipality's roadmap. */
    MUNICIPAL_PLAN_EDIT,
    MONITORING_VIEW,
    MONITORING_ENTER,
    MONITORING_REVIEW,
    MONITORING_MANAGE,
    MONITORING_IMPORT,
    /** Read the results of the classes one teaches (a teacher), and nothing else of the results. */
    CLASS_RESULTS_VIEW,
    /** Read the teachers of the schools in scope, their classes and development (names: see PEOPLE_NAMES). */
    PEOPLE_VIEW,
    /** Keep the school's teachers and their classes: the form and the files. */
    PEOPLE_EDIT,
    /**
     * See teachers by name above school level: methodists need it, coordinators do not (issue #18);
     * inside a school its administrators and curators always see them.
     */
    PEOPLE_NAMES,
    /** Read the lists of pupils at risk in scope: by participant code and class, counts above the school. */
    PUPILS_VIEW,
    /** Confirm or decline the suggested pupils at risk of one's school, and name them inside it. */
    PUPILS_EDIT,
    /** See the names a school gave its pupils at risk: only inside the school (issue #19). */
    PUPIL_NAMES,
    /** Load the files about pupils (attendance, codes of a later year): a school, or its municipality or region. */
    PUPILS_IMPORT,
    /** Read meetings and assignments of one's scope: those held or issued there and those given to it (issue #20). */
    ASSIGNMENTS_VIEW,
    /** Hold meetings, write their protocols and issue, close, return or cancel their assignments: a region or municipality. */
    MEETINGS_MANAGE,
    /** Accept, start and report on the assignments given to one's municipality or school. */
    ASSIGNMENTS_REPORT,
    /** See the events calendar, the published practices, the strong schools and the consulting centres (issue #20). */
    METHODICS_VIEW,
    /** Plan the events of one's level, mark attendance, add materials; a region or municipality keeps consulting centres. */
    EVENTS_MANAGE,
    /** Register one's school for an event and send feedback after it. */
    EVENTS_JOIN,
    /** Share one's school's practice with the bank. */
    PRACTICES_SUBMIT,
    /** Approve, publish or reject the practices of the schools in scope. */
    PRACTICES_MODERATE,
    /** Prepare and issue analytical notes of one's unit (issue #21); reading them needs RESULTS_VIEW. */
    REPORTS_ISSUE,
    /** Choose what one's school shows on its public page, and turn it on or off. */
    PUBLIC_PAGE_EDIT
}
