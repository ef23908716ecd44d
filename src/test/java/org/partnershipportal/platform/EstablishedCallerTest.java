package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller the portal established for a request answers only for that caller, and only with the groups it was given. */
class EstablishedCallerTest {

    private final EstablishedCaller established = new EstablishedCaller("someone", Set.of(Permission.READ_CATALOGUE.name()));

    @Test
    void answersForTheCallerItWasEstablishedFor() {
        assertThat(established.isAbout("someone")).isTrue();
        assertThat(established.holds(Permission.READ_CATALOGUE)).isTrue();
        assertThat(established.holds(Permission.MANAGE_PEOPLE)).as("a permission it was not given").isFalse();
    }

    @Test
    void answersForNobodyElseAfterASignOutOrAnotherSignIn() {
        assertThat(established.isAbout(null)).as("signed out within the request").isFalse();
        assertThat(established.isAbout("someone.else")).isFalse();
    }
}
