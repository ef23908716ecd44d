package org.partnershipportal.flags;

import org.junit.jupiter.api.Test;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FlagComparisonTest {

    final HarmType criminal = withId(new HarmType("Criminal exploitation"), 1L);
    final HarmType sexual = withId(new HarmType("Sexual exploitation"), 2L);
    final Agency police = withId(new Agency("Kestrelshire Police", "KSP", AgencyKind.POLICE), 10L);
    final Agency council = withId(new Agency("Kestrel Vale Council", "KVC", AgencyKind.COUNCIL), 11L);
    final Agency youthJustice = withId(new Agency("Kestrel Vale YOS", "KYOS", AgencyKind.YOUTH_JUSTICE), 12L);
    final Agency health = withId(new Agency("Kestrel Vale ICB", "KICB", AgencyKind.HEALTH), 13L);

    @Test
    void marksWhatDiffersFromMostAgenciesAndNothingWhereAllAgree() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(police, "CCE", criminal, AppliedWhen.AT_REFERRAL, 3),
                flag(council, "Exploitation risk", criminal, AppliedWhen.AFTER_ASSESSMENT, 6),
                flag(youthJustice, "Exploitation marker", criminal, AppliedWhen.AT_REFERRAL, 3)));
        FlagComparison.Row review = row(comparison, "Review");
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
                flag(police, "CCE", criminal, AppliedWhen.AT_REFERRAL, 3),
                flag(council, "Exploitation risk", criminal, AppliedWhen.AT_REFERRAL, 3),
                flag(health, "Exploitation concern", criminal, AppliedWhen.AT_REFERRAL, null)));
        assertThat(row(comparison, "Review").cells()).extracting(FlagComparison.Cell::text)
                .containsExactly("Every 3 months", "Never reviewed", "Every 3 months");
        assertThat(row(comparison, "Review").cells()).extracting(FlagComparison.Cell::differs).containsExactly(false, true, false);
    }

    @Test
    void anAgencyThatFlagsOtherHarmsButNotThisOneIsACoverageGap() {
        FlagComparison comparison = new FlagComparison(criminal, List.of(
                flag(police, "CCE", criminal, AppliedWhen.AT_REFERRAL, 3),
                flag(health, "CSE concern", sexual, AppliedWhen.AT_REFERRAL, null)));
        assertThat(comparison.getFlags()).extracting(Flag::getName).containsExactly("CCE");
        assertThat(comparison.getGaps()).extracting(Agency::getShortName).containsExactly("KICB");
        assertThat(new FlagComparison(sexual, comparison.getFlags()).getGaps()).extracting(Agency::getShortName).containsExactly("KSP");
    }

    private static FlagComparison.Row row(FlagComparison comparison, String label) {
        return comparison.getRows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private Flag flag(Agency agency, String name, HarmType harm, AppliedWhen when, Integer reviewMonths) {
        FlagForm form = new FlagForm();
        form.setSystemName("System");
        form.setName(name);
        form.setDefinition("Definition of " + name);
        form.setAppliedWhen(when);
        form.setReviewMonths(reviewMonths);
        Flag flag = new Flag(agency);
        flag.describe(form, Set.of(harm), null, "test", LocalDateTime.now());
        return withId(flag, (long) (agency.getId() * 100 + name.length()));
    }

    private static <T> T withId(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
