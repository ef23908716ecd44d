package org.partnershipportal.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;
import org.partnershipportal.meetings.ActionAuditNames;
import org.partnershipportal.meetings.AgendaItemAuditNames;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person's word on two records the matcher paired: the same matter (with the board that leads on
 * it), or not the same. Later runs respect it: "same" pairs are always joined, "not the same" pairs
 * never end up in one cluster.
 */
@Entity
@Table(name = "duplicate_decision")
public class DuplicateDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What a decision is about. The audit type is the meetings feature's own, so the audit
     * log names the record it concerns ("Missing children protocol · agenda item 12") as it does for its other events.
     */
    public enum Kind {
        AGENDA_ITEM(AgendaItemAuditNames.TARGET_TYPE, "agenda item"),
        ACTION(ActionAuditNames.TARGET_TYPE, "action");

        private final String auditType;
        private final String one;

        Kind(String auditType, String one) {
            this.auditType = auditType;
            this.one = one;
        }

        public String auditType() {
            return auditType;
        }

        /** "agenda item 12", "actions 15 and 18": the words the audit log and messages use. */
        public String named(List<Long> ids) {
            if (ids.size() == 1) {
                return one + " " + ids.get(0);
            }
            String all = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
            int last = all.lastIndexOf(", ");
            return plural() + " " + all.substring(0, last) + " and " + all.substring(last + 2);
        }

        public String plural() {
            return Wording.plural(one);
        }
    }

    public enum Verdict { SAME, NOT_SAME }

    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    /** The smaller of the two record ids, so a pair has one row whichever way round it was decided. */
    @Column(name = "first_id", nullable = false)
    private long firstId;

    @Column(name = "second_id", nullable = false)
    private long secondId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Verdict decision;

    @ManyToOne
    @JoinColumn(name = "lead_board_id")
    private Board leadBoard;

    @Size(max = NOTE_MAX, message = "Use at most " + NOTE_MAX + " characters")
    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "decided_by", nullable = false, length = 60)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected DuplicateDecision() {
    }

    public DuplicateDecision(Kind kind, long oneId, long otherId) {
        if (oneId == otherId) {
            throw new IllegalArgumentException("A record is always the same matter as itself");
        }
        this.kind = kind;
        this.firstId = Math.min(oneId, otherId);
        this.secondId = Math.max(oneId, otherId);
    }

    public void decide(Verdict decision, Board leadBoard, String note, String decidedBy, LocalDateTime decidedAt) {
        this.decision = decision;
        this.leadBoard = decision == Verdict.SAME ? leadBoard : null;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public long getFirstId() {
        return firstId;
    }

    public long getSecondId() {
        return secondId;
    }

    public Verdict getDecision() {
        return decision;
    }

    public Board getLeadBoard() {
        return leadBoard;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
