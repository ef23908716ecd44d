package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One field of one version of a dataset record: before, after, who, when. Never changed itself. */
@Entity
@Table(name = "dataset_change")
public class DatasetChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dataset_id", nullable = false)
    private Dataset dataset;

    @Column(name = "record_version", nullable = false)
    private long recordVersion;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "before_text", length = DatasetForm.TEXT_MAX)
    private String before;

    @Column(name = "after_text", length = DatasetForm.TEXT_MAX)
    private String after;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected DatasetChange() {
    }

    public DatasetChange(Dataset dataset, long recordVersion, String field, String before, String after, String changedBy, LocalDateTime changedAt) {
        this.dataset = dataset;
        this.recordVersion = recordVersion;
        this.field = field;
        this.before = clip(before);
        this.after = clip(after);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String clip(String text) {
        return text == null || text.length() <= DatasetForm.TEXT_MAX ? text : text.substring(0, DatasetForm.TEXT_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getRecordVersion() {
        return recordVersion;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
