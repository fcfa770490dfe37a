/**
 * Teachers and their development (docs/domain.md §4.9; issue #18): a school's teachers — only what
 * the risk factors and the development loop need — and which teacher teaches which class in which
 * subject in a school year.
 *
 * <p>Sub-packages: {@code teachers} (the teachers, the subjects' reference data, class assignments,
 * their files and pages). Names above school level are shown only to roles with
 * {@code PEOPLE_NAMES} (methodists); nobody is ranked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"orgunits", "identity", "assessments", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.people;
