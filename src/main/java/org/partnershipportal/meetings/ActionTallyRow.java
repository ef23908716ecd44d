package org.partnershipportal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code action_tally} (V21): how many of a board's actions have this status and due date. Only the
 * database's triggers write it; the portal only reads it (no setters, no public constructor, nothing persists one), so
 * it has no version and no validation. It is an entity so {@link ActionTally} sums it in JPQL, as every other read is:
 * the same sum as a native query (tried, not kept) cost three more statements per page in ClusterLoadBenchmark's
 * SQL/req column, likely EclipseLink beginning a database transaction for native SQL (not looked into).
 */
@Entity
@Table(name = "action_tally")
class ActionTallyRow {

    @EmbeddedId
    private Key key;

    @Column(name = "actions", nullable = false, insertable = false, updatable = false)
    private long actions;

    protected ActionTallyRow() {
    }

    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "board_id", nullable = false)
        private long boardId;

        @Enumerated(EnumType.STRING)
        @Column(name = "status", nullable = false, length = 12)
        private ActionStatus status;

        @Column(name = "due_on", nullable = false)
        private LocalDate dueOn;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && boardId == key.boardId && status == key.status && Objects.equals(dueOn, key.dueOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(boardId, status, dueOn);
        }
    }
}
