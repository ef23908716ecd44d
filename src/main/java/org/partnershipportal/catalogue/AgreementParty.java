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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;

/** A party to an agreement and the lawful basis it relies on (Article 6; and Article 9/10 with DPA 2018 Schedule 1 where needed). */
@Entity
@Table(name = "sharing_agreement_party")
public class AgreementParty implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CONDITION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private SharingAgreement agreement;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "article6_basis", nullable = false, length = 24)
    private LawfulBasis article6Basis;

    @Size(max = CONDITION_MAX)
    @Column(name = "special_condition", length = CONDITION_MAX)
    private String specialCondition;

    protected AgreementParty() {
    }

    AgreementParty(SharingAgreement agreement, Agency agency, LawfulBasis article6Basis, String specialCondition) {
        this.agreement = agreement;
        this.agency = agency;
        this.article6Basis = article6Basis;
        this.specialCondition = specialCondition;
    }

    void rely(LawfulBasis article6Basis, String specialCondition) {
        this.article6Basis = article6Basis;
        this.specialCondition = specialCondition;
    }

    /** "6(1)(e) Public task; DPA 2018 Schedule 1, para 18" */
    public String getBasisLabel() {
        return article6Basis.getLabel() + (specialCondition == null ? "" : "; " + specialCondition);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public LawfulBasis getArticle6Basis() {
        return article6Basis;
    }

    public String getSpecialCondition() {
        return specialCondition;
    }
}
