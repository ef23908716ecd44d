package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.partnershipportal.meetings.PackContents.Enclosure;
import org.partnershipportal.meetings.PackContents.Inclusion;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PackContentsTest {

    @Test
    void papersFollowThePacksOwnPagesInAgendaOrderAndOnlyMergedOnesTakePages() {
        PackContents contents = new PackContents(4, List.of(
                new Enclosure("a.pdf", Inclusion.MERGED, 2),
                new Enclosure("b.docx", Inclusion.ATTACHED_SEPARATELY, 0),
                new Enclosure("c.pdf", Inclusion.UNREADABLE, 0),
                new Enclosure("d.pdf", Inclusion.MERGED, 3)));

        assertThat(contents.firstPages()).isEqualTo(Arrays.asList(5, null, null, 7));
        assertThat(contents.totalPages()).isEqualTo(9);
        assertThat(PackContents.note(contents.enclosures().get(1))).contains("attached separately");
        assertThat(PackContents.note(contents.enclosures().get(2))).isEqualTo("could not be included; download it separately");
    }
}
