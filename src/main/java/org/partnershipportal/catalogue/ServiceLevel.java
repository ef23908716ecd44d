package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.Serializable;

/** The partnership's service levels for data requests, in working days (one row, set by administrators). */
@Entity
@Table(name = "service_level")
public class ServiceLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long THE_PARTNERSHIP = 1;
    public static final int MAX_DAYS_TO_ACCEPT = 60;
    public static final int MAX_DAYS_TO_ANSWER = 120;

    @Id
    private Long id;

    @Min(value = 1, message = "Give at least 1 working day")
    @Max(value = MAX_DAYS_TO_ACCEPT, message = "Give at most " + MAX_DAYS_TO_ACCEPT + " working days")
    @Column(name = "days_to_accept", nullable = false)
    private int daysToAccept;

    @Min(value = 1, message = "Give at least 1 working day")
    @Max(value = MAX_DAYS_TO_ANSWER, message = "Give at most " + MAX_DAYS_TO_ANSWER + " working days")
    @Column(name = "days_to_answer", nullable = false)
    private int daysToAnswer;

    @Version
    private long version;

    protected ServiceLevel() {
    }

    public void change(int daysToAccept, int daysToAnswer) {
        this.daysToAccept = daysToAccept;
        this.daysToAnswer = daysToAnswer;
    }

    public int getDaysToAccept() {
        return daysToAccept;
    }

    public int getDaysToAnswer() {
        return daysToAnswer;
    }

    public long getVersion() {
        return version;
    }
}
