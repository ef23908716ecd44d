package org.partnershipportal.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.testsupport.TestData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed agreement's terms are what its parties signed: no party's data lead can widen (or narrow) them without
 * taking it back to draft, where it covers no sharing until it is signed again. Its record (title, reference, review
 * date, status) stays open. The rule sits in the entity, so every service path that changes an agreement meets it.
 */
class SharingAgreementTermsTest {

    private static final LocalDate REVIEW = LocalDate.of(2027, 6, 30);
    private static final LocalDateTime SIGNED_COPY_ATTACHED = TestData.CREATED.plusHours(2);
    private static final LocalDateTime LATER = TestData.CREATED.plusDays(3);

    private final Agency police = TestData.agency("POL", AgencyKind.POLICE);
    private final Agency council = TestData.agency("CNL", AgencyKind.COUNCIL);
    private final Agency health = TestData.agency("HLT", AgencyKind.HEALTH);
    private final Dataset missingReports = new Dataset(police);
    private final Dataset returnInterviews = new Dataset(council);
    private SharingAgreement agreement;

    @BeforeEach
    void aSignedAgreementBetweenThePoliceAndTheCouncil() {
        agreement = new SharingAgreement("Missing children", "ISA-1", "To find children who go missing.", "Two years.", REVIEW,
                AgreementStatus.DRAFT, "dana", TestData.CREATED);
        agreement.setParty(police, LawfulBasis.PUBLIC_TASK, null, "dana", TestData.CREATED);
        agreement.setParty(council, LawfulBasis.PUBLIC_TASK, null, "dana", TestData.CREATED);
        agreement.cover(Set.of(missingReports), "dana", TestData.CREATED);
        recordAs(AgreementStatus.SIGNED);
    }

    @Test
    void noPartyDatasetPurposeOrRetentionChangesWhileItIsSigned() {
        assertRefused(() -> agreement.setParty(health, LawfulBasis.PUBLIC_TASK, null, "dana", LATER));
        assertRefused(() -> agreement.setParty(police, LawfulBasis.LEGAL_OBLIGATION, null, "dana", LATER));
        assertRefused(() -> agreement.removeParty(council, "dana", LATER));
        assertRefused(() -> agreement.cover(Set.of(missingReports, returnInterviews), "dana", LATER));
        assertRefused(() -> agreement.cover(Set.of(), "dana", LATER));
        assertRefused(() -> describe("To find children who go missing, and to map where they are found.", "Two years.", AgreementStatus.SIGNED));
        assertRefused(() -> describe("To find children who go missing.", "Five years.", AgreementStatus.SIGNED));
        // Going back to draft and changing a term in the same save is refused too: the draft comes first.
        assertRefused(() -> describe("Wider purpose.", "Two years.", AgreementStatus.DRAFT));

        assertThat(agreement.getPartyNames()).isEqualTo("CNL, POL");
        assertThat(agreement.getPartyList()).allSatisfy(p -> assertThat(p.getArticle6Basis()).isEqualTo(LawfulBasis.PUBLIC_TASK));
        assertThat(agreement.getDatasets()).containsExactly(missingReports);
        assertThat(agreement.getPurpose()).isEqualTo("To find children who go missing.");
        assertThat(agreement.getRetention()).isEqualTo("Two years.");
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void itsRecordStaysOpenAndSavingTheSameDatasetsChangesNothing() {
        agreement.describe("Missing children (renewed)", "ISA-1a", "To find children who go missing.", "Two years.", REVIEW.plusYears(1),
                AgreementStatus.SIGNED, "pat", TestData.CREATED.plusDays(1));
        agreement.cover(Set.of(missingReports), "dana", LATER);
        assertThat(agreement.getTitle()).isEqualTo("Missing children (renewed)");
        assertThat(agreement.getReviewOn()).isEqualTo(REVIEW.plusYears(1));
    }

    @Test
    void anExpiredOrWithdrawnAgreementKeepsItsTermsToo() {
        for (AgreementStatus lapsed : List.of(AgreementStatus.EXPIRED, AgreementStatus.WITHDRAWN)) {
            recordAs(lapsed);
            assertThat(agreement.isOpenToVariation()).isFalse();
            assertThatThrownBy(() -> agreement.setParty(health, LawfulBasis.PUBLIC_TASK, null, "dana", LATER))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("This agreement is " + lapsed.getLabel().toLowerCase() + ":");
        }
    }

    @Test
    void backInDraftItsTermsCanBeVariedAndThenItIsSignedAgain() {
        recordAs(AgreementStatus.DRAFT);
        agreement.setParty(health, LawfulBasis.PUBLIC_TASK, null, "dana", TestData.CREATED);
        agreement.cover(Set.of(missingReports, returnInterviews), "dana", LATER);
        describe("To find children who go missing, and to map where they are found.", "Two years.", AgreementStatus.SIGNED);
        assertThat(agreement.getPartyNames()).isEqualTo("CNL, HLT, POL");
        assertThat(agreement.getDatasets()).containsExactlyInAnyOrder(missingReports, returnInterviews);
        assertThat(agreement.isOpenToVariation()).isFalse();
    }

    @Test
    void aSignedCopyAttachedBeforeAVariationIsKnownToBeOnEarlierTerms() {
        assertThat(agreement.termsChangedAfter(SIGNED_COPY_ATTACHED)).as("signed on these terms").isFalse();
        agreement.describe("Missing children (renewed)", "ISA-1a", agreement.getPurpose(), agreement.getRetention(), REVIEW.plusYears(1),
                AgreementStatus.SIGNED, "pat", LATER);
        assertThat(agreement.termsChangedAfter(SIGNED_COPY_ATTACHED)).as("a new title and review date are not new terms").isFalse();

        recordAs(AgreementStatus.DRAFT);
        agreement.setParty(health, LawfulBasis.PUBLIC_TASK, null, "dana", LATER);
        recordAs(AgreementStatus.SIGNED);
        assertThat(agreement.termsChangedAfter(SIGNED_COPY_ATTACHED)).isTrue();
        assertThat(agreement.termsChangedAfter(LATER.plusHours(1))).as("the variation's own signed copy").isFalse();
        assertThat(agreement.getTermsChangedAt()).isEqualTo(LATER);
    }

    @Test
    void savingAPartyAsItWasOrRemovingOneThatIsNotAPartyIsNoChangeOfTerms() {
        agreement.setParty(police, LawfulBasis.PUBLIC_TASK, null, "pat", LATER);
        agreement.removeParty(health, "pat", LATER);
        agreement.cover(Set.of(missingReports), "pat", LATER);
        assertThat(agreement.getTermsChangedAt()).isEqualTo(TestData.CREATED);
        assertThat(agreement.termsChangedAfter(SIGNED_COPY_ATTACHED)).isFalse();
    }

    @Test
    void aSignedAgreementPastItsReviewDateIsRenewedThroughADraftNotByMovingItsDate() {
        LocalDate dayAfterReview = REVIEW.plusDays(1);
        assertThatThrownBy(() -> agreement.requireRenewalThroughDraft(REVIEW.plusYears(1), AgreementStatus.SIGNED, dayAfterReview))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Its review date has passed, so it no longer covers sharing.");
        // Before it passes, the parties' agreed new date is recorded as it stands; back in draft, or kept as it was, nothing is refused.
        agreement.requireRenewalThroughDraft(REVIEW.plusYears(1), AgreementStatus.SIGNED, REVIEW);
        agreement.requireRenewalThroughDraft(REVIEW.plusYears(1), AgreementStatus.DRAFT, dayAfterReview);
        agreement.requireRenewalThroughDraft(REVIEW, AgreementStatus.SIGNED, dayAfterReview);
    }

    private void assertRefused(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(InvalidInputException.class)
                .hasMessage("This agreement is recorded as signed: its parties, datasets, purpose and retention change only in a draft. To vary them, set its"
                        + " status to Draft and save first: it then covers no sharing until it is marked signed again.");
    }

    private void describe(String purpose, String retention, AgreementStatus status) {
        agreement.describe(agreement.getTitle(), agreement.getReference(), purpose, retention, agreement.getReviewOn(), status, "dana",
                TestData.CREATED.plusDays(1));
    }

    private void recordAs(AgreementStatus status) {
        describe(agreement.getPurpose(), agreement.getRetention(), status);
    }
}
