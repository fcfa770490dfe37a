#!/usr/bin/env python3
"""Writes docs/samples/adoption/: the files a new region loads through the API alone
(tools/adopt-region.sh): three municipalities, a register of 24 schools, a catalogue of two
ВПР works (mathematics, grade 5, 2025 and 2026) and their participant-level results.

The results are generated with a fixed seed, so the files never change between runs: three
schools are weak in both years (the identification finds them), one rural school is too small
to judge, the rest are ordinary or strong.  Run it again only to change the samples."""
import csv
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parent.parent / "docs" / "samples" / "adoption"
random.seed(20260901)

MUNICIPALITIES = [
    ("61", "Приозёрный муниципальный район", "61610000", "Отдел образования администрации Приозёрного района"),
    ("62", "Городской округ Каменск", "61720000", "Управление образования Каменска"),
    ("63", "Степной муниципальный округ", "61630000", "Отдел образования Степного округа"),
]
TASKS = [  # task, max score, skill code, skill, level
    ("1", 1, "1.1", "Понятие натурального числа, действия с числами", "Б"),
    ("2", 1, "1.2", "Обыкновенные дроби", "Б"),
    ("3", 1, "1.3", "Десятичные дроби", "Б"),
    ("4", 1, "2.1", "Решение текстовых задач на движение", "Б"),
    ("5", 2, "2.2", "Задачи на части и проценты", "Б"),
    ("6", 1, "3.1", "Чтение таблиц и диаграмм", "Б"),
    ("7", 2, "4.1", "Единицы измерения, вычисление площади", "Б"),
    ("8", 1, "4.2", "Наглядная геометрия", "Б"),
    ("9", 2, "5.1", "Логические задачи", "П"),
    ("10", 2, "5.2", "Задачи повышенной трудности", "П"),
]
FULL = {"СОШ": "средняя общеобразовательная школа", "ООШ": "основная общеобразовательная школа"}
THRESHOLDS = (5, 8, 11)  # minimum scores of «3», «4», «5» out of 14


def inn(n):
    digits = [int(d) for d in f"{7700000000 + n * 7919:010d}"[:9]]
    check = sum(w * d for w, d in zip([2, 4, 10, 3, 5, 9, 4, 6, 8], digits)) % 11 % 10
    return "".join(map(str, digits)) + str(check)


def schools():
    plan = []
    names = ["Берёзовская", "Луговская", "Озёрная", "Сосновская", "Нагорная", "Речная", "Полевая",
             "Васильевская", "Кленовая", "Заречная", "Лесная", "Ключевская"]
    n = 0
    for m, (mcode, *_rest) in enumerate(MUNICIPALITIES):
        for k in range(8):
            n += 1
            city = mcode == "62"
            kind = "СОШ" if k % 3 else ("Гимназия" if city else "ООШ")
            levels = "НОО, ООО" if kind == "ООШ" else "НОО, ООО, СОО"
            name = f"№ {k + 1}" if city else names[(m * 8 + k) % len(names)]
            full = (f"Муниципальное бюджетное общеобразовательное учреждение «{kind} {name}»" if city
                    else f"Муниципальное казённое общеобразовательное учреждение «{name} {FULL[kind]}»")
            short = f"МБОУ «{kind} {name}»" if city else f"МКОУ «{name} {kind}»"
            weak = (mcode, k) in {("61", 2), ("63", 5)}
            small = (mcode, k) == ("61", 6)
            strong = kind == "Гимназия"
            ability = 0.25 if weak else 0.8 if strong else random.uniform(0.5, 0.7)
            pupils = 6 if small else random.randint(18, 40) if not city else random.randint(45, 75)
            plan.append(dict(code=f"{mcode}{k + 1:04d}", mun=mcode, full=full, short=short, inn=inn(n), kind=kind,
                             levels=levels, place="город" if city else "село", small="да" if small else "нет",
                             students=pupils * 9 + random.randint(0, 20), teachers=max(8, pupils // 2 + random.randint(5, 12)),
                             adverse="да" if weak else "нет", ability=ability, pupils=pupils))
    return plan


def write(name, header, rows):
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def results(year, plan):
    header = ["Код ОО", "Код", "Класс", "Вариант"] + [f"{t} ({m}б)" for t, m, *_ in TASKS] + [
        "Отметка за предыдущий период", "Пол", "ОВЗ"]
    rows = []
    for s in plan:
        for p in range(s["pupils"]):
            ability = min(0.97, max(0.03, random.gauss(s["ability"], 0.14)))
            scores = []
            for t, mx, _, _, level in TASKS:
                chance = ability - (0.15 if level == "П" else 0)
                scores.append(sum(1 for _ in range(mx) if random.random() < chance))
            total = sum(scores)
            mark = 2 if total < THRESHOLDS[0] else 3 if total < THRESHOLDS[1] else 4 if total < THRESHOLDS[2] else 5
            journal = min(5, max(2, mark + random.choice([0, 0, 0, 1, -1])))
            rows.append([s["code"], f"{year % 100}{s['code']}{p + 1:03d}", "5" + "АБВ"[p // 25], 1 + p % 2, *scores,
                         journal, random.choice("мж"), "да" if random.random() < 0.05 else "нет"])
    write(f"vpr-{year}-math-5.csv", header, rows)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write("municipalities.csv", ["Код муниципалитета", "Наименование", "ОКТМО", "Орган управления образованием"],
          MUNICIPALITIES)
    plan = schools()
    write("register.csv",
          ["Код ОО", "Муниципалитет", "Полное наименование", "Краткое наименование", "ИНН", "ОГРН",
           "Логин ФИС ОКО", "Вид ОО", "Уровни образования", "Тип поселения", "Малокомплектная", "Коррекционная",
           "Численность обучающихся", "Численность педагогов", "Доля обучающихся с ОВЗ, %",
           "Неблагоприятные социальные условия", "Головная ОО (код)"],
          [[s["code"], s["mun"], s["full"], s["short"], s["inn"], "", "", s["kind"], s["levels"], s["place"],
            s["small"], "нет", s["students"], s["teachers"], "", s["adverse"], ""] for s in plan])
    catalogue = []
    for year in (2025, 2026):
        for t, mx, skill_code, skill, level in TASKS:
            catalogue.append(["ВПР", year, "MA", "Математика", 5, t, mx, skill_code, skill, level, *THRESHOLDS])
    write("catalogue.csv", ["Вид", "Год", "Код предмета", "Предмет", "Класс", "Задание", "Макс. балл", "Код умения",
                            "Проверяемое умение", "Уровень", "Мин. балл «3»", "Мин. балл «4»", "Мин. балл «5»"],
          catalogue)
    for year in (2025, 2026):
        results(year, plan)


if __name__ == "__main__":
    main()
