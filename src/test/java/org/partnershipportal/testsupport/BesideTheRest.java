package org.partnershipportal.testsupport;

/**
 * Issue 14, tests in less time: the integration classes that use nothing of the shared portal's (servers, ports and,
 * but for RunPortalIT's start-up against the shared schema, databases of their own) are marked {@code @Execution(CONCURRENT)} and run beside the one-at-a-time
 * classes (junit.jupiter.execution.parallel in pom.xml). Each also holds this lock, so they run one after another
 * on that second thread rather than all at once: JUnit's pool starts more threads than its parallelism when
 * classes wait, and on two cores ClusterIT's timed checks (hints within 2 seconds, recovery within 10) should not share
 * the processor with more servers starting beside it than the one-at-a-time classes already start.
 */
public final class BesideTheRest {

    /** The {@code @ResourceLock} every class that runs beside the rest holds. */
    public static final String ONE_AT_A_TIME = "one class at a time beside the rest";

    private BesideTheRest() {
    }
}
