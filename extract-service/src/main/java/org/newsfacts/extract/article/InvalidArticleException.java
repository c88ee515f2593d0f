package org.newsfacts.extract.article;

/** A record on articles.raw that is not a valid article; it goes to the dead-letter topic with this message. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
