package ru.opora.assessments.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;

/**
 * The demo's catalogue: ВПР in grades 4–8, Russian, mathematics and a third subject, for three
 * years. Structures and skills are shaped like the official descriptions but are demo data, not
 * the FIOCO ones (those are loaded from the catalogue file).
 */
final class DemoAssessments {

    static final int[] YEARS = {2024, 2025, 2026};

    private static final String[][] SKILLS = {
        {
            "RU",
            "Русский язык",
            "Списывание текста с соблюдением орфографических и пунктуационных норм",
            "Орфографический анализ: правописание безударных гласных в корне",
            "Морфемный разбор слова",
            "Морфологический разбор частей речи",
            "Синтаксический разбор предложения",
            "Постановка знаков препинания в сложном предложении",
            "Орфоэпические нормы",
            "Определение основной мысли текста",
            "Составление плана текста",
            "Лексическое значение слова",
            "Стилистическая окраска слова",
            "Употребление фразеологизмов"
        },
        {
            "MA",
            "Математика",
            "Арифметические действия с натуральными числами",
            "Действия с дробями",
            "Решение текстовой задачи на движение",
            "Задачи на проценты",
            "Чтение таблиц и диаграмм",
            "Вычисление периметра и площади",
            "Решение уравнений",
            "Единицы измерения величин",
            "Логическая задача",
            "Построение геометрической фигуры",
            "Задача на покупки",
            "Оценка и прикидка результата"
        },
        {
            "OM",
            "Окружающий мир",
            "Чтение карты и плана местности",
            "Природные зоны России",
            "Строение тела человека",
            "Правила безопасного поведения",
            "Свойства веществ",
            "Растения и животные родного края",
            "Календарь и время",
            "Государственные символы России"
        },
        {
            "HI",
            "История",
            "Работа с исторической картой",
            "Хронология исторических событий",
            "Анализ исторического источника",
            "Исторические деятели и их роль",
            "Культура эпохи",
            "Причины и следствия событий",
            "Понятия и термины",
            "История родного края"
        }
    };

    private DemoAssessments() {}

    static List<Assessment> all() {
        var list = new ArrayList<Assessment>();
        for (int year : YEARS) {
            for (int grade = 4; grade <= 8; grade++) {
                list.add(assessment(year, grade, SKILLS[0]));
                list.add(assessment(year, grade, SKILLS[1]));
                list.add(assessment(year, grade, grade == 4 ? SKILLS[2] : SKILLS[3]));
            }
        }
        return list;
    }

    private static Assessment assessment(int year, int grade, String[] subject) {
        var random = new Random(subject[0].hashCode() * 31L + grade);
        int count = Math.min(subject.length - 2, 10 + grade % 3);
        var tasks = new ArrayList<Task>();
        for (int i = 0; i < count; i++) {
            int max = 1 + random.nextInt(3);
            Difficulty level = i >= count - 2 ? Difficulty.ADVANCED : Difficulty.BASIC;
            tasks.add(new Task(i, String.valueOf(i + 1), max, subject[0] + "." + (i + 1), subject[2 + i], level));
        }
        int max = tasks.stream().mapToInt(Task::maxScore).sum();
        Scale scale = Scale.of(Math.max(1, max * 30 / 100), max * 55 / 100, max * 80 / 100, max);
        return new Assessment(UUID.randomUUID(), AssessmentKind.VPR, year, subject[0], subject[1], grade, tasks, scale);
    }
}
