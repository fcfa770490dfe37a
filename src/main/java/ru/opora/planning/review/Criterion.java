package ru.opora.planning.review;

/** A review criterion (§7.6): scored from 0 to {@code max}. */
public record Criterion(String code, String name, int max) {}
