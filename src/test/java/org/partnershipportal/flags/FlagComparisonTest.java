package org.partnershipportal.flags;

import org.junit.jupiter.api.Test;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.testsupport.TestData.agency;
import static org.partnershipportal.testsupport.TestData.flag;
import static org.partnershipportal.testsupport.TestData.harm;

class FlagComparisonTest {

    final HarmType criminal = harm("Criminal exploitation");
    final HarmType sexual = harm("Sexual exploitation");
    // Named so that alphabetical order (the comparison's column order) is the order the assertions list them in.
    final Agency council = agency("A-COUNCIL", AgencyKind.COUNCIL);
    final Agency health = agency("B-HEALTH", AgencyKind.HEALTH);
    final Agency police = agency("C-POLICE", AgencyKind.POLICE);
    final Agency youthJustice = agency("D-YOS", AgencyKind.YOUTH_JUSTICE);

    @Test
    void marksWhatDiffersFromMostAgenciesAndNothingWhereAllAgree() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(police, "CCE").covering(criminal).applied(AppliedWhen.AT_REFERRAL).reviewedEvery(3).build(),
                flag(council, "Exploitation risk").covering(criminal).applied(AppliedWhen.AFTER_ASSESSMENT).reviewedEvery(6).build(),
                flag(youthJustice, "Exploitation marker").covering(criminal).applied(AppliedWhen.AT_REFERRAL).reviewedEvery(3).build()));
        FlagComparison.Row review = row(comparison, "Review");
        assertThat(comparison.getFlags()).extracting(Flag::getName).containsExactly("Exploitation risk", "CCE", "Exploitation marker");
        assertThat(review.cells()).extracting(FlagComparison.Cell::text)
                .containsExactly("Every 6 months", "Every 3 months", "Every 3 months");
        assertThat(review.cells()).extracting(FlagComparison.Cell::differs).containsExactly(true, false, false);
        assertThat(row(comparison, "When it is applied").cells()).extracting(FlagComparison.Cell::differs).containsExactly(true, false, false);
        assertThat(row(comparison, "Threshold or criteria").cells()).allMatch(FlagComparison.Cell::missing);
        assertThat(comparison.getDifferenceCount()).isEqualTo(2);
    }

    @Test
    void neverReviewedStandsOutAgainstAgenciesThatReview() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(police, "CCE").covering(criminal).reviewedEvery(3).build(),
                flag(council, "Exploitation risk").covering(criminal).reviewedEvery(3).build(),
                flag(health, "Exploitation concern").covering(criminal).reviewedEvery(null).build()));
        assertThat(row(comparison, "Review").cells()).extracting(FlagComparison.Cell::text)
                .containsExactly("Every 3 months", "Never reviewed", "Every 3 months");
        assertThat(row(comparison, "Review").cells()).extracting(FlagComparison.Cell::differs).containsExactly(false, true, false);
    }

    @Test
    void whereNoPracticeIsSharedByMostAgenciesNoneIsShownAsTheNorm() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(council, "Exploitation risk").covering(criminal).applied(AppliedWhen.AFTER_ASSESSMENT).reviewedEvery(3).build(),
                flag(health, "Exploitation concern").covering(criminal).applied(AppliedWhen.AT_REFERRAL).reviewedEvery(3).build(),
                flag(police, "CCE").covering(criminal).applied(AppliedWhen.AFTER_ASSESSMENT).reviewedEvery(6).build(),
                flag(youthJustice, "Exploitation marker").covering(criminal).applied(AppliedWhen.AT_REFERRAL).reviewedEvery(12).build()));
        // two and two: neither is what most agencies do, so every cell is marked, not the second pair only
        assertThat(row(comparison, "When it is applied").cells()).extracting(FlagComparison.Cell::differs).containsExactly(true, true, true, true);
        // 3, 3, 6, 12 months: half is not most either
        assertThat(row(comparison, "Review").cells()).extracting(FlagComparison.Cell::differs).containsExactly(true, true, true, true);
        FlagComparison threeWays = new FlagComparison(criminal, List.of(
                flag(council, "Exploitation risk").covering(criminal).reviewedEvery(3).build(),
                flag(health, "Exploitation concern").covering(criminal).reviewedEvery(6).build(),
                flag(police, "CCE").covering(criminal).reviewedEvery(12).build()));
        assertThat(row(threeWays, "Review").cells()).extracting(FlagComparison.Cell::differs).containsExactly(true, true, true);
    }

    @Test
    void anAgencyThatFlagsOtherHarmsButNotThisOneIsACoverageGap() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(police, "CCE").covering(criminal).reviewedEvery(3).build(),
                flag(health, "CSE concern").covering(sexual).build()));
        assertThat(comparison.getFlags()).extracting(Flag::getName).containsExactly("CCE");
        assertThat(comparison.getGaps()).containsExactly(health);
        assertThat(new FlagComparison(sexual, comparison.getFlags()).getGaps()).containsExactly(police);
    }

    @Test
    void anAgencyWithSeveralFlagsIsOneGapNotSeveral() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(police, "CCE").covering(criminal).build(),
                flag(health, "CSE concern").covering(sexual).build(),
                flag(health, "Trafficking concern").covering(sexual).build()));
        assertThat(comparison.getGaps()).containsExactly(health);
    }

    private static FlagComparison.Row row(FlagComparison comparison, String label) {
        return comparison.getRows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
