package ru.opora.coordination;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of a notification, when SMTP is configured ({@code spring.mail.host}); without it
 * there is no mail sender and notifications stay in the application. A failed send is logged and
 * does not undo the notification.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            @Value("${opora.mail.from:opora@localhost}") String from,
            @Value("${opora.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Sends the copy; true when it was sent. */
    boolean send(String to, String subject, String text, String link) {
        var mail = sender.getIfAvailable();
        if (mail == null) return false;
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text + "\n\n" + baseUrl + link);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("E-mail to {} not sent: {}", to, e.getMessage());
            return false;
        }
    }
}
