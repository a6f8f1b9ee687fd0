package dev.policysite.json;

/** Offsets of one value in the text: where its member name starts (or -1), where it starts and ends. */
record Span(int nameStart, int start, int end) {
}
