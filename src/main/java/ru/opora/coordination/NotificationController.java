package ru.opora.coordination;

import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notifications: the list, opening one (marks it read) and marking all read. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Principal who, Model model) {
        model.addAttribute("notifications", notifications.of(who.getName()));
        return "coordination/notifications";
    }

    @PostMapping("/notifications/{id}")
    String open(@PathVariable UUID id, Principal who) {
        String link = notifications.read(id, who.getName());
        return "redirect:" + (link == null || !link.startsWith("/") ? "/notifications" : link);
    }

    @PostMapping("/notifications/read")
    String readAll(Principal who) {
        notifications.readAll(who.getName());
        return "redirect:/notifications";
    }

    /** The number of unread notifications for the header of every page. */
    @ControllerAdvice
    static class UnreadCount {

        private final Notifications notifications;

        UnreadCount(Notifications notifications) {
            this.notifications = notifications;
        }

        @ModelAttribute("unreadNotifications")
        @Nullable
        Integer unread(@Nullable Principal who) {
            return who == null ? null : notifications.unread(who.getName());
        }
    }
}
