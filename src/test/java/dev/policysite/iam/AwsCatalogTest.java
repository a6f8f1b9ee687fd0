package dev.policysite.iam;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwsCatalogTest {

    private static InputStream tsv(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A tiny catalog in the shipped format; actions deliberately out of order within a service. */
    private static AwsCatalog small() throws IOException {
        return AwsCatalog.load(
                tsv("ec2\tRunInstances\tinstance,volume\tec2:InstanceType,aws:RequestTag/${TagKey}",
                        "ec2\tDescribeInstances\t\tec2:Region",
                        "ec2\tDescribeVpcs\t\t",
                        "elasticloadbalancing\tCreateLoadBalancer\tloadbalancer\telasticloadbalancing:Scheme",
                        "elasticloadbalancing\tCreateRule\tlistener/app\telasticloadbalancing:CreateAction",
                        "s3\tGetObject\tobject\ts3:ExistingObjectTag/<key>"),
                tsv("ec2\tinstance\tarn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}\t",
                        "ec2\tvolume\tarn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}\t",
                        "elasticloadbalancing\tloadbalancer\tarn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/${LoadBalancerName}\t",
                        "elasticloadbalancing\tloadbalancer/app/\tarn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}\t",
                        "elasticloadbalancing\tlistener/app\tarn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}\t",
                        "s3\tobject\tarn:${Partition}:s3:::${BucketName}/${ObjectName}\t"),
                tsv("aws\taws:SourceIp\tIPAddress",
                        "aws\taws:PrincipalTag/tag-key\tString",
                        "ec2\taws:RequestTag/${TagKey}\tString",
                        "ec2\tec2:InstanceType\tString",
                        "ec2\tec2:Region\tString",
                        "elasticloadbalancing\telasticloadbalancing:Scheme\tString",
                        "elasticloadbalancing\telasticloadbalancing:CreateAction\tArrayOfString",
                        "s3\ts3:ExistingObjectTag/<key>\tString"));
    }

    @Nested
    class SmallCatalog {
        @Test
        void findsActionsIgnoringCaseWithTheCanonicalSpelling() throws IOException {
            AwsCatalog c = small();
            assertThat(c.isKnownAction("EC2:runinstances")).isTrue();
            assertThat(c.action("EC2:runinstances")).hasValueSatisfying(a -> assertThat(a.fullName()).isEqualTo("ec2:RunInstances"));
            assertThat(c.isKnownAction("ec2:RunInstance")).isFalse();
            assertThat(c.isKnownAction("ec3:RunInstances")).isFalse();
            assertThat(c.isKnownAction("RunInstances")).isFalse();
            assertThat(c.actionCount()).isEqualTo(6);
            assertThat(c.serviceNames()).containsExactly("ec2", "elasticloadbalancing", "s3");
        }

        @Test
        void wildcardsCoverActionsEvenWhenTheFileIsUnsorted() throws IOException {
            AwsCatalog c = small();
            assertThat(c.actionsMatching("ec2:Describe*")).extracting(AwsAction::fullName)
                    .containsExactly("ec2:DescribeInstances", "ec2:DescribeVpcs");
            assertThat(c.actionsMatching("ec2:*Instances")).extracting(AwsAction::name)
                    .containsExactlyInAnyOrder("DescribeInstances", "RunInstances");
            assertThat(c.actionsMatching("*:Get*")).extracting(AwsAction::fullName).containsExactly("s3:GetObject");
            assertThat(c.matchesAnyAction("ec2:Foo*")).isFalse();
            assertThat(c.matchesAnyAction("EC2:desc*")).isTrue();
        }

        @Test
        void suggestsNearbyActionsAndServices() throws IOException {
            AwsCatalog c = small();
            assertThat(c.suggestActions("ec2:DescribeInstance", 3)).containsExactly("ec2:DescribeInstances");
            assertThat(c.suggestServices("ec3", 3)).containsExactly("ec2");
            assertThat(c.suggestActions("nope:Thing", 3)).isEmpty();
        }

        @Test
        void resolvesResourceTypesAndAcceptsEveryElbTypeForElbActions() throws IOException {
            AwsCatalog c = small();
            AwsAction run = c.action("ec2:RunInstances").orElseThrow();
            assertThat(c.resourceTypesFor(run)).extracting(AwsResourceType::name).containsExactly("instance", "volume");
            assertThat(c.resourceTypesFor(c.action("ec2:DescribeVpcs").orElseThrow())).isEmpty();
            AwsAction createLb = c.action("elasticloadbalancing:CreateLoadBalancer").orElseThrow();
            assertThat(createLb.resourceTypes()).containsExactly("loadbalancer");
            assertThat(c.resourceTypesFor(createLb)).extracting(AwsResourceType::name)
                    .containsExactlyInAnyOrder("loadbalancer", "loadbalancer/app/", "listener/app");
            assertThat(c.resourceType("EC2", "Instance")).hasValueSatisfying(t ->
                    assertThat(t.arnFormat()).isEqualTo("arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}"));
        }

        @Test
        void conditionKeysIncludeTemplatesForConcreteTagKeys() throws IOException {
            AwsCatalog c = small();
            assertThat(c.conditionKey("EC2:instancetype")).hasValueSatisfying(k -> assertThat(k.key()).isEqualTo("ec2:InstanceType"));
            assertThat(c.conditionKey("aws:RequestTag/env")).hasValueSatisfying(k -> assertThat(k.key()).isEqualTo("aws:RequestTag/${TagKey}"));
            assertThat(c.conditionKey("aws:PrincipalTag/team")).hasValueSatisfying(k -> assertThat(k.isGlobal()).isTrue());
            assertThat(c.conditionKey("s3:ExistingObjectTag/classification")).isPresent();
            assertThat(c.conditionKey("aws:RequestTag/")).isEmpty();
            assertThat(c.conditionKey("ec2:Nope")).isEmpty();
            assertThat(c.isKnownConditionKeyPrefix("elasticloadbalancing")).isTrue();
            assertThat(c.isKnownConditionKeyPrefix("ec3")).isFalse();
        }

        @Test
        void conditionKeysApplyPerActionButGlobalKeysAlways() throws IOException {
            AwsCatalog c = small();
            AwsAction run = c.action("ec2:RunInstances").orElseThrow();
            AwsAction describe = c.action("ec2:DescribeInstances").orElseThrow();
            assertThat(c.conditionKeyApplies(run, "ec2:instancetype")).isTrue();
            assertThat(c.conditionKeyApplies(describe, "ec2:InstanceType")).isFalse();
            assertThat(c.conditionKeyApplies(describe, "aws:SourceIp")).isTrue();
            assertThat(c.conditionKeyApplies(run, "aws:RequestTag/env")).isTrue();
        }

        @Test
        void elbKeysOfAnyActionOfTheServiceApply() throws IOException {
            AwsCatalog c = small();
            AwsAction createLb = c.action("elasticloadbalancing:CreateLoadBalancer").orElseThrow();
            assertThat(c.conditionKeyApplies(createLb, "elasticloadbalancing:CreateAction")).isTrue();
        }

        @Test
        void linesOfOneServiceMustBeGrouped() {
            assertThatThrownBy(() -> AwsCatalog.load(tsv("ec2\tA\t\t", "s3\tB\t\t", "ec2\tC\t\t"), tsv(), tsv()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ec2");
        }
    }

    @Nested
    class BundledCatalog {
        private final AwsCatalog c = AwsCatalog.bundled();

        @Test
        void holdsTheWholeServiceAuthorizationReference() {
            assertThat(c.actionCount()).isGreaterThan(20000);
            assertThat(c.serviceNames()).contains("ec2", "iam", "s3", "sts", "elasticloadbalancing");
            assertThat(c.isKnownAction("iam:PassRole")).isTrue();
            assertThat(c.isKnownAction("S3:PutLifecycleConfiguration")).isTrue();
            assertThat(c.action("s3:putlifecycleconfiguration").orElseThrow().fullName()).isEqualTo("s3:PutLifecycleConfiguration");
            assertThat(c.isKnownAction("ec2:DescribeInstance")).isFalse();
            assertThat(AwsCatalog.bundled()).isSameAs(c);
        }

        @Test
        void knowsTheSeedsConditionKeysAndResourceTypes() {
            assertThat(c.conditionKeyApplies(c.action("ec2:RunInstances").orElseThrow(), "ec2:vpc")).isTrue();
            assertThat(c.conditionKeyApplies(c.action("ec2:RunInstances").orElseThrow(), "ec2:InstanceProfile")).isTrue();
            assertThat(c.action("ec2:DescribeInstances").orElseThrow().hasResourceTypes()).isFalse();
            assertThat(c.resourceType("iam", "role").orElseThrow().arnFormat()).isEqualTo("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
        }
    }
}
