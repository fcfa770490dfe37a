package ru.opora.identification.engine;

/** The objectivity flags of docs/domain.md §6.5 that the engine computes from results. */
public enum FlagCode {
    /** The school's results are far above the region's, and it is not a selective school. */
    HIGH_VS_REGION,
    /** High in ВПР, low in ОГЭ/ЕГЭ of the same subjects. */
    NOT_CONFIRMED_GIA,
    /** Advanced tasks solved better than basic ones. */
    DIFFICULTY_INVERSION,
    /** Primary scores piled up at the lowest score of a mark. */
    BOUNDARY_SPIKE,
    /** ВПР marks far above the journal marks. */
    TERM_MISMATCH,
    /** Results above what the school's context, its state exams and its journal suggest, on those signs together. */
    INFLATION,
    /** Re-checked works did not keep their scores and marks. */
    RECHECK,
    /** On the federal list of schools with signs of non-objective results. */
    FEDERAL_LIST
}
