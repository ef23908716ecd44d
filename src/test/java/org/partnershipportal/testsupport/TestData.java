package org.partnershipportal.testsupport;

import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.boards.MeetingFrequency;
import org.partnershipportal.flags.AppliedWhen;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.flags.FlagForm;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.identity.Role;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.meetings.Meeting;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The partnership's objects as unit tests build them: whole and valid, with defaults for what a test does not care
 * about, so a test names only what it is about (coffee-testing's {@code TestData} is the model). Nothing here is
 * stored or given an id: entities compare equal to themselves until the database gives them one, and rules that
 * compare records of the register use what the database keeps unique (an agency's short name, a term's name).
 * Tests that need the demo partnership's people and boards sign in against a running portal instead
 * ({@code DemoPartnership}, {@code SharedPortal}).
 */
public final class TestData {

    /** When unit tests' records say they were created: a fixed moment, so nothing depends on the day a test runs. */
    public static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 2, 9, 0);

    private TestData() {
    }

    public static Agency agency(String shortName, AgencyKind kind) {
        return new Agency("Test agency " + shortName, shortName, kind);
    }

    public static HarmType harm(String name) {
        return new HarmType(name);
    }

    public static Board board(String shortName) {
        return new Board("Test board " + shortName, shortName, null, MeetingFrequency.QUARTERLY);
    }

    public static UserAccount person(String username, Agency agency, Role role) {
        return new UserAccount(username, "Test person " + username, username + "@example.org", agency, Set.of(role), CREATED);
    }

    /** A two-hour board meeting at the town hall. */
    public static Meeting meeting(Board board, LocalDateTime startsAt) {
        return new Meeting(board, "Board meeting", startsAt, startsAt.plusHours(2), "Town Hall", null);
    }

    /** An item at {@code position} on the meeting's agenda, led by a named officer, with twenty minutes. */
    public static AgendaItem agendaItem(Meeting meeting, int position, String title) {
        AgendaItem item = new AgendaItem(meeting, position);
        item.describe(title, "About " + title, "Riley Reviewer", null, 20, false);
        return item;
    }

    public static FlagBuilder flag(Agency agency, String name) {
        return new FlagBuilder(agency, name);
    }

    /** An agency's flag: applied at referral and never reviewed unless the test says otherwise. */
    public static final class FlagBuilder {
        private final Agency agency;
        private final FlagForm form = new FlagForm();
        private final Set<HarmType> harms = new LinkedHashSet<>();

        private FlagBuilder(Agency agency, String name) {
            this.agency = agency;
            form.setSystemName("Case system");
            form.setName(name);
            form.setDefinition("Definition of " + name);
            form.setAppliedWhen(AppliedWhen.AT_REFERRAL);
        }

        public FlagBuilder covering(HarmType harm) {
            harms.add(harm);
            return this;
        }

        public FlagBuilder applied(AppliedWhen when) {
            form.setAppliedWhen(when);
            return this;
        }

        /** Reviewed every {@code months}; null: never reviewed. */
        public FlagBuilder reviewedEvery(Integer months) {
            form.setReviewMonths(months);
            return this;
        }

        public Flag build() {
            Flag flag = new Flag(agency);
            flag.describe(form, Set.copyOf(harms), null, "test", CREATED);
            return flag;
        }
    }
}
