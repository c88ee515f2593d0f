package org.newsfacts.extract.article;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.newsfacts.extract.messaging.AckedSend;

/**
 * Sends single records of a batch to {@code articles.dlq}, unchanged, with headers saying why
 * ({@code dead-letter-reason}, {@code -cause}, {@code -topic}, {@code -partition}, {@code -offset}: the
 * names SmallRye's dead-letter strategy uses, so the topic reads the same whoever wrote to it).
 * The caller waits for the broker's acknowledgement before its offsets may be committed: a record is
 * never dropped, at worst dead-lettered twice after a crash. Each letter the broker acknowledged is
 * announced as a CDI event (the metrics count them by {@link Kind}).
 */
@ApplicationScoped
public class DeadLetters {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final Emitter<String> emitter;
    private final Event<Letter> sent;

    public DeadLetters(
            @Channel("articles-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                    Emitter<String> emitter,
            Event<Letter> sent) {
        this.emitter = emitter;
        this.sent = sent;
    }

    /** Why a record is dead-lettered, as a closed set (the {@code reason} header says it in words). */
    public enum Kind {
        /** Not an articles.raw v1 record: not JSON, a field missing or malformed, an id that does not match the body. */
        INVALID_RECORD,
        /** The extractor threw on the article. */
        EXTRACTOR_FAILED,
        /** The database refused the article for a reason other than an outage. */
        NOT_STORABLE
    }

    public record Letter(ConsumerRecord<String, String> record, Kind kind, String reason, Throwable cause) {}

    public void sendAll(List<Letter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        List<Message<String>> messages = letters.stream()
                .map(letter -> Message.of(letter.record().value())
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withKey(letter.record().key())
                                .withHeaders(headers(letter))
                                .build()))
                .toList();
        try {
            AckedSend.sendAll(emitter, messages, TimeUnit.SECONDS.toMillis(ACK_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + letters.size() + " records", e);
        } catch (ExecutionException | TimeoutException e) {
            // The batch fails and is delivered again: nothing is lost.
            throw new IllegalStateException("cannot dead-letter " + letters.size() + " records: " + e.getMessage(), e);
        }
        letters.forEach(sent::fire);
    }

    private static RecordHeaders headers(Letter letter) {
        ConsumerRecord<String, String> r = letter.record();
        RecordHeaders headers = new RecordHeaders();
        r.headers().forEach(headers::add); // keep the CloudEvents attributes of the original
        headers.add("dead-letter-reason", bytes(letter.reason()));
        headers.add("dead-letter-kind", bytes(letter.kind().name()));
        if (letter.cause() != null) {
            headers.add("dead-letter-cause", bytes(letter.cause().getClass().getName()));
        }
        headers.add("dead-letter-topic", bytes(r.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(r.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(r.offset())));
        return headers;
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
