package org.newsfacts.extract.engine;

import java.util.Comparator;
import java.util.List;

/** Canonical organization names: legal suffixes and possessives never make a new entity (FACTS.md). */
public final class OrgNames {

    private static final List<String> SUFFIXES = Resources.lines("legal-suffixes.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private OrgNames() {
    }

    public static String canonical(String name) {
        String n = name.strip().replaceAll("[’']s$", "").replaceAll("\\s+", " ");
        boolean changed = true;
        while (changed) {
            changed = false;
            n = n.replaceAll("[,\\s]+$", "");
            for (String suffix : SUFFIXES) {
                if (n.length() > suffix.length() + 1 && (n.endsWith(" " + suffix) || suffix.startsWith(".") && n.endsWith(suffix))) {
                    n = n.substring(0, n.length() - suffix.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return n;
    }
}
