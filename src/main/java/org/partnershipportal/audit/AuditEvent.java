package org.partnershipportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One audited happening: who, when, what, from where. Append-only: the entity has no setters,
 * and the runtime database account has no UPDATE or DELETE on its table (so no {@code @Version}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ACTOR_MAX = 60;
    public static final int DETAIL_MAX = 1000;
    public static final String ANONYMOUS = "(anonymous)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(nullable = false, length = ACTOR_MAX, updatable = false)
    private String actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Size(max = 40)
    @Column(name = "target_type", length = 40, updatable = false)
    private String targetType;

    @Size(max = 80)
    @Column(name = "target_id", length = 80, updatable = false)
    private String targetId;

    @Size(max = DETAIL_MAX)
    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Size(max = 64)
    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(LocalDateTime occurredAt, String actor, AuditAction action, String targetType, String targetId,
               String detail, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor == null || actor.isBlank() ? ANONYMOUS : actor, ACTOR_MAX);
        this.action = action;
        this.targetType = truncate(targetType, 40);
        this.targetId = truncate(targetId, 80);
        this.detail = truncate(detail, DETAIL_MAX);
        this.clientAddress = truncate(clientAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
