package org.partnershipportal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** admin/board.xhtml?id=…: one board's description, remit, reporting lines and memberships. */
@Named
@ViewScoped
public class BoardAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardDirectory directory;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    private String id;
    private Board board;
    private BoardForm form;
    private List<Membership> memberships;
    private List<Board> otherBoards;
    private List<HarmType> harmTypes;
    private List<UserAccount> people;
    private MembershipForm newMember;

    public void load() {
        newMember = new MembershipForm(clock.today());
        board = directory.get(BoardId.of(PageIds.parse(id)));
        form = BoardForm.of(board);
        refresh();
        harmTypes = directory.harmTypes();
        people = directory.people();
    }

    private void refresh() {
        memberships = directory.memberships(BoardId.of(board));
        otherBoards = directory.boards().stream().filter(b -> !b.getId().equals(board.getId())).toList();
    }

    public void save() {
        try {
            board = directory.update(BoardId.of(board), board.getVersion(), form);
            form = BoardForm.of(board);
            FacesMessages.info("Changes saved.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "board");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        }
    }

    public void addMember() {
        try {
            Membership seat = directory.addMembership(BoardId.of(board), newMember);
            FacesMessages.info(whatTheSeatNowIs(seat));
            List<String> otherChairs = directory.otherChairsDuring(seat);
            if (!otherChairs.isEmpty()) {
                FacesMessages.warn(String.join(" and ", otherChairs) + (otherChairs.size() == 1 ? " also chairs" : " also chair")
                        + " the board for some of those dates, so the board has more than one chair. If the board has one chair, end the other seat.");
            }
            newMember = new MembershipForm(clock.today());
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newMember");
        }
    }

    /** The seat just recorded, in the tense its dates give it: a seat recorded for later or for the past is not "now". */
    private String whatTheSeatNowIs(Membership seat) {
        String who = seat.getMember().getFullName();
        String as = seat.getRole().getLabel().toLowerCase(java.util.Locale.ROOT);
        LocalDate today = clock.today();
        if (seat.getStartsOn().isAfter(today)) {
            return who + " will sit on the board as " + as + " from " + Wording.date(seat.getStartsOn()) + ".";
        }
        if (!seat.isCurrentOn(today)) {
            return who + "'s past seat as " + as + " (" + Wording.date(seat.getStartsOn()) + " to " + Wording.date(seat.getEndsOn())
                    + ") is recorded. It gives no access.";
        }
        return who + " now sits on the board as " + as + ".";
    }

    public void end(Membership seat) {
        try {
            // The service decides between ending and cancelling; the message says what it did.
            Membership done = directory.endMembership(seat.getId());
            FacesMessages.info(done.isCancelled()
                    ? seat.getMember().getFullName() + "'s seat from " + Wording.date(done.getStartsOn()) + " is cancelled: they will not sit on the board."
                    : seat.getMember().getFullName() + "'s membership has ended. Their access to the workspace stops now.");
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "members");
        }
    }

    public boolean isCurrent(Membership seat) {
        return seat.isCurrentOn(clock.today());
    }

    /** A seat recorded to start later: it can be cancelled before it starts (a mistaken date, a change of plan). */
    public boolean startsLater(Membership seat) {
        return seat.getStartsOn().isAfter(clock.today()) && !seat.isCancelled();
    }

    public MeetingFrequency[] getFrequencies() {
        return MeetingFrequency.values();
    }

    public MembershipRole[] getMembershipRoles() {
        return MembershipRole.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Board getBoard() {
        return board;
    }

    public BoardForm getForm() {
        return form;
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public List<Board> getOtherBoards() {
        return otherBoards;
    }

    public List<HarmType> getHarmTypes() {
        return harmTypes;
    }

    public List<UserAccount> getPeople() {
        return people;
    }

    public MembershipForm getNewMember() {
        return newMember;
    }
}
