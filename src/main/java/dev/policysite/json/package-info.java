/**
 * Strict JSON with exact positions.
 * <p>
 * {@link dev.policysite.json.StrictJson} reads a text into a Jackson tree plus the line and column of every
 * value and member name ({@link dev.policysite.json.LocatedJson}, navigated with
 * {@link dev.policysite.json.LocatedNode} or addressed by JSON Pointer). It reports every deviation from
 * RFC 8259 it can step over in one pass ({@link dev.policysite.json.JsonCodes}), at the offending character,
 * and understands the fragments documentation shows on purpose: values cut from an array
 * ({@code {...}, {...}}, {@code "ec2:A", "ec2:B"}) and members cut from an object ({@code "Action": [...]}).
 */
package dev.policysite.json;
