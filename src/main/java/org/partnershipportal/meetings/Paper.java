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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A paper attached to an agenda item. Its bytes are in {@link PaperContent}, read only when downloaded. */
@Entity
@Table(name = "paper")
public class Paper implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotBlank
    @Size(max = 255)
    @Column(name = "file_name", nullable = false)
    private String fileName;

    @NotNull
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @NotNull
    @Column(nullable = false, length = 64)
    private String sha256;

    @NotNull
    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @NotNull
    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    /** Uploaded after the board's papers deadline for the meeting. */
    @Column(nullable = false)
    private boolean late;

    @Version
    private long version;

    protected Paper() {
    }

    public Paper(AgendaItem agendaItem, String fileName, PaperType type, long sizeBytes, String sha256,
                 String uploadedBy, LocalDateTime uploadedAt) {
        this.agendaItem = agendaItem;
        this.board = agendaItem.getBoard();
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void markLate() {
        this.late = true;
    }

    public boolean isLate() {
        return late;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Board getBoard() {
        return board;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** Size for people: "2.4 MB", "180 KB". */
    public String getSizeLabel() {
        return org.partnershipportal.platform.FileTransfer.sizeLabel(sizeBytes);
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
