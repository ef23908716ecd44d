package org.partnershipportal.catalogue;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The file attached to an answer, kept in the database (never under the web root). */
@Entity
@Table(name = "data_request_file")
public class DataRequestFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DataRequestFile() {
    }

    public DataRequestFile(long requestId, String fileName, String contentType, byte[] content) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    public Long getRequestId() {
        return requestId;
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

    public byte[] getContent() {
        return content;
    }
}
