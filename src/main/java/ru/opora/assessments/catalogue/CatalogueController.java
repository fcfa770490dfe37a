package ru.opora.assessments.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.shared.UnreadableFile;

/** The assessment catalogue for region admins: what is in it, and loading a file. */
@Controller
class CatalogueController {

    private static final String HEADER =
            "Вид;Год;Код предмета;Предмет;Класс;Задание;Макс. балл;Код умения;Проверяемое умение;Уровень;"
                    + "Мин. балл «3»;Мин. балл «4»;Мин. балл «5»\r\n";

    private final Catalogue catalogue;
    private final CatalogueUpload upload;

    CatalogueController(Catalogue catalogue, CatalogueUpload upload) {
        this.catalogue = catalogue;
        this.upload = upload;
    }

    @GetMapping("/results/catalogue")
    String list(Model model) {
        model.addAttribute("assessments", catalogue.all());
        return "assessments/catalogue";
    }

    @GetMapping("/results/catalogue/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"catalogue-template.csv\"");
        response.getOutputStream().write(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole catalogue in the upload format: download, edit in Excel, load again. */
    @GetMapping("/results/catalogue/catalogue.xlsx")
    void export(HttpServletResponse response) throws IOException {
        var rows = new java.util.ArrayList<java.util.List<?>>();
        for (Assessment a : catalogue.all())
            for (Task t : a.tasks())
                rows.add(java.util.Arrays.asList(
                        a.kind().abbreviation(),
                        a.year(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.grade(),
                        t.number(),
                        t.maxScore(),
                        t.skillCode(),
                        t.skill(),
                        LEVELS.get(t.difficulty()),
                        a.scale().threshold(3),
                        a.scale().threshold(4),
                        a.scale().threshold(5)));
        var headers = java.util.List.of(HEADER.strip().split(";"));
        ru.opora.shared.XlsxTableWriter.download(
                response, "catalogue.xlsx", new ru.opora.shared.Table("Каталог", headers, rows));
    }

    private static final java.util.Map<Difficulty, String> LEVELS =
            java.util.Map.of(Difficulty.BASIC, "Б", Difficulty.ADVANCED, "П", Difficulty.HIGH, "В");

    @PostMapping("/results/catalogue")
    String load(@RequestParam("file") MultipartFile file, Principal principal, Model model) throws IOException {
        Path temp = Files.createTempFile("opora-catalogue-", ".upload");
        try {
            file.transferTo(temp);
            String name = file.getOriginalFilename() == null
                    ? "catalogue"
                    : Path.of(file.getOriginalFilename().replace('\\', '/'))
                            .getFileName()
                            .toString();
            model.addAttribute("outcome", upload.load(name, temp, principal.getName()));
        } catch (CatalogueUpload.CatalogueRejected e) {
            model.addAttribute("problems", e.problems());
        } catch (UnreadableFile e) {
            model.addAttribute("unreadable", e);
        } finally {
            Files.deleteIfExists(temp);
        }
        return list(model);
    }
}
