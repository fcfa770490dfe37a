package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InnTests {

    @Test
    void acceptsATenDigitInnWithItsCheckDigit() {
        assertThat(Inn.isValid("7707083893")).isTrue(); // Sberbank's INN, a well-known valid example
        assertThat(Inn.isValid(Inn.withCheckDigit("390100010"))).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigitOrLength() {
        assertThat(Inn.isValid("7707083894")).isFalse();
        assertThat(Inn.isValid("770708389")).isFalse();
        assertThat(Inn.isValid("77070838931")).isFalse();
        assertThat(Inn.isValid("77O7083893")).isFalse();
    }
}
