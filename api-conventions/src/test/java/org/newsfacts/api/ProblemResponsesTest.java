package org.newsfacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private final Operation lookup = OASFactory.createOperation()
            .operationId("getThing")
            .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("200", OASFactory.createAPIResponse().description("the thing")));
    private final Operation status = OASFactory.createOperation()
            .operationId("getStatus")
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("200", OASFactory.createAPIResponse().description("fine")));
    private final Operation upload = OASFactory.createOperation()
            .operationId("upload")
            .requestBody(OASFactory.createRequestBody())
            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("401", OASFactory.createAPIResponse().description("no key")));
    private final OpenAPI api = OASFactory.createOpenAPI()
            .paths(OASFactory.createPaths()
                    .addPathItem("/api/things/{id}", OASFactory.createPathItem().GET(lookup))
                    .addPathItem("/api/status", OASFactory.createPathItem().GET(status))
                    .addPathItem("/api/uploads", OASFactory.createPathItem().POST(upload)));

    @Test
    void everyOperationGetsTheErrorsItCanGiveWithTheProblemBody() {
        new ProblemResponses().filterOpenAPI(api);

        assertEquals(
                Set.of("200", "400", "404", "500"),
                lookup.getResponses().getAPIResponses().keySet());
        assertEquals(
                Set.of("200", "406", "500"),
                status.getResponses().getAPIResponses().keySet(),
                "no input: only an Accept it cannot meet");
        assertEquals(
                Set.of("400", "401", "500"),
                upload.getResponses().getAPIResponses().keySet());
        for (Operation op : List.of(lookup, status, upload)) {
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                if (!code.equals("200")) {
                    assertEquals(
                            "#/components/schemas/Problem",
                            problemSchemaRef(response),
                            op.getOperationId() + " " + code);
                }
            });
        }
        assertEquals(
                "no key",
                upload.getResponses().getAPIResponse("401").getDescription(),
                "a declared response keeps its words");
        assertNotNull(api.getComponents().getSchemas().get("Problem"));
        assertTrue(api.getComponents().getSchemas().get("Problem").getRequired().contains("detail"));
    }

    @Test
    void anOperationWithoutARequirementIsDeclaredPublicAndOneWithARequirementKeepsIt() {
        new ProblemResponses().filterOpenAPI(api);

        assertEquals(List.of(), lookup.getSecurity());
        assertEquals(List.of(), status.getSecurity());
        assertEquals(1, upload.getSecurity().size());
        assertTrue(upload.getSecurity().get(0).hasScheme("apiKey"));
    }

    private static String problemSchemaRef(APIResponse response) {
        return response.getContent()
                .getMediaType("application/problem+json")
                .getSchema()
                .getRef();
    }
}
