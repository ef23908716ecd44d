package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a chair is told after a notice to members: never "0 members e-mailed" when the portal has no e-mail set up. */
class MemberMailTest {

    @Test
    void aPortalWithoutEMailSaysSoRatherThanThatNoMemberWasEMailed() {
        MemberMail.Delivery delivery = new MemberMail.Delivery(false, 3, 0, List.of());
        assertThat(delivery.told()).isEqualTo("e-mail is not set up on this portal, so no member was e-mailed: let them know another way");
        assertThat(delivery.everyoneTold()).isFalse();
        assertThat(delivery.summary()).isEqualTo("e-mail not set up: none of 3 members e-mailed");
    }

    @Test
    void everyMemberEMailed() {
        MemberMail.Delivery delivery = new MemberMail.Delivery(true, 3, 3, List.of());
        assertThat(delivery.told()).isEqualTo("3 members e-mailed");
        assertThat(delivery.everyoneTold()).isTrue();
        assertThat(delivery.summary()).isEqualTo("3 of 3 members e-mailed");
    }

    @Test
    void aFailedAddressIsNamed() {
        MemberMail.Delivery delivery = new MemberMail.Delivery(true, 3, 2, List.of("a.member"));
        assertThat(delivery.told()).isEqualTo("2 of 3 members e-mailed (not sent to a.member: the server log has the reason)");
        assertThat(delivery.everyoneTold()).isFalse();
    }
}
