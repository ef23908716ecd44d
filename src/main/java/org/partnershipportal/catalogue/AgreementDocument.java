package org.partnershipportal.catalogue;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The signed agreement as a PDF (checked by content before it is stored). */
@Entity
@Table(name = "sharing_agreement_document")
public class AgreementDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected AgreementDocument() {
    }

    public AgreementDocument(long agreementId, String fileName, byte[] content, String uploadedBy, LocalDateTime uploadedAt) {
        this.agreementId = agreementId;
        replace(fileName, content, uploadedBy, uploadedAt);
    }

    public final void replace(String fileName, byte[] content, String uploadedBy, LocalDateTime uploadedAt) {
        // The content first, always: on a stored document it is not loaded yet (lazy), and EclipseLink loads the rest of the
        // row when it is first set, over every field already changed in this method. Set after the name, it put the old name
        // back: a replaced PDF was stored under its predecessor's name (SharingChainBrowserIT's variation step).
        this.content = content;
        this.fileName = fileName;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
