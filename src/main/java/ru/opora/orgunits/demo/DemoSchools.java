package ru.opora.orgunits.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.opora.orgunits.register.Inn;
import ru.opora.orgunits.register.RegisterTemplate;

/**
 * The demo region's schools as a register CSV: city districts with large schools, gymnasiums and
 * lyceums; rural districts with small basic and primary schools, some of them branches of a
 * neighbouring secondary school. Sizes and shares follow the shapes of real regional registers.
 */
final class DemoSchools {

    /** A municipality of the demo region; {@code city} districts get urban schools. */
    record Place(
            String code,
            String name,
            String authority,
            String oktmo,
            String town,
            String townGenitive,
            boolean city,
            int schools) {}

    static final List<Place> PLACES = List.of(
            new Place(
                    "01",
                    "Городской округ Приозёрск",
                    "Управление образования администрации г. Приозёрска",
                    "27701000",
                    "Приозёрск",
                    "г. Приозёрска",
                    true,
                    64),
            new Place(
                    "02",
                    "Городской округ Светлогорск",
                    "Комитет по образованию г. Светлогорска",
                    "27705000",
                    "Светлогорск",
                    "г. Светлогорска",
                    true,
                    38),
            new Place(
                    "03",
                    "Заречный муниципальный район",
                    "Отдел образования Заречного района",
                    "27606000",
                    "Заречный",
                    "пос. Заречный",
                    false,
                    27),
            new Place(
                    "04",
                    "Берёзовский муниципальный район",
                    "Управление образования Берёзовского района",
                    "27609000",
                    "Берёзовка",
                    "с. Берёзовка",
                    false,
                    24),
            new Place(
                    "05",
                    "Сосновский муниципальный округ",
                    "Отдел образования Сосновского округа",
                    "27612000",
                    "Сосновка",
                    "с. Сосновка",
                    false,
                    22),
            new Place(
                    "06",
                    "Краснохолмский муниципальный район",
                    "Управление образования Краснохолмского района",
                    "27615000",
                    "Красный Холм",
                    "г. Красный Холм",
                    false,
                    26),
            new Place(
                    "07",
                    "Озёрный муниципальный район",
                    "Отдел образования Озёрного района",
                    "27618000",
                    "Озёрный",
                    "пос. Озёрный",
                    false,
                    21),
            new Place(
                    "08",
                    "Никольский муниципальный район",
                    "Управление образования Никольского района",
                    "27621000",
                    "Никольск",
                    "г. Никольска",
                    false,
                    25),
            new Place(
                    "09",
                    "Верхнекамский муниципальный округ",
                    "Отдел образования Верхнекамского округа",
                    "27624000",
                    "Верхнекамск",
                    "г. Верхнекамска",
                    false,
                    28),
            new Place(
                    "10",
                    "Луговской муниципальный район",
                    "Отдел образования Луговского района",
                    "27627000",
                    "Луговое",
                    "с. Луговое",
                    false,
                    19),
            new Place(
                    "11",
                    "Каменский муниципальный район",
                    "Управление образования Каменского района",
                    "27630000",
                    "Каменка",
                    "с. Каменка",
                    false,
                    23),
            new Place(
                    "12",
                    "Добрянский муниципальный район",
                    "Отдел образования Добрянского района",
                    "27633000",
                    "Добрянка",
                    "г. Добрянки",
                    false,
                    22));

    private static final String[][] VILLAGES = {
        {"Ивановка", "Ивановская"},
        {"Петровское", "Петровская"},
        {"Михайловка", "Михайловская"},
        {"Никольское", "Никольская"},
        {"Покровка", "Покровская"},
        {"Александровка", "Александровская"},
        {"Знаменка", "Знаменская"},
        {"Троицкое", "Троицкая"},
        {"Воскресенское", "Воскресенская"},
        {"Успенка", "Успенская"},
        {"Красное", "Краснинская"},
        {"Ключи", "Ключевская"},
        {"Заречье", "Заречинская"},
        {"Каменка", "Каменская"},
        {"Озёрки", "Озёрская"},
        {"Дубровка", "Дубровская"},
        {"Горки", "Горковская"},
        {"Васильевка", "Васильевская"},
        {"Ольховка", "Ольховская"},
        {"Малиновка", "Малиновская"},
        {"Рябиновка", "Рябиновская"},
        {"Черёмушки", "Черёмушкинская"},
        {"Полянка", "Полянская"},
        {"Вишнёвое", "Вишнёвская"},
        {"Орловка", "Орловская"},
        {"Липовка", "Липовская"},
        {"Яблоновка", "Яблоновская"},
        {"Сергеевка", "Сергеевская"},
        {"Алексеевка", "Алексеевская"},
        {"Дмитриевка", "Дмитриевская"},
        {"Григорьевка", "Григорьевская"},
        {"Константиновка", "Константиновская"},
        {"Марьино", "Марьинская"},
        {"Надеждино", "Надеждинская"},
        {"Ракитное", "Ракитнянская"},
        {"Светлое", "Светлинская"},
        {"Боровое", "Боровская"},
        {"Кедровка", "Кедровская"},
        {"Еловка", "Еловская"},
        {"Тополёвка", "Тополёвская"}
    };

    private final Random random;
    private final StringBuilder csv = new StringBuilder();

    /** One generated school, before its INN, staff and shares are derived. */
    private record Spec(
            String code,
            String fullName,
            String shortName,
            String kind,
            String levels,
            boolean rural,
            int students,
            boolean correctional,
            boolean adverse,
            String branchOf) {}

    DemoSchools(Random random) {
        this.random = random;
    }

    String registerCsv() {
        csv.append(String.join(";", RegisterTemplate.headers())).append('\n');
        for (Place place : PLACES) {
            for (int i = 0; i < place.schools(); i++)
                row(place, place.city() ? citySchool(place, i) : districtSchool(place, i));
        }
        return csv.toString();
    }

    /** The first city schools (gymnasium, lyceum, in-depth school): name, short name, kind, levels, size range. */
    private static final String[][] CITY_LEADING = {
        {
            "Муниципальное автономное общеобразовательное учреждение «Гимназия № 1»",
            "МАОУ Гимназия № 1",
            "Гимназия",
            "НОО, ООО, СОО",
            "850",
            "1200"
        },
        {
            "Муниципальное автономное общеобразовательное учреждение «Лицей № 2»",
            "МАОУ Лицей № 2",
            "Лицей",
            "ООО, СОО",
            "600",
            "900"
        },
        {
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3 с углублённым изучением "
                    + "отдельных предметов»",
            "МБОУ СОШ № 3 с УИОП",
            "СОШ с УИОП",
            "НОО, ООО, СОО",
            "900",
            "1300"
        }
    };

    private static final String[] CITY_BOARDING = {
        "Государственное казённое общеобразовательное учреждение «Школа-интернат для обучающихся с ограниченными возможностями здоровья»",
        "ГКОУ Школа-интернат для обучающихся с ОВЗ",
        "Коррекционная школа",
        "НОО, ООО",
        "90",
        "220"
    };

    /** Village schools: name ending, short name ending, kind, levels, size range. */
    private static final String[][] VILLAGE_SCHOOLS = {
        {" средняя общеобразовательная школа»", " СОШ»", "СОШ", "НОО, ООО, СОО", "80", "420"},
        {" основная общеобразовательная школа»", " ООШ»", "ООШ", "НОО, ООО", "25", "140"},
        {" начальная общеобразовательная школа»", " НОШ»", "НОШ", "НОО", "8", "45"}
    };

    private static final String SECONDARY =
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ";

    private Spec citySchool(Place p, int i) {
        String[] t = i < CITY_LEADING.length ? CITY_LEADING[i] : i == p.schools() - 1 ? CITY_BOARDING : null;
        if (t != null)
            return new Spec(
                    code(p, i),
                    t[0] + " " + p.townGenitive(),
                    t[1],
                    t[2],
                    t[3],
                    false,
                    between(t),
                    t == CITY_BOARDING,
                    false,
                    "");
        String n = String.valueOf(i + 1);
        return new Spec(
                code(p, i),
                SECONDARY + n + "» " + p.townGenitive(),
                "МБОУ СОШ № " + n,
                "СОШ",
                "НОО, ООО, СОО",
                false,
                between(450, 1500),
                false,
                random.nextDouble() < 0.08,
                "");
    }

    private String lastSecondary = "";

    private Spec districtSchool(Place p, int i) {
        String code = code(p, i);
        if (i < 2) {
            lastSecondary = code;
            String n = String.valueOf(i + 1);
            return new Spec(
                    code,
                    SECONDARY + n + "» " + p.townGenitive(),
                    "МБОУ СОШ № " + n + " " + p.townGenitive(),
                    "СОШ",
                    "НОО, ООО, СОО",
                    !p.townGenitive().startsWith("г."),
                    i == 0 ? between(500, 900) : between(300, 700),
                    false,
                    random.nextDouble() < 0.15,
                    "");
        }
        String village = VILLAGES[(Integer.parseInt(p.code()) * 7 + i) % VILLAGES.length][1];
        double r = random.nextDouble();
        String[] t = VILLAGE_SCHOOLS[r < 0.45 ? 0 : r < 0.85 ? 1 : 2];
        boolean adverse = random.nextDouble() < 0.3;
        double branchChance = t == VILLAGE_SCHOOLS[0] ? 0 : t == VILLAGE_SCHOOLS[1] ? 0.25 : 0.5;
        String branchOf = random.nextDouble() < branchChance ? lastSecondary : "";
        if (t == VILLAGE_SCHOOLS[0]) lastSecondary = code;
        return new Spec(
                code,
                "Муниципальное казённое общеобразовательное учреждение «" + village + t[0],
                "МКОУ «" + village + t[1],
                t[2],
                t[3],
                true,
                between(t),
                false,
                adverse,
                branchOf);
    }

    private void row(Place p, Spec s) {
        int teachers = Math.max(4, s.students() / (s.rural() ? 9 : 16) + between(2, 6));
        boolean small = s.rural() && s.students() < 100;
        double ovz = s.correctional() ? 100 : Math.round((1 + random.nextDouble() * (s.rural() ? 11 : 7)) * 10) / 10.0;
        String inn = Inn.withCheckDigit("39" + p.code()
                + String.format(Locale.ROOT, "%05d", Integer.parseInt(s.code().substring(4)) * 37 + 1000));
        csv.append(String.join(
                        ";",
                        s.code(),
                        p.code(),
                        quote(s.fullName()),
                        quote(s.shortName()),
                        inn,
                        "",
                        "sch" + s.code(),
                        s.kind(),
                        quote(s.levels()),
                        s.rural() ? "село" : "город",
                        yesNo(small),
                        yesNo(s.correctional()),
                        String.valueOf(s.students()),
                        String.valueOf(teachers),
                        String.format(Locale.ROOT, "%.1f", ovz).replace('.', ','),
                        yesNo(s.adverse()),
                        s.branchOf()))
                .append('\n');
    }

    private static String yesNo(boolean b) {
        return b ? "да" : "нет";
    }

    private static String code(Place p, int index) {
        return "39" + p.code() + String.format(Locale.ROOT, "%02d", index + 1);
    }

    private int between(String[] template) {
        return between(Integer.parseInt(template[4]), Integer.parseInt(template[5]));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
