/**
 * {@code policysite check}: the JSON blocks, policies and links of a site, with every finding placed in the
 * file an author edits. {@link dev.policysite.check.SiteChecker} runs it; the pluggable parts are
 * {@link dev.policysite.check.BlockValidator} (the JSON/IAM engine) and
 * {@link dev.policysite.check.ModelConsistency} (the policy model), bundled in
 * {@link dev.policysite.check.CheckEngines}. Links are checked in {@code .links}, reports written in
 * {@code .report}. User documentation: {@code docs/check.md}.
 */
package dev.policysite.check;
