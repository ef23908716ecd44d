package org.partnershipportal.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API failure as a short JSON message with the right status; a stack trace never leaves the server. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = failure instanceof jakarta.ejb.EJBException && !(failure instanceof jakarta.ejb.AccessLocalException)
                && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof AccessRefusedException || cause instanceof EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
            return error(403, "Your roles do not give you this");
        }
        if (cause instanceof NotFoundException) {
            return error(404, cause.getMessage());
        }
        if (cause instanceof InvalidInputException invalid) {
            return error(400, (invalid.field() == null ? "" : invalid.field() + ": ") + invalid.getMessage());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return error(web.getResponse().getStatus(), "Request not understood");
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return error(500, "Something went wrong on our side; it has been logged");
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("status", status).add("message", message).build().toString()).build();
    }
}
