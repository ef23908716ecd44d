package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputRulesTest {

    @Test
    void onlyAnHttpsAddressBecomesALink() {
        assertThat(InputRules.httpsLink("https://meet.example.org/board?id=1")).isEqualTo("https://meet.example.org/board?id=1");
        assertThat(InputRules.httpsLink("HTTPS://meet.example.org/")).isEqualTo("HTTPS://meet.example.org/");
        assertThat(InputRules.httpsLink("javascript:alert(1)")).isNull();
        assertThat(InputRules.httpsLink("JaVaScRiPt:alert(1)")).isNull();
        assertThat(InputRules.httpsLink(" javascript:alert(1)")).isNull();
        assertThat(InputRules.httpsLink("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(InputRules.httpsLink("http://meet.example.org/")).isNull();
        assertThat(InputRules.httpsLink("https:/no-host")).isNull();
        assertThat(InputRules.httpsLink("https://example.org/\"><img src=x onerror=alert(1)>")).isNull();
        assertThat(InputRules.httpsLink("https://portal.example.org@evil.example/")).as("a user part that hides the real host").isNull();
        assertThat(InputRules.httpsLink(null)).isNull();
    }
}
