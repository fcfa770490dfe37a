/**
 * The import pipeline every upload runs through (docs/style.md §8): the file's format and encoding are
 * told by its bytes ({@link ru.opora.shared.importing.UploadedSheet}), its columns by their headers
 * ({@link ru.opora.shared.importing.Column}, {@link ru.opora.shared.importing.Header}), each row's
 * cells are read as types with a coded problem naming the row and column
 * ({@link ru.opora.shared.importing.Row}), problems of one kind are shown twenty at a time with a
 * count of the rest ({@link ru.opora.shared.importing.ImportProblems}), and a file is written only
 * when it has no problem at all ({@link ru.opora.shared.importing.TabularImport}), with a report of
 * what was added, replaced and left as it was ({@link ru.opora.shared.importing.ImportReport}).
 */
@org.jspecify.annotations.NullMarked
package ru.opora.shared.importing;
