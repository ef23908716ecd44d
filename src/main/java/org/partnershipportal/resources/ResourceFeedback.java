package org.partnershipportal.resources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * "Was this useful?", with an optional comment, which the resource's author and editors read. One answer per reader and
 * resource: answering again changes it (the reader's latest row, where an older node left more than one).
 */
@Entity
@Table(name = "resource_feedback")
public class ResourceFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id", nullable = false)
    private Resource resource;

    @Column(nullable = false)
    private boolean useful;

    @Size(max = COMMENT_MAX)
    @Column(length = COMMENT_MAX)
    private String comment;

    @NotNull
    @Size(max = 60)
    @Column(name = "given_by", nullable = false, length = 60, updatable = false)
    private String givenBy;

    @NotNull
    @Column(name = "given_at", nullable = false)
    private LocalDateTime givenAt;

    @Version
    private long version;

    protected ResourceFeedback() {
    }

    public ResourceFeedback(Resource resource, boolean useful, String comment, String givenBy, LocalDateTime givenAt) {
        this.resource = resource;
        this.useful = useful;
        this.comment = comment;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    /** The reader's answer changed: what they say now, and when. */
    void change(boolean useful, String comment, LocalDateTime givenAt) {
        this.useful = useful;
        this.comment = comment;
        this.givenAt = givenAt;
    }

    public boolean isUseful() {
        return useful;
    }

    public String getComment() {
        return comment;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public LocalDateTime getGivenAt() {
        return givenAt;
    }
}
