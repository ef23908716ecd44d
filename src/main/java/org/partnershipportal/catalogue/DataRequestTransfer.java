package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A request moved from one agency's queue to another's, and why. Never changed. */
@Entity
@Table(name = "data_request_transfer")
public class DataRequestTransfer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private DataRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_agency_id", nullable = false)
    private Agency from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_agency_id", nullable = false)
    private Agency to;

    @NotBlank
    @Size(max = REASON_MAX)
    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "transferred_by", nullable = false, length = 60)
    private String transferredBy;

    @Column(name = "transferred_at", nullable = false)
    private LocalDateTime transferredAt;

    /** When the sending agency had accepted the request (null if it had not): the transfer clears the request's own acceptance. */
    @Column(name = "from_accepted_at")
    private LocalDateTime fromAcceptedAt;

    protected DataRequestTransfer() {
    }

    public DataRequestTransfer(DataRequest request, Agency from, Agency to, String reason, String transferredBy, LocalDateTime transferredAt,
                               LocalDateTime fromAcceptedAt) {
        this.request = request;
        this.fromAcceptedAt = fromAcceptedAt;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.transferredBy = transferredBy;
        this.transferredAt = transferredAt;
    }

    public DataRequest getRequest() {
        return request;
    }

    public LocalDateTime getTransferredAt() {
        return transferredAt;
    }

    public LocalDateTime getFromAcceptedAt() {
        return fromAcceptedAt;
    }

    public Agency getFrom() {
        return from;
    }

    public Agency getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
