package ru.opora.platform;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;
import ru.opora.shared.jobs.BackgroundJobs;

/** The region administrators' list of every background job of their region, whoever started it. */
@Controller
class JobsController {

    private static final int LISTED = 200;

    private final BackgroundJobs jobs;

    JobsController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/jobs")
    String region(Scope scope, Model model) {
        model.addAttribute("jobs", scope.isEmpty() ? List.of() : jobs.ofRegion(scope.regionId(), LISTED));
        return "platform/jobs";
    }
}
