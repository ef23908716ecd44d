package org.partnershipportal.flags;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TaggedPdf;

import java.net.URL;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** The flags comparison PDF for a board paper, as a screen reader meets it: tagged, titled, a table with column and row headers. */
@UsesDemoPartnership
class ComparisonPdfIT {

    final URL base = SharedPortal.base();

    @Test
    void theComparisonIsATaggedPdfWhoseTableHasColumnAndRowHeaders() throws Exception {
        PortalClient client = new PortalClient(base);
        client.signIn("parker.practitioner", DEMO_PASSWORD);
        String page = client.get("flags/compare.xhtml").body();
        String harm = page.replaceAll("(?s).*compare\\.pdf\\?harm=(\\d+).*", "$1");

        TaggedPdf pdf = new TaggedPdf(client.getBytes("flags/compare.pdf?harm=" + harm).body());

        assertThat(pdf.root).as("a structure tree").isNotNull();
        assertThat(pdf.marked).isTrue();
        assertThat(pdf.language).isEqualTo("en-GB");
        assertThat(pdf.title).startsWith("How partners flag ");
        assertThat(pdf.displaysTitle).isTrue();
        assertThat(pdf.untaggedText).as("text a screen reader cannot reach").isEmpty();

        TaggedPdf.Element document = pdf.root.kids().get(0);
        assertThat(document.kids().get(0).type()).isEqualTo("H1");
        assertThat(document.kids().get(0).allText()).isEqualTo(pdf.title);

        List<TaggedPdf.Element> tables = document.all("Table");
        assertThat(tables).hasSize(1);
        List<TaggedPdf.Element> rows = tables.get(0).kids();
        // Column headers: one per agency's flag, named as on the page.
        List<TaggedPdf.Element> flags = rows.get(0).kids().subList(1, rows.get(0).kids().size());
        assertThat(flags).isNotEmpty().allSatisfy(th -> {
            assertThat(th.type()).isEqualTo("TH");
            assertThat(th.scope()).isEqualTo("Column");
        });
        assertThat(flags).extracting(TaggedPdf.Element::allText).anyMatch(t -> t.startsWith("KSP: Child criminal exploitation"))
                .anyMatch(t -> t.startsWith("KYOS: Exploitation marker"));
        // Row headers: what is compared; then one data cell per flag, in the same order.
        for (TaggedPdf.Element row : rows.subList(1, rows.size())) {
            assertThat(row.kids().get(0).type()).isEqualTo("TH");
            assertThat(row.kids().get(0).scope()).isEqualTo("Row");
            assertThat(row.kids().subList(1, row.kids().size())).hasSize(flags.size()).extracting(TaggedPdf.Element::type).containsOnly("TD");
        }
        assertThat(rows.stream().skip(1).map(r -> r.kids().get(0).allText())).contains("When it is applied", "Review");
        assertThat(pdf.root.allText()).containsSubsequence(pdf.title, "Shaded cells differ", flags.get(0).allText());
    }
}
