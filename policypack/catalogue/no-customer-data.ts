/**
 * The reviewed list of `@pulumi/aws` resource types that hold no customer data, each with the
 * reason. A key is a whole service (`aws:acm`) when none of its types can hold customer data, or
 * one type token in a service that also has catalogued types. The completeness test fails when
 * a type of the installed provider is neither here nor in the catalogue, so a provider upgrade
 * stops CI until its new types are reviewed.
 */
export const HOLDS_NO_CUSTOMER_DATA: Readonly<Record<string, string>> = {
    "pulumi:providers:aws": "the provider itself: configuration, not data",
    "aws:kms": "KMS keys, aliases and grants: key material and permissions, judged by the kms-key-* policies",
    "aws:iam": "identities and their policies: judged by the iam-* policies",
    "aws:cloudwatch/metricAlarm:MetricAlarm": "an alarm on a metric: numbers, not records",
    "aws:cloudwatch/logMetricFilter:LogMetricFilter": "turns matching log events into a metric count; the log group is judged",
    "aws:cloudwatch/eventRule:EventRule": "an event pattern or schedule; events flow to its targets, which are judged",
    "aws:ec2/securityGroup:SecurityGroup": "network rules; read by the stores they guard",
    "aws:rds/parameterGroup:ParameterGroup": "engine settings; read by the databases that use them (TLS)",
    "aws:rds/subnetGroup:SubnetGroup": "network placement of a database",
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketLogging:BucketLogging": "a setting of its bucket, read by s3-bucket-require-access-logging",
    "aws:s3/bucketLoggingV2:BucketLoggingV2": "a setting of its bucket, read by s3-bucket-require-access-logging",
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": "a setting of its bucket (object ownership)",
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketVersioning:BucketVersioning": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketVersioningV2:BucketVersioningV2": "a setting of its bucket, read by the bucket's entry",
};
