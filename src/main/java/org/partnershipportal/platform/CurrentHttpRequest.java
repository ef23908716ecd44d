package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The HTTP request the code runs in, where there is one. Services are also called from timers, managed executors'
 * tasks and tests inside the server, which have none: CDI's request object then fails when first used
 * (ContextNotActiveException, or IllegalStateException from the container), and each caller here is told there is no request
 * instead.
 */
@ApplicationScoped
public class CurrentHttpRequest {

    @Inject
    Instance<HttpServletRequest> request;

    /** What {@code question} reads from the current request; empty when there is none (or it answers null). */
    public <T> Optional<T> read(Function<HttpServletRequest, T> question) {
        try {
            return Optional.ofNullable(question.apply(request.get()));
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Optional.empty();
        }
    }

    /** Does {@code step} with the current request, or nothing when there is none. */
    public void ifAny(Consumer<HttpServletRequest> step) {
        read(current -> {
            step.accept(current);
            return Boolean.TRUE;
        });
    }
}
