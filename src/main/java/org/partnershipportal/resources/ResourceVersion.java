package org.partnershipportal.resources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A saved state of a resource: who saved or published it, when, and what it said. Never changed. */
@Entity
@Table(name = "resource_version")
public class ResourceVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What an editor may say changed, kept with the version. */
    public static final int NOTE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id", nullable = false)
    private Resource resource;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ResourceStatus status;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Size(max = NOTE_MAX, message = "Use at most " + NOTE_MAX + " characters")
    @Column(name = "change_note", length = NOTE_MAX)
    private String changeNote;

    protected ResourceVersion() {
    }

    public ResourceVersion(Resource resource, int number, String changedBy, LocalDateTime changedAt, String changeNote) {
        this.resource = resource;
        this.number = number;
        this.status = resource.getStatus();
        this.title = resource.getTitle();
        this.summary = resource.getSummary();
        this.bodyHtml = resource.getBodyHtml();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changeNote = changeNote;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangeNote() {
        return changeNote;
    }
}
