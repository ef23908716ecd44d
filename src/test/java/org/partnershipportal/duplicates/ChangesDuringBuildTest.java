package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesDuringBuildTest {

    private final ChangesDuringBuild<String> changes = new ChangesDuringBuild<>();

    @Test
    void aChangeSavedWhileTheIndexIsBuiltIsAppliedAgainToTheNewIndex() {
        changes.buildStarted();
        changes.note("changed AGENDA_ITEM 42");
        changes.note("removed ACTION 7");
        assertThat(changes.isBuilding()).isTrue();
        assertThat(changes.buildFinished()).containsExactly("changed AGENDA_ITEM 42", "removed ACTION 7");
        assertThat(changes.isBuilding()).isFalse();
    }

    @Test
    void withNoBuildRunningAChangeGoesOnlyToTheIndexThatAnswers() {
        changes.note("changed AGENDA_ITEM 42");
        changes.buildStarted();
        assertThat(changes.buildFinished()).isEmpty();
    }

    @Test
    void overlappingBuildsEachGetTheChangesUntilTheLastHasFinished() {
        changes.buildStarted();
        changes.buildStarted();
        changes.note("changed AGENDA_ITEM 42");
        assertThat(changes.buildFinished()).as("the first build to finish").containsExactly("changed AGENDA_ITEM 42");
        assertThat(changes.isBuilding()).isTrue();
        changes.note("changed ACTION 9");
        assertThat(changes.buildFinished()).as("the last one: its index may have read the register before either")
                .containsExactly("changed AGENDA_ITEM 42", "changed ACTION 9");
        changes.buildStarted();
        assertThat(changes.buildFinished()).as("forgotten once every build has them").isEmpty();
    }

    @Test
    void aBuildThatStartedBeforeAnotherNeverReplacesItsIndex() {
        long older = changes.buildStarted();
        long newer = changes.buildStarted();
        assertThat(changes.mayInstall(newer)).as("the newer build, finished first").isTrue();
        assertThat(changes.mayInstall(older)).as("the older one, finished after it: it read an older register").isFalse();
        changes.buildFinished();
        changes.buildFinished();
        assertThat(changes.mayInstall(changes.buildStarted())).isTrue();
    }

    @Test
    void aChangeNotedTwiceIsAppliedOnce() {
        changes.buildStarted();
        changes.note("changed AGENDA_ITEM 42");
        changes.note("changed AGENDA_ITEM 42");
        assertThat(changes.buildFinished()).containsExactly("changed AGENDA_ITEM 42");
    }
}
