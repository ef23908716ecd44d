package org.partnershipportal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A member's comment on circulated minutes, for the chair to consider before approval. */
@Entity
@Table(name = "minutes_comment")
public class MinutesComment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotBlank
    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    /** UTC. */
    @NotNull
    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @NotBlank(message = "Write your comment")
    @Size(max = COMMENT_MAX, message = "Use at most " + COMMENT_MAX + " characters")
    @Column(nullable = false, length = COMMENT_MAX)
    private String comment;

    protected MinutesComment() {
    }

    MinutesComment(Meeting meeting, String writtenBy, LocalDateTime writtenAt, String comment) {
        this.meeting = meeting;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    /** UTC; people read it through #{wording.moment(…)}. */
    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getComment() {
        return comment;
    }
}
