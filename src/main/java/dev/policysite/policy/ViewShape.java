package dev.policysite.policy;

/** What a view's JSON is, so it prints and compares the way documentation shows it. */
public enum ViewShape {
    /** A whole policy document or Azure role definition. */
    DOCUMENT,
    /** One statement object. */
    STATEMENT,
    /** A list of statement objects. */
    STATEMENTS,
    /** A list of action names. */
    ACTION_LIST,
    /** Members of a role definition printed without braces, e.g. {@code "Actions": [...]}. */
    MEMBERS
}
