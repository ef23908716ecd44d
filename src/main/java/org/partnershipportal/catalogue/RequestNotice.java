package org.partnershipportal.catalogue;

import java.util.List;

/** E-mails the catalogue's workflow causes (a change to a data request, an agreement's review reminder), sent only once the change is committed. */
public record RequestNotice(List<Mail> mails) {

    public record Mail(String to, String subject, String body) {
    }
}
