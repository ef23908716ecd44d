package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershipportal.platform.FileTransfer;

import java.time.LocalDate;
import java.util.List;

/** Information sharing agreements and the ask → dataset → agreement → lawful basis chain, read-only, for programs. */
@Path("sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing", description = "Information sharing agreements and whether they cover what boards ask for")
public class SharingApi {

    @Inject
    SharingAgreements agreements;

    @Inject
    SharingChain chains;

    @Inject
    SharingExports exports;

    public record Party(String agency, String agencyName, String article6Basis, String specialCondition) {
    }

    public record DatasetRef(long id, String name, String agency, String classification) {
    }

    public record Agreement(long id, String title, String reference, String status, boolean current, String purpose, String retention,
                            LocalDate reviewOn, List<Party> parties, List<DatasetRef> datasets, String href) {
    }

    /** {@code expiredAgreement}: for a gap, the expired agreement that used to cover it. */
    public record Link(String from, String to, boolean covered, String agreement, String expiredAgreement, String holderBasis, String receiverBasis) {
    }

    public record DatasetLinks(long datasetId, String dataset, String agency, String classification, String fit, boolean needsAgreement,
                               List<Link> links) {
    }

    public record Chain(long askId, String question, String board, List<String> askingAgencies, List<DatasetLinks> datasets, List<String> gaps) {
    }

    @GET
    @Path("agreements")
    @Operation(summary = "Every information sharing agreement", description = "Only a SIGNED agreement covers sharing (current is true); "
            + "a signed agreement whose review date has passed is EXPIRED. EXPIRED and WITHDRAWN ones are kept for the record.")
    @APIResponse(responseCode = "200", description = "The register")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<Agreement> agreements() {
        LocalDate today = agreements.today();
        return agreements.list().stream().map(a -> agreement(a, today)).toList();
    }

    @GET
    @Path("agreements/{id}")
    @Operation(summary = "One information sharing agreement, its parties' lawful bases and the datasets it covers")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Agreement agreement(@PathParam("id") long id) {
        return agreement(agreements.get(id), agreements.today());
    }

    @GET
    @Path("chains/{askId}")
    @Operation(summary = "The chain for one strategic ask", description = "Its datasets, whether a signed agreement covers sharing each from its holder "
            + "with each agency on the asking board, each party's lawful basis, and the gaps named.")
    @APIResponse(responseCode = "200", description = "The chain")
    @APIResponse(responseCode = "404", description = "No such ask")
    public Chain chain(@PathParam("askId") long askId) {
        SharingChain.Chain c = chains.forAsk(askId);
        return new Chain(c.ask().getId(), c.ask().getQuestion(), c.ask().getBoard().getName(),
                c.askingAgencies().stream().map(a -> a.getShortName()).toList(),
                c.datasets().stream().map(d -> new DatasetLinks(d.dataset().getId(), d.dataset().getName(), d.dataset().getAgency().getShortName(),
                        d.dataset().getClassification() == null ? null : d.dataset().getClassification().name(), d.fit().name(), d.needsAgreement(),
                        d.links().stream().map(l -> new Link(d.dataset().getAgency().getShortName(), l.to().getShortName(), l.isCovered(),
                                l.isCovered() ? l.agreement().getReference() : null, l.expired() == null ? null : l.expired().getReference(),
                                l.holderBasis() == null ? null : l.holderBasis().getBasisLabel(),
                                l.receiverBasis() == null ? null : l.receiverBasis().getBasisLabel())).toList())).toList(),
                c.gaps());
    }

    @GET
    @Path("agreements.csv")
    @Produces("text/csv")
    @Operation(summary = "The register as CSV, one row per agreement and party")
    public Response agreementsCsv() {
        return Response.ok(exports.agreementsCsv(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", FileTransfer.contentDisposition("sharing-agreements.csv")).build();
    }

    @GET
    @Path("chains.csv")
    @Produces("text/csv")
    @Operation(summary = "Every open ask's chain as CSV", description = "One row per ask, dataset and receiving agency: covered or not, by which agreement, on which bases.")
    public Response chainsCsv() {
        return Response.ok(exports.chainsCsv(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", FileTransfer.contentDisposition("sharing-chains.csv")).build();
    }

    /** Status as it stands today: a signed agreement past its review date is EXPIRED, as on every page. */
    private static Agreement agreement(SharingAgreement a, LocalDate today) {
        return new Agreement(a.getId(), a.getTitle(), a.getReference(), a.standingOn(today).name(), a.isCurrentOn(today), a.getPurpose(), a.getRetention(),
                a.getReviewOn(), a.getPartyList().stream().map(p -> new Party(p.getAgency().getShortName(), p.getAgency().getName(),
                        p.getArticle6Basis().name(), p.getSpecialCondition())).toList(),
                a.getDatasetList().stream().map(d -> new DatasetRef(d.getId(), d.getName(), d.getAgency().getShortName(),
                        d.getClassification() == null ? null : d.getClassification().name())).toList(),
                "api/sharing/agreements/" + a.getId());
    }
}
