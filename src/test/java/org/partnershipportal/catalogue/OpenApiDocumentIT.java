package org.partnershipportal.catalogue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /openapi as a client generator reads it: the standard swagger-parser (OpenAPI 3.0) must accept the
 * document without a single message, and the values it reads must be the API's real ones.
 */
class OpenApiDocumentIT {

    final URL base = SharedPortal.base();

    @Test
    void theOpenApiDocumentPassesAStandardValidatorWithoutAMessage() throws Exception {
        // Payara Micro serves the description at the server's root, whatever the portal's context path.
        HttpResponse<String> served = new PortalClient(base).get("/openapi");
        assertThat(served.statusCode()).isEqualTo(200);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(served.body(), null, options);

        assertThat(result.getMessages()).as("what the validator says about /openapi:\n" + served.body()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.0");
        assertThat(api.getInfo().getTitle()).isEqualTo("Partnership Portal API");
        assertThat(api.getPaths()).containsKeys("/api/datasets", "/api/datasets/{id}", "/api/asks", "/api/catalogue/dcat");
        // Issue 18: the agreements register and the ask → dataset → agreement chain.
        assertThat(api.getPaths()).containsKeys("/api/sharing/agreements", "/api/sharing/agreements/{id}", "/api/sharing/chains/{askId}",
                "/api/sharing/agreements.csv", "/api/sharing/chains.csv");
        assertThat(api.getPaths().get("/api/sharing/chains/{askId}").getGet().getSummary()).isEqualTo("The chain for one strategic ask");
        // Defaults are typed as their schema says: a generated client sends page=1, not the string "1".
        Parameter page = api.getPaths().get("/api/datasets").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("page")).findFirst().orElseThrow();
        assertThat(page.getSchema().getType()).isEqualTo("integer");
        assertThat(page.getSchema().getDefault()).isEqualTo(1);
        assertThat(api.getPaths().get("/api/datasets/{id}").getGet().getParameters().get(0).getRequired()).isTrue();
        // What Payara adds of its own is kept only as an extension (upstream's later name for it).
        assertThat(api.getExtensions()).containsKey("x-endpoints");
    }
}
