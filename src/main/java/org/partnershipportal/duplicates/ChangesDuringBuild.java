package org.partnershipportal.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the register that arrive while an index is being built. A build reads the register at one moment and then
 * replaces the index that answered until then; a change saved after that read, or while there was no index yet (the
 * first build after start-up, when another node's messages already arrive), went only to the index being replaced and
 * was lost. So each change noted during a build is applied again to the new index. Applying a change is idempotent
 * (it reads the record as it is now), so one applied twice does no harm. Builds may overlap; changes are kept until
 * the last of them has finished.
 */
final class ChangesDuringBuild<C> {

    private int buildsRunning;
    private final List<C> noted = new ArrayList<>();

    synchronized void buildStarted() {
        buildsRunning++;
    }

    synchronized boolean isBuilding() {
        return buildsRunning > 0;
    }

    /** Keeps the change if a build is running, to be applied to its index once that index answers. */
    synchronized void note(C change) {
        if (buildsRunning > 0) {
            noted.add(change);
        }
    }

    /**
     * The changes to apply again now that a build's index answers (call it after the new index replaced the old one,
     * and also when a build failed). The last build to finish takes them away.
     */
    synchronized List<C> buildFinished() {
        buildsRunning--;
        List<C> replay = List.copyOf(noted);
        if (buildsRunning == 0) {
            noted.clear();
        }
        return replay;
    }
}
