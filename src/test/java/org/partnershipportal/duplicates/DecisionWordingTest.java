package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the audit log words the records a duplicates decision is about. */
class DecisionWordingTest {

    @Test
    void oneRecordTwoRecordsAndMoreReadAsEnglish() {
        assertThat(DuplicateDecision.Kind.AGENDA_ITEM.named(List.of(12L))).isEqualTo("agenda item 12");
        assertThat(DuplicateDecision.Kind.AGENDA_ITEM.named(List.of(15L, 18L))).isEqualTo("agenda items 15 and 18");
        assertThat(DuplicateDecision.Kind.ACTION.named(List.of(1L, 2L, 3L))).isEqualTo("actions 1, 2 and 3");
    }

    /** The types the meetings feature names in the audit log, so a decision's entry names its record too. */
    @Test
    void aDecisionIsAuditedUnderTheTypesTheMeetingsFeatureNames() {
        assertThat(DuplicateDecision.Kind.AGENDA_ITEM.auditType()).isEqualTo(new org.partnershipportal.meetings.AgendaItemAuditNames().targetType());
        assertThat(DuplicateDecision.Kind.ACTION.auditType()).isEqualTo(new org.partnershipportal.meetings.ActionAuditNames().targetType());
    }
}
