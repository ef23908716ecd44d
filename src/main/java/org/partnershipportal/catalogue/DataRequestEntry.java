package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a request's timeline: a change of status (with its note) or a comment. Never changed. */
@Entity
@Table(name = "data_request_entry")
public class DataRequestEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private DataRequest request;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 12)
    private RequestStatus toStatus;

    @Size(max = BODY_MAX, message = "Use at most " + BODY_MAX + " characters")
    @Column(length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EntryKind kind = EntryKind.CHANGE;

    protected DataRequestEntry() {
    }

    public DataRequestEntry(DataRequest request, String author, LocalDateTime writtenAt, RequestStatus fromStatus, RequestStatus toStatus, String body) {
        this.request = request;
        this.author = author;
        this.writtenAt = writtenAt;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.body = body;
        this.kind = toStatus == null ? EntryKind.COMMENT : EntryKind.CHANGE;
    }

    /** A line the portal or a data lead writes that is neither a status change nor a comment: a reminder, an escalation, a transfer. */
    public static DataRequestEntry event(DataRequest request, String author, LocalDateTime writtenAt, EntryKind kind, RequestStatus from, RequestStatus to,
                                         String body) {
        DataRequestEntry entry = new DataRequestEntry(request, author, writtenAt, from, to, body);
        entry.kind = kind;
        return entry;
    }

    public boolean isComment() {
        return kind == EntryKind.COMMENT;
    }

    /** A status change the timeline shows as its new status (a transfer's own line says where it went). */
    public boolean isStatusChange() {
        return kind == EntryKind.CHANGE;
    }

    public EntryKind getKind() {
        return kind;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public String getBody() {
        return body;
    }
}
