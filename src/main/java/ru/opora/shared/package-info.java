/**
 * The few generic types every capability shares and that carry no business rule: tables for
 * export ({@link ru.opora.shared.Table}, {@link ru.opora.shared.XlsxTableWriter}) and the reading
 * of uploaded spreadsheets ({@link ru.opora.shared.UploadedSheet}), and the store of uploaded files
 * with its checks of name, size, type and first bytes ({@link ru.opora.shared.StoredFiles}). They live here rather than in
 * {@code reporting} because every module exports its lists and reads its own imports, and no module
 * may depend on {@code reporting} (see docs/decisions/0004-shared-tabular-io.md).
 */
@org.jspecify.annotations.NullMarked
package ru.opora.shared;
