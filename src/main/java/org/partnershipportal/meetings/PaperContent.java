package org.partnershipportal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a paper, kept apart from its metadata so lists of papers never load them. */
@Entity
@Table(name = "paper_content")
public class PaperContent {

    @Id
    @Column(name = "paper_id")
    private Long paperId;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected PaperContent() {
    }

    public PaperContent(long paperId, byte[] content) {
        this.paperId = paperId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
