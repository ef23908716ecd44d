package org.partnershipportal.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The read-only JSON API under /api, described at /openapi. Every call needs a signed-in person. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Partnership Portal API", version = "1",
                description = "Read-only access to the partnership's data catalogue (datasets and strategic asks) and its DCAT and CSV exports. "
                        + "Sign in with HTTP Basic as a board member, data lead or administrator."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
