package dev.policysite.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a page's searchable text into the intro (before the first section heading) and one entry per
 * section, within budgets: prose first, code fills what is left (a policy's actions are worth finding,
 * its braces are not). Fed by a walk over HTML or over the Markdown document; the rules live here once.
 */
final class SectionCollector {
    private final List<SearchEntry.Section> sections = new ArrayList<>();
    private String intro;
    private String anchor;
    private String title;
    private TextBudget prose = new TextBudget(PageTextExtractor.SECTION_TEXT_LIMIT);
    private TextBudget code = new TextBudget(PageTextExtractor.SECTION_TEXT_LIMIT);
    private int used;
    private int limit = PageTextExtractor.SECTION_TEXT_LIMIT;

    void text(String text, boolean isCode) {
        (isCode ? code : prose).append(text);
    }

    /** A word boundary (a block ended or began). */
    void space() {
        prose.space();
        code.space();
    }

    /** Starts the section of a heading with this id and text. */
    void section(String headingId, String headingText) {
        flush();
        anchor = headingId;
        title = headingText;
    }

    PageTextExtractor.Result finish() {
        flush();
        return new PageTextExtractor.Result(intro == null ? "" : intro, sections);
    }

    private void flush() {
        String text = joined();
        if (anchor == null) {
            intro = intro == null ? text : intro;
        } else {
            sections.add(new SearchEntry.Section(anchor, title, text));
        }
        used += text.length();
        limit = Math.max(0, Math.min(PageTextExtractor.SECTION_TEXT_LIMIT, PageTextExtractor.PAGE_TEXT_LIMIT - used));
        prose = new TextBudget(limit);
        code = new TextBudget(limit);
    }

    private String joined() {
        String p = prose.text();
        String k = code.text();
        if (k.isEmpty()) {
            return p;
        }
        if (p.isEmpty()) {
            return k;
        }
        return TextBudget.cut(p + " " + k, limit);
    }
}
