package ru.opora.coordination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications through the API (the newest 200). */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Уведомления")
class NotificationApi {

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "Мои уведомления, новые первыми: о чём, ссылка на страницу, прочитано ли")
    List<Notifications.Notification> mine(Principal principal) {
        return notifications.of(principal.getName());
    }
}
