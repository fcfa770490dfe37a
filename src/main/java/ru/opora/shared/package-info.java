/**
 * The few generic types every capability shares and that carry no business rule: tables for
 * export ({@link ru.opora.shared.Table}, {@link ru.opora.shared.XlsxTableWriter}), the store of
 * uploaded files with its checks of name, size, type and first bytes ({@link ru.opora.shared.StoredFiles}),
 * and, in {@code shared.importing}, the one pipeline every import runs through: reading CSV/XLSX,
 * finding the columns, reading typed cells, coded and capped problems, all or nothing; and, in
 * {@code shared.jobs}, background jobs kept in PostgreSQL that run an import for the API
 * (docs/decisions/0018-background-jobs-in-the-database.md). They live
 * here rather than in {@code reporting} because every module exports its lists and reads its own
 * imports, and no module may depend on {@code reporting} (docs/decisions/0004-shared-tabular-io.md,
 * 0014-one-import-pipeline.md). An open module: its sub-packages are part of what it offers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package ru.opora.shared;
