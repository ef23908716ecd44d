package org.partnershipportal.catalogue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The administrator's service levels refuse what is not a whole number of working days within the limits, saying so in
 * the form's words (a walk of the pages found "'2.5' must be a number between -2147483648 and 2147483647 Example: 9346"),
 * and keep the levels as they were; a box left empty is refused too, each beside itself.
 */
@UsesDemoPartnership
class ServiceLevelsFormIT {

    @Test
    void aFractionOrADayCountOutsideTheLimitsIsRefusedInTheFormsWordsAndChangesNothing() throws Exception {
        PortalClient admin = PortalClient.signedIn(SharedPortal.base(), "avery.admin", DEMO_PASSWORD);
        Document before = Jsoup.parse(admin.get("admin/service-levels.xhtml").body());
        String accept = before.selectFirst("input[name=levels:daysToAccept]").val();
        String answer = before.selectFirst("input[name=levels:daysToAnswer]").val();

        Document fraction = Jsoup.parse(save(admin, "2.5", answer).body());
        assertThat(fraction.select(".field:has([id='levels:daysToAccept']) .ui-message-error").text())
                .isEqualTo("Give 1 to " + ServiceLevel.MAX_DAYS_TO_ACCEPT + " working days, as a whole number");
        assertThat(fraction.text()).doesNotContain("2147483647");

        // Both cleared: each is refused beside itself (an empty box had read as 0, and only the first was flagged), left empty.
        Document cleared = Jsoup.parse(save(admin, "", "").body());
        assertThat(cleared.select(".field:has([id='levels:daysToAccept']) .ui-message-error").text())
                .isEqualTo("Give 1 to " + ServiceLevel.MAX_DAYS_TO_ACCEPT + " working days");
        assertThat(cleared.select(".field:has([id='levels:daysToAnswer']) .ui-message-error").text())
                .isEqualTo("Give 1 to " + ServiceLevel.MAX_DAYS_TO_ANSWER + " working days");
        assertThat(cleared.selectFirst("input[name=levels:daysToAccept]").val()).as("not shown as 0").isEmpty();

        Document tooLong = Jsoup.parse(save(admin, accept, String.valueOf(ServiceLevel.MAX_DAYS_TO_ANSWER + 1)).body());
        assertThat(tooLong.text()).contains("Give 1 to " + ServiceLevel.MAX_DAYS_TO_ANSWER + " working days");

        Document after = Jsoup.parse(admin.get("admin/service-levels.xhtml").body());
        assertThat(after.selectFirst("input[name=levels:daysToAccept]").val()).isEqualTo(accept);
        assertThat(after.selectFirst("input[name=levels:daysToAnswer]").val()).isEqualTo(answer);
    }

    private static HttpResponse<String> save(PortalClient admin, String daysToAccept, String daysToAnswer) throws Exception {
        String page = admin.get("admin/service-levels.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("levels", "levels");
        form.put("levels:daysToAccept", daysToAccept);
        form.put("levels:daysToAnswer", daysToAnswer);
        form.put("levels:save", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        form.put("primefaces.nonce", PortalClient.nonce(page));
        HttpResponse<String> saved = admin.post("admin/service-levels.xhtml", form);
        assertThat(saved.statusCode()).isEqualTo(200);
        return saved;
    }
}
