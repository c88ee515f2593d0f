package org.newsfacts.ingest.upload;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsfacts.api.Problem;

/**
 * Every write under /api needs the configured key in {@code X-Api-Key} (compared in constant time);
 * reads and health checks do not. Without a configured key writes are refused, unless
 * {@code newsfacts.api.auth=off} was set on purpose.
 */
public class ApiKeyFilter {

    static final String HEADER = "X-Api-Key";
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiConfig config;

    public ApiKeyFilter(ApiConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.auth() == ApiConfig.Auth.OFF) {
            LOG.warn("newsfacts.api.auth=off: anyone who reaches this port can submit articles");
        } else if (config.key().isEmpty()) {
            LOG.warn("no API key is configured (NEWSFACTS_API_KEY): POST /api/articles refuses every request");
        }
    }

    @ServerRequestFilter
    public Optional<Response> requireKey(ContainerRequestContext request) {
        String method = request.getMethod();
        if (config.auth() == ApiConfig.Auth.OFF
                || method.equals("GET")
                || method.equals("HEAD")
                || method.equals("OPTIONS")
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        if (config.key().isEmpty()) {
            return Optional.of(Problem.response(
                    503,
                    "writes need an API key and this service has none: set NEWSFACTS_API_KEY "
                            + "(or newsfacts.api.auth=off to accept writes from anyone)",
                    request.getUriInfo().getPath()));
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || given.isEmpty()) {
            return Optional.of(Problem.response(
                    401,
                    "missing header " + HEADER + ": writes need the API key",
                    request.getUriInfo().getPath()));
        }
        if (!MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), config.key().get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Problem.response(
                    403, "wrong " + HEADER, request.getUriInfo().getPath()));
        }
        return Optional.empty();
    }
}
