package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.io.UncheckedIOException;
import java.util.Map;

/** The agreements register and the asks' sharing chains as CSV, with cells a spreadsheet will not run as formulas. */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class SharingExports {

    static final String[] AGREEMENT_HEADER = {"id", "reference", "title", "status", "review_on", "party", "article6_basis", "article9_10_schedule1_condition",
            "datasets", "purpose", "retention"};
    static final String[] CHAIN_HEADER = {"ask_id", "ask", "board", "dataset", "classification", "holder", "to", "covered", "agreement", "holder_basis",
            "receiver_basis"};

    @Inject
    SharingAgreements agreements;

    @Inject
    SharingChain chains;

    @Inject
    AuditLog audit;

    public String agreementsCsv() {
        StringWriter out = new StringWriter();
        int rows = 0;
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(AGREEMENT_HEADER).get().print(out)) {
            LocalDate today = agreements.today();
            for (SharingAgreement a : agreements.list()) {
                String datasets = String.join("; ", a.getDatasetList().stream().map(d -> d.getAgency().getShortName() + ": " + d.getName()).toList());
                for (AgreementParty p : a.getPartyList()) {
                    printer.printRecord(a.getId(), cell(a.getReference()), cell(a.getTitle()), a.standingOn(today).getLabel(),
                            a.getReviewOn() == null ? "" : a.getReviewOn().toString(), cell(p.getAgency().getShortName()), p.getArticle6Basis().getLabel(),
                            cell(p.getSpecialCondition()), cell(datasets), cell(a.getPurpose()), cell(a.getRetention()));
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.CATALOGUE_EXPORTED, "agreement", null, "agreements CSV, " + rows + " rows");
        return out.toString();
    }

    public String chainsCsv() {
        StringWriter out = new StringWriter();
        int rows = 0;
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CHAIN_HEADER).get().print(out)) {
            for (Map.Entry<StrategicAsk, SharingChain.Chain> entry : chains.allOpen().entrySet()) {
                SharingChain.Chain chain = entry.getValue();
                for (SharingChain.DatasetChain d : chain.datasets()) {
                    for (SharingChain.Link l : d.links()) {
                        printer.printRecord(chain.ask().getId(), cell(chain.ask().getQuestion()), cell(chain.ask().getBoard().getShortName()),
                                cell(d.dataset().getName()), d.dataset().getClassification() == null ? "" : d.dataset().getClassification().getLabel(),
                                d.dataset().getAgency().getShortName(), l.to().getShortName(),
                                l.isCovered() ? "yes" : (d.needsAgreement() ? "no" : "not needed (anonymised)"),
                                l.isCovered() ? cell(l.agreement().getReference()) : (l.expired() == null ? "" : cell(l.expired().getReference() + " (expired)")),
                                l.holderBasis() == null ? "" : cell(l.holderBasis().getBasisLabel()),
                                l.receiverBasis() == null ? "" : cell(l.receiverBasis().getBasisLabel()));
                        rows++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.CATALOGUE_EXPORTED, "agreement", null, "sharing chains CSV, " + rows + " rows");
        return out.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : SpreadsheetCells.neutralised(text);
    }
}
