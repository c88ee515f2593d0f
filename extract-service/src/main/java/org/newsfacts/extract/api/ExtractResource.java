package org.newsfacts.extract.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.newsfacts.engine.Extractor;
import org.newsfacts.model.ArticleIds;
import org.newsfacts.model.Fact;

/** Try the extractor on a text: nothing is stored or published. */
@Path("/api/extract")
public class ExtractResource {

    static final int MAX_CHARS = 2 * 1024 * 1024;

    private final Extractor extractor;

    public ExtractResource(Extractor extractor) {
        this.extractor = extractor;
    }

    public record ExtractResponse(String extractorVersion, int count, List<Fact> facts) {}

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "extractText",
            summary = "Extract the facts of a text without storing it",
            description =
                    "The body is the article text; 'date' (YYYY-MM-DD) resolves relative periods such as 'last year' (default: today).")
    public ExtractResponse extract(String text, @QueryParam("date") String date, @QueryParam("source") String source) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("the request body is empty: send the article text as text/plain");
        }
        if (text.length() > MAX_CHARS) {
            throw new BadRequestException("the text has " + text.length() + " characters; the limit is " + MAX_CHARS);
        }
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'date' must be YYYY-MM-DD, got '" + date + "'");
        }
        String id = ArticleIds.idOf(text);
        String src = source == null || source.isBlank() ? "request" : source;
        List<Fact> facts = extractor.extract(text, day).stream()
                .map(f -> f.withEvidenceOf(id, src))
                .toList();
        return new ExtractResponse(Extractor.VERSION, facts.size(), facts);
    }
}
