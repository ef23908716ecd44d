package org.partnershipportal.language;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.boards.BoardDirectory;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.testsupport.Deployments;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language list's services inside the server, on the real database: the starter list works, and only administrators change it. */
@ExtendWith(ArquillianExtension.class)
class LanguageListIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.inServer(LanguageListIT.class);
    }

    @Inject
    LanguageList list;

    @Inject
    LanguageReport report;

    @Inject
    BoardDirectory boards;

    @Test
    void theStarterListIsReadFromTheDatabaseAndEveryPatternInItCompiles() {
        List<ListedTerm> entries = list.entries();
        assertTrue(entries.size() >= 10, "starter list has " + entries.size() + " entries");
        for (ListedTerm term : entries) {
            TermPattern.of(term.getPattern());
            assertFalse(term.getSource().isBlank(), term.getPhrase() + " names its source");
        }
        List<String> found = list.matcher().find("She keeps putting herself at risk; a consent form was signed.").stream()
                .map(LanguageMatcher.Finding::phrase).toList();
        assertEquals(List.of("putting themselves at risk"), found);
    }

    @Test
    void withoutAnAdministratorTheServiceRefusesEveryChangeAndNothingChanges() {
        List<ListedTerm> before = list.entries();
        ListedTerm first = before.get(0);
        TermEntryForm form = TermEntryForm.of(first);
        form.setAlternative("Changed by someone who may not");
        assertThrows(AccessRefusedException.class, () -> list.add(form));
        assertThrows(AccessRefusedException.class, () -> list.change(first.getId(), first.getVersion(), form));
        assertThrows(AccessRefusedException.class, () -> list.remove(first.getId()));
        assertEquals(before.stream().map(ListedTerm::getAlternative).toList(), list.entries().stream().map(ListedTerm::getAlternative).toList());
    }

    @Test
    void theReportRefusesACallerWithNoSeat() {
        long board = boards.boards().get(0).getId();
        assertThrows(AccessRefusedException.class, () -> report.forBoard(BoardId.of(board)));
    }
}
