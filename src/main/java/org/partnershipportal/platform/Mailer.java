package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends plain-text e-mail through the SMTP server in {@link MailSettings} (Jakarta Mail). */
@ApplicationScoped
public class Mailer {

    @Inject
    MailSettings settings;

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    public void send(String to, String subject, String text) throws MessagingException {
        if (!settings.isConfigured()) {
            throw new IllegalStateException("No SMTP server is configured (PORTAL_MAIL_HOST)");
        }
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    /** A file sent with a message, built in full before sending. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** A plain-text message with files attached (an agenda's calendar entry, for example). */
    public void send(String to, String subject, String text, Attachment... attachments) throws MessagingException {
        if (!settings.isConfigured()) {
            throw new IllegalStateException("No SMTP server is configured (PORTAL_MAIL_HOST)");
        }
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart body = new jakarta.mail.internet.MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        parts.addBodyPart(body);
        for (Attachment attachment : attachments) {
            jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.username().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.username().get();
            String password = settings.password();
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }
}
