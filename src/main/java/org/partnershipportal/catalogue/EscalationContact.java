package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import org.partnershipportal.identity.UserAccount;

import java.io.Serializable;

/** The person told when an agency's data requests are overdue (a manager above its data leads). */
@Entity
@Table(name = "escalation_contact")
public class EscalationContact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount person;

    @Version
    private long version;

    protected EscalationContact() {
    }

    public EscalationContact(long agencyId, UserAccount person) {
        this.agencyId = agencyId;
        this.person = person;
    }

    public void changeTo(UserAccount person) {
        this.person = person;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public UserAccount getPerson() {
        return person;
    }
}
