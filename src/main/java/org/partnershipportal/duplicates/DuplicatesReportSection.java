package org.partnershipportal.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnershipportal.identity.SectionGate;

/** The menu's "Duplicates" entry, for those {@link Duplicates#mayReadReport()} lets read the report: the rule the report itself enforces. */
@ApplicationScoped
public class DuplicatesReportSection implements SectionGate {

    static final String REPORT = "/duplicates/report.xhtml";

    @Inject
    Duplicates duplicates;

    @Override
    public String path() {
        return REPORT;
    }

    @Override
    public boolean opensForCaller() {
        return duplicates.mayReadReport();
    }
}
