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

import java.io.Serializable;
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
            FacesMessages.info(seat.getMember().getFullName() + " now sits on the board as " + seat.getRole().getLabel().toLowerCase() + ".");
            newMember = new MembershipForm(clock.today());
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newMember");
        }
    }

    public void end(Membership seat) {
        try {
            directory.endMembership(seat.getId());
            FacesMessages.info(seat.getMember().getFullName() + "'s membership has ended. Their access to the workspace stops now.");
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "members");
        }
    }

    public boolean isCurrent(Membership seat) {
        return seat.isCurrentOn(clock.today());
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
