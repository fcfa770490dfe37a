package ru.opora.orgunits.register;

import java.util.Arrays;
import java.util.List;
import ru.opora.shared.importing.Column;

/**
 * The columns of a register file. The first header is the one the template uses; the others are
 * spellings met in real files.
 */
enum RegisterColumn {
    CODE(Column.required("Код ОО", "Код", "Код школы", "Код организации")),
    MUNICIPALITY(
            Column.required("Муниципалитет", "Муниципальное образование", "Код муниципалитета", "Муниципальный район")),
    FULL_NAME(Column.required("Полное наименование", "Полное наименование ОО")),
    SHORT_NAME(Column.required("Краткое наименование", "Краткое наименование ОО", "Сокращённое наименование")),
    INN(Column.required("ИНН")),
    OGRN(Column.optional("ОГРН")),
    FIS_OKO_LOGIN(Column.optional("Логин ФИС ОКО")),
    KIND(Column.optional("Вид ОО", "Тип ОО")),
    LEVELS(Column.required("Уровни образования", "Уровни общего образования")),
    SETTLEMENT(Column.required("Тип поселения", "Городская/сельская")),
    SMALL(Column.optional("Малокомплектная")),
    CORRECTIONAL(Column.optional("Коррекционная")),
    STUDENTS(Column.required("Численность обучающихся", "Число обучающихся")),
    TEACHERS(Column.required("Численность педагогов", "Число педагогов", "Численность педагогических работников")),
    SHARE_OVZ(Column.optional("Доля обучающихся с ОВЗ, %", "Доля обучающихся с ОВЗ", "Доля ОВЗ, %")),
    ADVERSE(Column.optional("Неблагоприятные социальные условия", "ШНСУ")),
    BRANCH_OF(Column.optional("Головная ОО (код)", "Филиал ОО с кодом", "Головная организация")),
    /** A new municipality's name: with it, a region's file may name a municipality by a code it creates. */
    MUNICIPALITY_NAME(Column.optional("Наименование муниципалитета", "Название муниципалитета"));

    static final List<Column> ALL =
            Arrays.stream(values()).map(RegisterColumn::column).toList();

    private final Column column;

    RegisterColumn(Column column) {
        this.column = column;
    }

    Column column() {
        return column;
    }

    String header() {
        return column.header();
    }
}
