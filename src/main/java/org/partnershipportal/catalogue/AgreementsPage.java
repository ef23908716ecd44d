package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** catalogue/agreements.xhtml: the register of information sharing agreements. */
@Named
@RequestScoped
public class AgreementsPage {

    @Inject
    SharingAgreements agreements;

    private List<SharingAgreement> rows;
    private boolean mayCreate;
    private LocalDate today;

    public void load() {
        rows = agreements.list();
        mayCreate = agreements.mayCreate();
        today = agreements.today();
    }

    /** The day that decides which agreements show as expired. */
    public LocalDate getToday() {
        return today;
    }

    public List<SharingAgreement> getRows() {
        return rows;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }
}
