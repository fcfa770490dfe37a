package ru.opora.orgunits.register;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.opora.shared.importing.Column;

/**
 * The register file template: the header row on the first sheet (required columns marked «*»),
 * and a second sheet explaining each column and its allowed values. Only the first sheet is read.
 */
public final class RegisterTemplate {

    private static final List<String[]> HELP = List.of(
            new String[] {"Код ОО", "да", "Уникальный код организации (до 32 знаков: буквы, цифры, . _ -)"},
            new String[] {"Муниципалитет", "да", "Код, ОКТМО или точное название муниципалитета из реестра"},
            new String[] {"Полное наименование", "да", "Как в уставе"},
            new String[] {"Краткое наименование", "да", "Например: МБОУ СОШ № 3"},
            new String[] {"ИНН", "да", "10 цифр, проверяется контрольная цифра"},
            new String[] {"ОГРН", "нет", "13 цифр"},
            new String[] {"Логин ФИС ОКО", "нет", "Логин организации в ФИС ОКО"},
            new String[] {
                "Вид ОО",
                "нет",
                "СОШ, СОШ с УИОП, ООШ, НОШ, Гимназия, Лицей, Школа-интернат, Центр образования, Коррекционная школа (по умолчанию СОШ)"
            },
            new String[] {"Уровни образования", "да", "НОО, ООО, СОО через запятую"},
            new String[] {"Тип поселения", "да", "город или село"},
            new String[] {"Малокомплектная", "нет", "да / нет"},
            new String[] {"Коррекционная", "нет", "да / нет"},
            new String[] {"Численность обучающихся", "да", "Целое число от 0"},
            new String[] {"Численность педагогов", "да", "Целое число от 0"},
            new String[] {"Доля обучающихся с ОВЗ, %", "нет", "Число от 0 до 100, например 7,5"},
            new String[] {"Неблагоприятные социальные условия", "нет", "да / нет"},
            new String[] {"Головная ОО (код)", "нет", "Для филиала: код головной организации"});

    private RegisterTemplate() {}

    public static List<String> headers() {
        return RegisterColumn.ALL.stream().map(Column::templateHeader).toList();
    }

    static void writeXlsx(OutputStream out) throws IOException {
        try (var wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = wb.createSheet("Реестр");
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(14, headers.get(i).length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = wb.createSheet("Справка");
            Row h = help.createRow(0);
            String[] titles = {"Столбец", "Обязательный", "Что вписать"};
            for (int i = 0; i < titles.length; i++) {
                h.createCell(i).setCellValue(titles[i]);
                h.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < HELP.size(); r++) {
                Row row = help.createRow(r + 1);
                for (int c = 0; c < 3; c++) row.createCell(c).setCellValue(HELP.get(r)[c]);
            }
            help.setColumnWidth(0, 40 * 256);
            help.setColumnWidth(1, 14 * 256);
            help.setColumnWidth(2, 100 * 256);
            wb.write(out);
        }
    }

    /** UTF-8 with a BOM, so that Excel opens it in the right encoding; separated by «;» as Russian Excel expects. */
    static byte[] csv() {
        return ("\uFEFF" + String.join(";", headers()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
