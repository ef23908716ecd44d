package org.partnershipportal.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a data lead reads after acting on a request says whether the e-mail goes: a page walk of the demo, which has no
 * mail server, read "The requester has been told." when nobody was. (The integration tests run with a mail server, so the
 * wording without one is checked here.)
 */
class RequestNotificationsTest {

    @Test
    void withAMailServerThePersonIsSaidToBeEmailed() {
        assertThat(RequestNotifications.told(true, "the requester", false)).isEqualTo("The requester is e-mailed.");
        assertThat(RequestNotifications.told(true, "the other agency's data leads and the requester", true))
                .isEqualTo("The other agency's data leads and the requester are e-mailed.");
    }

    @Test
    void withoutOneTheyAreSaidNotToBeAndToBeToldAnotherWay() {
        assertThat(RequestNotifications.told(false, "the requester", false))
                .isEqualTo("E-mail is not set up on this portal, so the requester is not e-mailed: let them know another way.");
        assertThat(RequestNotifications.told(false, "the other agency's data leads and the requester", true))
                .isEqualTo("E-mail is not set up on this portal, so the other agency's data leads and the requester are not e-mailed: "
                        + "let them know another way.");
    }
}
