package org.newsfacts.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates JSON against a {@link Contract}'s schema from the class path ({@code $ref}s resolved there
 * too). Shared with the producers' tests through this module's test jar.
 */
public final class ContractValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(Contract.ID_PREFIX, "classpath:" + Contract.RESOURCE_PREFIX)));
    private static final Map<Contract, JsonSchema> SCHEMAS = new EnumMap<>(Contract.class);

    private ContractValidator() {}

    /** What makes {@code json} invalid under the contract, one line each; empty when it is valid. */
    public static synchronized List<String> errors(Contract contract, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(contract, c -> FACTORY.getSchema(SchemaLocation.of(c.id())));
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        } catch (UncheckedIOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return schema.validate(node).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
