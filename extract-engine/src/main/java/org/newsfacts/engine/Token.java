package org.newsfacts.engine;

/** A word, number or punctuation mark with its offsets in the body. */
public record Token(int start, int end, String text) {

    /** Starts with a capital, or is a brand such as "iPhone"/"eBay" (capital second). */
    public boolean capitalized() {
        char c = text.charAt(0);
        if (Character.isUpperCase(c)) {
            return true;
        }
        return text.length() > 2
                && Character.isLowerCase(c)
                && Character.isUpperCase(text.charAt(1))
                && Character.isLowerCase(text.charAt(2));
    }

    public boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }
}
