/**
 * Teachers and their development (docs/domain.md §4.9; issue #18): a school's teachers — only what
 * the risk factors and the development loop need — which teacher teaches which class in which
 * subject in a school year, their diagnostics and deficits, courses, mentoring and lesson
 * observations, and the closed loop from a weak ВПР skill to the teacher's course and back.
 *
 * <p>Sub-packages: {@code teachers} (the teachers, the subjects' reference data, class assignments,
 * the files, pages and API; answers assessments' {@link ru.opora.assessments.ClassTeachers}, so a
 * teacher opens only their classes), {@code diagnostics} (instruments, results per teacher × item,
 * deficits derived per skill), {@code courses} (the region's catalogue with the skills each course
 * addresses, completions and enrolments, the M4 shares), {@code loop} (a school's loop, the scope's
 * overview, a teacher's card with recommended courses; reads assessments' {@link
 * ru.opora.assessments.SkillRates}), {@code mentoring} (pairs with the mentee's plan, lesson
 * observations by the region's protocol), {@code pupils} (pupils at risk: the region's versioned
 * rules suggest from the ВПР works read through {@link ru.opora.assessments.PupilWorks}, the school
 * confirms or declines, codes above the school and names only inside it; absentees from the
 * attendance file; individual routes written from a pupil's weak tasks and re-measured by the next
 * work of the subject, by the pupil's kept or mapped code or by the class; decision 0026), {@code
 * demo}. {@link ru.opora.people.TeacherTraining}
 * gives monitoring its M4 figures. Names above school level are shown only to roles with
 * {@code PEOPLE_NAMES} (methodists); nobody is ranked (decision 0025).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"orgunits", "identity", "assessments", "identification", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.people;
