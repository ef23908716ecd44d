package org.partnershipportal.catalogue;

import java.util.List;

/** E-mails a change to a data request causes, sent only once the change is committed. */
public record RequestNotice(List<Mail> mails) {

    public record Mail(String to, String subject, String body) {
    }
}
