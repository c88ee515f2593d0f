package org.newsfacts.query.fact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;

@Path("/api/facts")
public class FactResource {

    public static final String NDJSON = "application/x-ndjson";

    private final FactRepository facts;
    private final ObjectMapper mapper;

    public FactResource(FactRepository facts, ObjectMapper mapper) {
        this.facts = facts;
        this.mapper = mapper;
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @Blocking
    @Operation(summary = "Every fact as NDJSON, one FACTS.md object a line, streamed")
    public StreamingOutput export() {
        return out -> {
            JsonGenerator json = mapper.getFactory().createGenerator(out);
            json.setRootValueSeparator(null);
            try {
                facts.exportAll(fact -> {
                    try {
                        mapper.writeValue(json, fact);
                        json.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.flush();
        };
    }
}
