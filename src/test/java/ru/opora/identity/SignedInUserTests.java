package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.orgunits.Scope;

class SignedInUserTests {

    @Test
    void aGreetingAddressesByFirstNameAndPatronymicWhenTheNameHasAllThree() {
        assertThat(user("Соколова Марина Викторовна").addressedAs()).isEqualTo("Марина Викторовна");
        assertThat(user("  Орлова   Анна  Сергеевна ").addressedAs()).isEqualTo("Анна Сергеевна");
        // a name written otherwise is not guessed at
        assertThat(user("Пётр Иванов").addressedAs()).isEqualTo("Пётр Иванов");
        assertThat(user("Управление образования Приозёрского района").addressedAs())
                .isEqualTo("Управление образования Приозёрского района");
    }

    private static SignedInUser user(String fullName) {
        return new SignedInUser(UUID.randomUUID(), "u", fullName, Role.CURATOR, Scope.nothing(), "", true, false);
    }
}
