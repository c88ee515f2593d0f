package org.newsfacts.engine.mentions;

import java.util.Comparator;
import java.util.List;
import org.newsfacts.engine.lexicon.Resources;

/** Canonical organization names: legal suffixes and possessives never make a new entity (FACTS.md). */
public final class OrgNames {

    private static final List<String> SUFFIXES = Resources.lines("legal-suffixes.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private OrgNames() {}

    public static String canonical(String name) {
        String n = name.strip();
        if (n.endsWith("’s") || n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        }
        if (n.indexOf("  ") >= 0 || n.indexOf('\n') >= 0 || n.indexOf('\t') >= 0) {
            n = n.replaceAll("\\s+", " ");
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            int end = n.length();
            while (end > 0 && (n.charAt(end - 1) == ',' || Character.isWhitespace(n.charAt(end - 1)))) {
                end--;
            }
            n = n.substring(0, end);
            for (String suffix : SUFFIXES) {
                if (n.length() > suffix.length() + 1
                        && (n.endsWith(suffix) && n.charAt(n.length() - suffix.length() - 1) == ' '
                                || suffix.startsWith(".") && n.endsWith(suffix))) {
                    n = n.substring(0, n.length() - suffix.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return n;
    }
}
