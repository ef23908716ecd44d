package org.partnershipportal.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes to the register that arrive while an index is being built, and which build's index may answer. A build reads
 * the register at one moment and then replaces the index that answered until then; a change saved after that read, or
 * while there was no index yet (the first build after start-up, when another node's messages already arrive), went only
 * to the index being replaced and was lost. So each change noted during a build is applied again to the new index.
 * Applying a change is idempotent (it reads the record as it is now), so one applied twice does no harm. Builds may
 * overlap: changes are kept until the last of them has finished, and a build that started before another never
 * replaces that one's index (it read an older register, or older abbreviations).
 */
final class ChangesDuringBuild<C> {

    private long buildsStarted;
    private long installed;
    private int buildsRunning;
    private final Set<C> noted = new LinkedHashSet<>();

    /** A build begins: its number, to ask {@link #mayInstall} with. */
    synchronized long buildStarted() {
        buildsRunning++;
        return ++buildsStarted;
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

    /** Whether a finished build's index may answer now: not if a build that started after it already answers. */
    synchronized boolean mayInstall(long build) {
        if (build <= installed) {
            return false;
        }
        installed = build;
        return true;
    }

    /**
     * The changes to apply again now that a build's index answers (call it after the new index replaced the old one,
     * and also when a build failed or was never run). The last build to finish takes them away.
     */
    synchronized List<C> buildFinished() {
        buildsRunning--;
        List<C> replay = new ArrayList<>(noted);
        if (buildsRunning == 0) {
            noted.clear();
        }
        return replay;
    }
}
