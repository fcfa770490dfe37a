package ru.opora.risk.engine;

/** How an item is answered: one option, several options, a number, a point on a scale, or free text. */
public enum AnswerType {
    SINGLE,
    MULTI,
    NUMBER,
    SCALE,
    TEXT
}
