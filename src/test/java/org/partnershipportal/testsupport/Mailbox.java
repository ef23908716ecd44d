package org.partnershipportal.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the portal's mail reached, as the person it was sent to reads it: the test's GreenMail server,
 * asked until a wanted message arrives (never a fixed sleep).
 */
public final class Mailbox {

    private final GreenMailExtension mail;

    private Mailbox(GreenMailExtension mail) {
        this.mail = mail;
    }

    public static Mailbox of(GreenMailExtension mail) {
        return new Mailbox(mail);
    }

    /** The first message that matches, once it has arrived (20 seconds at most). */
    public MimeMessage await(Predicate<MimeMessage> wanted) throws InterruptedException {
        return arrived(wanted, 1, "No such mail arrived").get(0);
    }

    /** The newest of at least {@code count} messages that match, once that many have arrived (20 seconds at most). */
    public MimeMessage awaitCount(Predicate<MimeMessage> wanted, int count) throws InterruptedException {
        List<MimeMessage> found = arrived(wanted, count, "Fewer than " + count + " such mails arrived");
        return found.get(found.size() - 1);
    }

    /** The matching messages once at least {@code count} have arrived, waiting 20 seconds at most; else fails with {@code failure}. */
    private List<MimeMessage> arrived(Predicate<MimeMessage> wanted, int count, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = matching(wanted);
            if (found.size() >= count) {
                return found;
            }
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError(failure + "; received: " + matching(m -> true).stream().map(Mailbox::subject).toList());
    }

    public List<MimeMessage> matching(Predicate<MimeMessage> wanted) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (wanted.test(message)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Addressed to a demo person (their address is their username at the demo domain). */
    public static boolean to(MimeMessage message, String username) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(username + "@kestrel-vale.example"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's text part (the whole body for a plain message). */
    public static String textOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            MimeMultipart parts = (MimeMultipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") && part.getFileName() == null) {
                    return (String) part.getContent();
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
