package org.newsfacts.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes a NewsFacts service's OpenAPI document with what its endpoints share, so that each
 * resource declares only what is its own (registered with {@code mp.openapi.filter}):
 * <ul>
 * <li>the {@code Problem} schema (RFC 9457 problem details, every error's body) and, on every
 *     operation, the error responses it can give as {@code application/problem+json}: 400 where it
 *     takes parameters or a body, 404 where its path has an id, 406 where it has no other 4xx (an
 *     Accept header it cannot satisfy), 500 always; a response the resource
 *     declared keeps its description and gets the problem body;</li>
 * <li>security stated on every operation: an operation that names no requirement is public
 *     ({@code security: []}), so that a reader (or a client generator) never has to guess.</li>
 * </ul>
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(path.getKey(), path.getValue(), operation);
            }
        }
    }

    private static void complete(String path, PathItem item, Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        APIResponses responses =
                operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null || hasParameters(operation) || hasParameters(item);
        if (takesInput) {
            problem(responses, "400", "the request is not valid: the problem's detail says which parameter and why");
        }
        if (path.contains("{")) {
            problem(responses, "404", "nothing with that id");
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            // An operation without input can still be refused: for an Accept header it cannot satisfy.
            problem(responses, "406", "the Accept header names no media type this operation answers with");
        }
        problem(responses, "500", "an unexpected error; the problem's detail says what failed");
        // Every 4xx or 5xx a resource declared itself carries the problem body too.
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemBody(response);
            }
        });
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static boolean hasParameters(PathItem item) {
        return item.getParameters() != null && !item.getParameters().isEmpty();
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void withProblemBody(APIResponse response) {
        Content content = response.getContent() != null ? response.getContent() : OASFactory.createContent();
        if (content.getMediaTypes() == null || !content.hasMediaType(PROBLEM_JSON)) {
            content.addMediaType(
                    PROBLEM_JSON,
                    OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
        }
        response.setContent(content);
    }

    static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: what went wrong, in words a person can act on")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .description(
                                        "A URI that identifies the kind of problem ('about:blank' when the status says it all)"))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .description("The status's reason phrase"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .format("int32")
                                .description("The HTTP status"))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .description("What was wrong with this request, and how to fix it"))
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .description("The request's path"))
                .required(List.of("title", "status", "detail"));
    }
}
