/**
 * Teachers and their development (docs/domain.md §4.9; issue #18): a school's teachers — only what
 * the risk factors and the development loop need — and which teacher teaches which class in which
 * subject in a school year.
 *
 * <p>Sub-packages: {@code teachers} (the teachers, the subjects' reference data, class assignments,
 * their files, pages and API; answers assessments' {@link ru.opora.assessments.ClassTeachers}, so a
 * teacher opens only their classes' results), {@code courses} (completed КПК and the region's course
 * catalogue), {@code demo}. Names above school level are shown only to roles with
 * {@code PEOPLE_NAMES} (methodists); nobody is ranked (decision 0025).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"orgunits", "identity", "assessments", "identification", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.people;
