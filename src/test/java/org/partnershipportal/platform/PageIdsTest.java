package org.partnershipportal.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageIdsTest {

    @Test
    void digitsAreAnId() {
        assertThat(PageIds.parse("42")).isEqualTo(42L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "-1", "1e3", "99999999999999999999", "1 OR 1=1", " 7"})
    void anythingElseNamesNothing(String text) {
        assertThatThrownBy(() -> PageIds.parse(text)).isInstanceOf(NotFoundException.class);
    }
}
