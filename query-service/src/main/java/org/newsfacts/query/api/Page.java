package org.newsfacts.query.api;

import java.util.List;

/** One page of a list: how many match in all, this page's items, and the cursor of the next page (null at the end). */
public record Page<T>(long total, List<T> items, String next) {}
