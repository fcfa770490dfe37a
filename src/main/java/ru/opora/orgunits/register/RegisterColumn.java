package ru.opora.orgunits.register;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a register file. The first header is the one the template uses; the others are
 * spellings met in real files. Headers match without regard to case, «ё», extra spaces or a
 * trailing «*» (the template's mark of a required column).
 */
enum RegisterColumn {
    CODE(true, "Код ОО", "Код", "Код школы", "Код организации"),
    MUNICIPALITY(true, "Муниципалитет", "Муниципальное образование", "Код муниципалитета", "Муниципальный район"),
    FULL_NAME(true, "Полное наименование", "Полное наименование ОО"),
    SHORT_NAME(true, "Краткое наименование", "Краткое наименование ОО", "Сокращённое наименование"),
    INN(true, "ИНН"),
    OGRN(false, "ОГРН"),
    FIS_OKO_LOGIN(false, "Логин ФИС ОКО"),
    KIND(false, "Вид ОО", "Тип ОО"),
    LEVELS(true, "Уровни образования", "Уровни общего образования"),
    SETTLEMENT(true, "Тип поселения", "Городская/сельская"),
    SMALL(false, "Малокомплектная"),
    CORRECTIONAL(false, "Коррекционная"),
    STUDENTS(true, "Численность обучающихся", "Число обучающихся"),
    TEACHERS(true, "Численность педагогов", "Число педагогов", "Численность педагогических работников"),
    SHARE_OVZ(false, "Доля обучающихся с ОВЗ, %", "Доля обучающихся с ОВЗ", "Доля ОВЗ, %"),
    ADVERSE(false, "Неблагоприятные социальные условия", "ШНСУ"),
    BRANCH_OF(false, "Головная ОО (код)", "Филиал ОО с кодом", "Головная организация");

    private final boolean required;
    private final String[] headers;

    RegisterColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = headers;
    }

    boolean required() {
        return required;
    }

    String header() {
        return headers[0];
    }

    static Optional<RegisterColumn> byHeader(String text) {
        String wanted = normalise(text);
        for (RegisterColumn c : values()) {
            for (String h : c.headers) if (normalise(h).equals(wanted)) return Optional.of(c);
        }
        return Optional.empty();
    }

    static String normalise(String header) {
        return header.trim()
                .replaceAll("\\*+$", "")
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s*,\\s*", ", ")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
