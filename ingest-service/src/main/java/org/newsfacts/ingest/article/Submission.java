package org.newsfacts.ingest.article;

import org.newsfacts.formats.Rejection;

/**
 * What became of one submission, announced as a CDI event (the metrics count them): its articles were
 * acknowledged by the broker, it was rejected (with why), or its publication failed (a dropped file
 * stays and is tried again; an upload's client is told to send again).
 */
public record Submission(Channel channel, Result result, int articles, Rejection rejection) {

    public enum Channel {
        INBOX,
        UPLOAD
    }

    public enum Result {
        INGESTED,
        REJECTED,
        FAILED
    }

    public static Submission ingested(Channel channel, int articles) {
        return new Submission(channel, Result.INGESTED, articles, null);
    }

    public static Submission rejected(Channel channel, Rejection why) {
        return new Submission(channel, Result.REJECTED, 0, why);
    }

    public static Submission failed(Channel channel) {
        return new Submission(channel, Result.FAILED, 0, null);
    }
}
