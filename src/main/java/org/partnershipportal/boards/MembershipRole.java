package org.partnershipportal.boards;

import java.util.EnumSet;
import java.util.Set;

/** The seat a person holds on a board; it decides what they may change in the board's workspace. */
public enum MembershipRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    MEMBER("Member"),
    ADVISER("Adviser"),
    BUSINESS_SUPPORT("Business support");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Chairs and business support run the board's meetings (issue 3). */
    public boolean managesMeetings() {
        return this == CHAIR || this == VICE_CHAIR || this == BUSINESS_SUPPORT;
    }

    /** The chair and the vice-chair: they see the partnership's cross-board views, such as the duplicates report. */
    public static final Set<MembershipRole> CHAIRING = Set.copyOf(EnumSet.of(CHAIR, VICE_CHAIR));

    public boolean isChairing() {
        return CHAIRING.contains(this);
    }

    /**
     * Whether the seat counts towards the board's quorum. UK committee practice: a quorum is a number of the board's
     * members; advisers and the officers who support the board attend without being members for that count.
     */
    public boolean countsTowardsQuorum() {
        return this == CHAIR || this == VICE_CHAIR || this == MEMBER;
    }

    /** Advisers read; everyone else may update their own actions. */
    public boolean updatesOwnActions() {
        return this != ADVISER;
    }
}
