package ru.opora.orgunits.register;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The demo region's schools as a register CSV: city districts with large schools, gymnasiums and
 * lyceums; rural districts with small basic and primary schools, some of them branches of a
 * neighbouring secondary school. Sizes and shares follow the shapes of real regional registers.
 */
final class DemoSchools {

    /** A municipality of the demo region; {@code city} districts get urban schools. */
    record Place(String code, String name, String authority, String oktmo, String town, String townGenitive, boolean city, int schools) {}

    static final List<Place> PLACES = List.of(
            new Place("01", "Городской округ Приозёрск", "Управление образования администрации г. Приозёрска", "27701000", "Приозёрск", "г. Приозёрска", true, 64),
            new Place("02", "Городской округ Светлогорск", "Комитет по образованию г. Светлогорска", "27705000", "Светлогорск", "г. Светлогорска", true, 38),
            new Place("03", "Заречный муниципальный район", "Отдел образования Заречного района", "27606000", "Заречный", "пос. Заречный", false, 27),
            new Place("04", "Берёзовский муниципальный район", "Управление образования Берёзовского района", "27609000", "Берёзовка", "с. Берёзовка", false, 24),
            new Place("05", "Сосновский муниципальный округ", "Отдел образования Сосновского округа", "27612000", "Сосновка", "с. Сосновка", false, 22),
            new Place("06", "Краснохолмский муниципальный район", "Управление образования Краснохолмского района", "27615000", "Красный Холм", "г. Красный Холм", false, 26),
            new Place("07", "Озёрный муниципальный район", "Отдел образования Озёрного района", "27618000", "Озёрный", "пос. Озёрный", false, 21),
            new Place("08", "Никольский муниципальный район", "Управление образования Никольского района", "27621000", "Никольск", "г. Никольска", false, 25),
            new Place("09", "Верхнекамский муниципальный округ", "Отдел образования Верхнекамского округа", "27624000", "Верхнекамск", "г. Верхнекамска", false, 28),
            new Place("10", "Луговской муниципальный район", "Отдел образования Луговского района", "27627000", "Луговое", "с. Луговое", false, 19),
            new Place("11", "Каменский муниципальный район", "Управление образования Каменского района", "27630000", "Каменка", "с. Каменка", false, 23),
            new Place("12", "Добрянский муниципальный район", "Отдел образования Добрянского района", "27633000", "Добрянка", "г. Добрянки", false, 22));

    private static final String[][] VILLAGES = {
        {"Ивановка", "Ивановская"}, {"Петровское", "Петровская"}, {"Михайловка", "Михайловская"}, {"Никольское", "Никольская"},
        {"Покровка", "Покровская"}, {"Александровка", "Александровская"}, {"Знаменка", "Знаменская"}, {"Троицкое", "Троицкая"},
        {"Воскресенское", "Воскресенская"}, {"Успенка", "Успенская"}, {"Красное", "Краснинская"}, {"Ключи", "Ключевская"},
        {"Заречье", "Заречинская"}, {"Каменка", "Каменская"}, {"Озёрки", "Озёрская"}, {"Дубровка", "Дубровская"},
        {"Горки", "Горковская"}, {"Васильевка", "Васильевская"}, {"Ольховка", "Ольховская"}, {"Малиновка", "Малиновская"},
        {"Рябиновка", "Рябиновская"}, {"Черёмушки", "Черёмушкинская"}, {"Полянка", "Полянская"}, {"Вишнёвое", "Вишнёвская"},
        {"Орловка", "Орловская"}, {"Липовка", "Липовская"}, {"Яблоновка", "Яблоновская"}, {"Сергеевка", "Сергеевская"},
        {"Алексеевка", "Алексеевская"}, {"Дмитриевка", "Дмитриевская"}, {"Григорьевка", "Григорьевская"}, {"Константиновка", "Константиновская"},
        {"Марьино", "Марьинская"}, {"Надеждино", "Надеждинская"}, {"Ракитное", "Ракитнянская"}, {"Светлое", "Светлинская"},
        {"Боровое", "Боровская"}, {"Кедровка", "Кедровская"}, {"Еловка", "Еловская"}, {"Тополёвка", "Тополёвская"}};

    private final Random random;
    private final StringBuilder csv = new StringBuilder();

    DemoSchools(Random random) {
        this.random = random;
    }

    String registerCsv() {
        csv.append(String.join(";", RegisterTemplate.headers())).append('\n');
        for (Place place : PLACES) {
            if (place.city()) city(place);
            else district(place);
        }
        return csv.toString();
    }

    private void city(Place p) {
        int number = 1;
        for (int i = 0; i < p.schools(); i++, number++) {
            String code = code(p, i);
            if (i == 0) row(p, code, "Муниципальное автономное общеобразовательное учреждение «Гимназия № 1» " + p.townGenitive(), "МАОУ Гимназия № 1", "Гимназия", "НОО, ООО, СОО", "город", between(850, 1200), false, false, null);
            else if (i == 1) row(p, code, "Муниципальное автономное общеобразовательное учреждение «Лицей № 2» " + p.townGenitive(), "МАОУ Лицей № 2", "Лицей", "ООО, СОО", "город", between(600, 900), false, false, null);
            else if (i == 2) row(p, code, "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3 с углублённым изучением отдельных предметов» " + p.townGenitive(), "МБОУ СОШ № 3 с УИОП", "СОШ с УИОП", "НОО, ООО, СОО", "город", between(900, 1300), false, false, null);
            else if (i == p.schools() - 1) row(p, code, "Государственное казённое общеобразовательное учреждение «Школа-интернат для обучающихся с ограниченными возможностями здоровья» " + p.townGenitive(), "ГКОУ Школа-интернат для обучающихся с ОВЗ", "Коррекционная школа", "НОО, ООО", "город", between(90, 220), true, false, null);
            else {
                boolean adverse = random.nextDouble() < 0.08;
                row(p, code, "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № " + number + "» " + p.townGenitive(), "МБОУ СОШ № " + number, "СОШ", "НОО, ООО, СОО", "город", between(450, 1500), false, adverse, null);
            }
        }
    }

    private void district(Place p) {
        int offset = Integer.parseInt(p.code()) * 7;
        row(p, code(p, 0), "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1» " + p.townGenitive(), "МБОУ СОШ № 1 " + p.townGenitive(), "СОШ", "НОО, ООО, СОО", p.townGenitive().startsWith("г.") ? "город" : "село", between(500, 900), false, random.nextDouble() < 0.15, null);
        row(p, code(p, 1), "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2» " + p.townGenitive(), "МБОУ СОШ № 2 " + p.townGenitive(), "СОШ", "НОО, ООО, СОО", p.townGenitive().startsWith("г.") ? "город" : "село", between(300, 700), false, random.nextDouble() < 0.15, null);
        String lastSecondary = code(p, 1);
        for (int i = 2; i < p.schools(); i++) {
            String[] village = VILLAGES[(offset + i) % VILLAGES.length];
            double r = random.nextDouble();
            boolean adverse = random.nextDouble() < 0.3;
            if (r < 0.45) {
                row(p, code(p, i), "Муниципальное казённое общеобразовательное учреждение «" + village[1] + " средняя общеобразовательная школа»", "МКОУ «" + village[1] + " СОШ»", "СОШ", "НОО, ООО, СОО", "село", between(80, 420), false, adverse, null);
                lastSecondary = code(p, i);
            } else if (r < 0.85) {
                row(p, code(p, i), "Муниципальное казённое общеобразовательное учреждение «" + village[1] + " основная общеобразовательная школа»", "МКОУ «" + village[1] + " ООШ»", "ООШ", "НОО, ООО", "село", between(25, 140), false, adverse, random.nextDouble() < 0.25 ? lastSecondary : null);
            } else {
                row(p, code(p, i), "Муниципальное казённое общеобразовательное учреждение «" + village[1] + " начальная общеобразовательная школа»", "МКОУ «" + village[1] + " НОШ»", "НОШ", "НОО", "село", between(8, 45), false, adverse, random.nextDouble() < 0.5 ? lastSecondary : null);
            }
        }
    }

    private void row(Place p, String code, String fullName, String shortName, String kind, String levels, String settlement, int students,
            boolean correctional, boolean adverse, String branchOf) {
        int teachers = Math.max(4, students / (settlement.equals("город") ? 16 : 9) + between(2, 6));
        boolean small = settlement.equals("село") && students < 100;
        double ovz = correctional ? 100 : Math.round((1 + random.nextDouble() * (settlement.equals("село") ? 11 : 7)) * 10) / 10.0;
        String inn = Inn.withCheckDigit("39" + p.code() + String.format(Locale.ROOT, "%05d", Integer.parseInt(code.substring(4)) * 37 + 1000));
        csv.append(String.join(";", code, p.code(), quote(fullName), quote(shortName), inn, "", "sch" + code, kind, quote(levels), settlement,
                small ? "да" : "нет", correctional ? "да" : "нет", String.valueOf(students), String.valueOf(teachers),
                String.format(Locale.ROOT, "%.1f", ovz).replace('.', ','), adverse ? "да" : "нет", branchOf == null ? "" : branchOf)).append('\n');
    }

    private static String code(Place p, int index) {
        return "39" + p.code() + String.format(Locale.ROOT, "%02d", index + 1);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
