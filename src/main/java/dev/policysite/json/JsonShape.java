package dev.policysite.json;

/** How a text held its JSON: as one complete value, or as a fragment that needed a wrapper. */
public enum JsonShape {
    /** One complete JSON value. */
    VALUE,
    /** Values separated by commas, e.g. {@code {...}, {...}} or {@code "ec2:A", "ec2:B"}: wrapped in {@code [ ]}. */
    VALUE_LIST,
    /** Object members, e.g. {@code "Action": [...]}: wrapped in {@code { }}. */
    MEMBER_LIST
}
