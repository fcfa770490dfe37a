package ru.opora.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The daily check found measures past their due date and not finished. */
public record MeasuresWentOverdue(LocalDate day, List<UUID> measureIds) {}
