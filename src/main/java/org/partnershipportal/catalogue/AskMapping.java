package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** How well one dataset answers one ask, and what is missing from it. */
@Entity
@Table(name = "ask_dataset")
public class AskMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MISSING_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "ask_id", nullable = false)
    private StrategicAsk ask;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "dataset_id", nullable = false)
    private Dataset dataset;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Fit fit;

    @Size(max = MISSING_MAX)
    @Column(length = MISSING_MAX)
    private String missing;

    @Column(name = "mapped_by", nullable = false, length = 60)
    private String mappedBy;

    @Column(name = "mapped_at", nullable = false)
    private LocalDateTime mappedAt;

    @Version
    private long version;

    protected AskMapping() {
    }

    public AskMapping(StrategicAsk ask, Dataset dataset) {
        this.ask = ask;
        this.dataset = dataset;
    }

    public void assess(Fit fit, String missing, String mappedBy, LocalDateTime now) {
        this.fit = fit;
        this.missing = missing;
        this.mappedBy = mappedBy;
        this.mappedAt = now;
    }

    public Long getId() {
        return id;
    }

    public StrategicAsk getAsk() {
        return ask;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public Fit getFit() {
        return fit;
    }

    public String getMissing() {
        return missing;
    }

    public String getMappedBy() {
        return mappedBy;
    }

    public LocalDateTime getMappedAt() {
        return mappedAt;
    }

    public long getVersion() {
        return version;
    }
}
