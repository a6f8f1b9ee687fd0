package dev.policysite.iam;

/**
 * A resource type of an AWS service, e.g. {@code ec2 instance} with ARN format
 * {@code arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}}.
 */
public final class AwsResourceType {
    private final String service;
    private final String name;
    private final String arnFormat;
    private volatile Arn pattern;

    AwsResourceType(String service, String name, String arnFormat) {
        this.service = service;
        this.name = name;
        this.arnFormat = arnFormat;
    }

    public String service() {
        return service;
    }

    public String name() {
        return name;
    }

    public String arnFormat() {
        return arnFormat;
    }

    /** Could {@code arn} (an ARN pattern as written in a policy) name a resource of this type? */
    public boolean couldMatch(Arn arn) {
        Arn format = pattern;
        if (format == null) {
            format = Arn.parse(Placeholders.toWildcards(arnFormat));
            pattern = format;
        }
        return format != null && format.overlaps(arn);
    }

    @Override
    public String toString() {
        return service + " " + name;
    }
}
