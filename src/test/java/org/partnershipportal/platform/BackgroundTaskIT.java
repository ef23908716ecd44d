package org.partnershipportal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.glossary.Glossary;
import org.partnershipportal.testsupport.Deployments;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Services that remember answers for one request ({@code PermissionAnswers}, the glossary's search forms) also answer
 * from a thread that has no request, such as a managed executor's task: Payara's
 * Weld starts a request context for each call into a session bean when none is active (the CDI specification promises
 * it only for remote, asynchronous and timeout calls), so they need no fallback of their own. The task first checks
 * that its thread really has no request context, so the test cannot pass by running the calls inside one.
 * {@code BoardAccess} and {@code BoardDirectory} rely on the same mechanism for the seats they remember; they are not
 * called here, since they answer only a signed-in caller, whom a background thread does not have.
 */
@ExtendWith(ArquillianExtension.class)
class BackgroundTaskIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.inServer(BackgroundTaskIT.class);
    }

    @Resource
    ManagedExecutorService executor;

    @Inject
    BeanManager beans;

    @Inject
    CallerPermissions may;

    @Inject
    Glossary glossary;

    record Answers(boolean threadHadARequest, List<List<String>> searchForms, boolean readsCatalogue, boolean stillNoRequest) {
    }

    @Test
    void sessionBeansThatRememberPerRequestAnswerFromAThreadWithNoRequest() throws Exception {
        List<List<String>> formsOnThisRequest = glossary.searchForms();
        assertFalse(formsOnThisRequest.isEmpty(), "the demo glossary has terms to search by");

        Answers answers = executor.submit(() -> new Answers(
                requestContextActive(),
                glossary.searchForms(),
                may.holds(Permission.READ_CATALOGUE),
                !requestContextActive())).get(60, TimeUnit.SECONDS);

        assertFalse(answers.threadHadARequest(), "the task must run with no request context, as a managed executor's task does");
        assertTrue(answers.stillNoRequest(), "each session bean call's request context ended with the call");
        assertEquals(formsOnThisRequest, answers.searchForms(), "the same search forms as read on a request");
        assertFalse(answers.readsCatalogue(), "nobody is signed in on a background thread, so no permission is held");
    }

    private boolean requestContextActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException none) {
            return false;
        }
    }
}
