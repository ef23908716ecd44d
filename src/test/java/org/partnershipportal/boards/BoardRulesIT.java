package org.partnershipportal.boards;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.testsupport.Deployments;

import java.time.LocalDate;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The board rules inside the server, on the real services and database. */
@ExtendWith(ArquillianExtension.class)
@UsesDemoPartnership
class BoardRulesIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.inServer(BoardRulesIT.class);
    }

    @Inject
    BoardAccess access;

    @Inject
    BoardDirectory directory;

    @Inject
    Workspaces workspaces;

    @Test
    void membershipCountsFromItsFirstDayUntilTheDayItEnds() {
        long csp = boardId("CSP-KV");
        long yos = boardId("YOSMB");
        LocalDate today = LocalDate.now();
        assertTrue(access.currentRole("jordan.former", BoardId.of(csp), today).isEmpty(), "ex-member has no seat");
        assertTrue(access.currentRole("jordan.former", BoardId.of(csp), today.minusMonths(1).minusDays(1)).isPresent(), "seat before it ended");
        assertEquals(MembershipRole.VICE_CHAIR, access.currentRole("jordan.former", BoardId.of(yos), today).orElseThrow());
        assertTrue(access.currentRole("parker.practitioner", BoardId.of(csp), today).isEmpty());
    }

    @Test
    void withoutASignedInMemberTheWorkspaceServiceRefuses() {
        assertThrows(AccessRefusedException.class, () -> workspaces.open(BoardId.of(boardId("CSP-KV"))));
    }

    @Test
    void onlyAdministratorsManageBoards() {
        assertThrows(EJBAccessException.class, () -> directory.create(new BoardForm()));
        assertThrows(EJBAccessException.class, () -> directory.endMembership(1L));
    }

    private long boardId(String shortName) {
        return directory.boards().stream().filter(b -> b.getShortName().equals(shortName)).findFirst().orElseThrow().getId();
    }
}
