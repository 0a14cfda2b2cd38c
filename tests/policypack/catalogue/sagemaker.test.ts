import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const T = (name: string) => `aws:sagemaker/${name.charAt(0).toLowerCase()}${name.slice(1)}:${name}`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker`;
const PRIVATE_TEAM = `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:workteam/private-crowd/labelers`;
const PUBLIC_CROWD = "arn:aws:sagemaker:eu-west-1:394669845002:workteam/public-crowd/default";
const openSg = (name: string): ResourceSpec => ({
    type: "aws:ec2/securityGroup:SecurityGroup",
    name,
    props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] },
});
const withOpenSg = (resource: string, property: string) => (stack: ResourceSpec[]) => {
    add(openSg("open-sg"))(stack);
    stack.find((s) => s.name === resource)!.propertyDependencies = { [property]: ["open-sg"] };
};
const trainingStep = (args: object) =>
    JSON.stringify({ Version: "2020-12-01", Steps: [{ Name: "Train", Type: "Training", Arguments: args }] });
const STEP_ARGS = {
    OutputDataConfig: { S3OutputPath: "s3://labels-abc/pipeline/", KmsKeyId: KEY_ARN },
    ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 10, VolumeKmsKeyId: KEY_ARN },
};

/** Studio, notebooks and feature store: the stores. */
const stores = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: T("NotebookInstance"),
                name: "lab",
                props: {
                    name: "lab",
                    instanceType: "ml.t3.medium",
                    roleArn: ROLE,
                    kmsKeyId: KEY_ARN,
                    directInternetAccess: "Disabled",
                    rootAccess: "Disabled",
                    subnetId: "subnet-1",
                    securityGroups: ["sg-1"],
                    defaultCodeRepository: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/lab",
                    tags: PII_TAGS,
                },
            },
            {
                type: T("Domain"),
                name: "studio",
                props: {
                    domainName: "studio",
                    authMode: "IAM",
                    vpcId: "vpc-1",
                    subnetIds: ["subnet-1"],
                    kmsKeyId: KEY_ARN,
                    appNetworkAccessType: "VpcOnly",
                    retentionPolicy: { homeEfsFileSystem: "Delete" },
                    tags: PII_TAGS,
                    defaultUserSettings: {
                        executionRole: ROLE,
                        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: "s3://labels-abc/shared/", s3KmsKeyId: KEY_ARN },
                    },
                },
            },
            {
                type: T("UserProfile"),
                name: "alice",
                props: { domainId: "d-123", userProfileName: "alice", userSettings: { executionRole: ROLE } },
                propertyDependencies: { domainId: ["studio"] },
            },
            {
                type: T("Space"),
                name: "team",
                props: { domainId: "d-123", spaceName: "team" },
                propertyDependencies: { domainId: ["studio"] },
            },
            {
                type: T("FeatureGroup"),
                name: "customers",
                props: {
                    featureGroupName: "customers",
                    recordIdentifierFeatureName: "id",
                    eventTimeFeatureName: "ts",
                    roleArn: ROLE,
                    tags: PII_TAGS,
                    featureDefinitions: [
                        { featureName: "id", featureType: "String" },
                        { featureName: "ts", featureType: "String" },
                    ],
                    onlineStoreConfig: {
                        enableOnlineStore: true,
                        securityConfig: { kmsKeyId: KEY_ARN },
                        ttlDuration: { unit: "Days", value: 1 },
                    },
                    offlineStoreConfig: { s3StorageConfig: { s3Uri: "s3://labels-abc/features/", kmsKeyId: KEY_ARN } },
                },
            },
        ],
        ["AWS::SageMaker::FeatureGroup"],
    );

/** Inference, training, monitoring and labeling: carriers writing into the PII labels bucket. */
const jobs = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: T("EndpointConfiguration"),
            name: "inference",
            props: {
                name: "inference",
                kmsKeyArn: KEY_ARN,
                productionVariants: [{ modelName: "scorer", variantName: "main", instanceType: "ml.m5.large" }],
                dataCaptureConfig: {
                    enableCapture: true,
                    destinationS3Uri: "s3://labels-abc/capture/",
                    kmsKeyId: KEY_ARN,
                    initialSamplingPercentage: 100,
                    captureOptions: [{ captureMode: "Input" }],
                },
            },
        },
        {
            type: T("Model"),
            name: "scorer",
            props: {
                name: "scorer",
                executionRoleArn: ROLE,
                primaryContainer: {
                    image: "123.dkr.ecr.eu-west-1.amazonaws.com/scorer:1",
                    modelDataUrl: "s3://labels-abc/models/model.tar.gz",
                },
            },
        },
        {
            type: T("TrainingJob"),
            name: "train",
            props: {
                trainingJobName: "train",
                roleArn: ROLE,
                enableInterContainerTrafficEncryption: true,
                inputDataConfigs: [
                    { channelName: "train", dataSource: { s3DataSource: { s3DataType: "S3Prefix", s3Uri: "s3://labels-abc/train/" } } },
                ],
                outputDataConfig: { s3OutputPath: "s3://labels-abc/models/", kmsKeyId: KEY_ARN },
                resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 1, volumeSizeInGb: 10, volumeKmsKeyId: KEY_ARN },
            },
        },
        {
            type: T("HyperParameterTuningJob"),
            name: "tune",
            props: {
                name: "tune",
                config: { strategy: "Bayesian", resourceLimits: { maxNumberOfTrainingJobs: 2, maxParallelTrainingJobs: 1 } },
                trainingJobDefinition: {
                    roleArn: ROLE,
                    enableInterContainerTrafficEncryption: true,
                    algorithmSpecification: { trainingImage: "img", trainingInputMode: "File" },
                    stoppingCondition: { maxRuntimeInSeconds: 3600 },
                    outputDataConfig: { s3OutputPath: "s3://labels-abc/tuning/", kmsKeyId: KEY_ARN },
                    resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 1, volumeSizeInGb: 10, volumeKmsKeyId: KEY_ARN },
                },
            },
        },
        {
            type: T("DataQualityJobDefinition"),
            name: "dq",
            props: {
                name: "dq",
                roleArn: ROLE,
                dataQualityAppSpecification: { imageUri: "img" },
                dataQualityJobInput: { endpointInput: { endpointName: "inference" } },
                dataQualityJobOutputConfig: { kmsKeyId: KEY_ARN, monitoringOutputs: { s3Output: { s3Uri: "s3://labels-abc/dq/" } } },
                jobResources: {
                    clusterConfig: { instanceCount: 1, instanceType: "ml.m5.large", volumeSizeInGb: 10, volumeKmsKeyId: KEY_ARN },
                },
                networkConfig: { enableInterContainerTrafficEncryption: true },
            },
        },
        {
            type: T("MonitoringSchedule"),
            name: "monitor",
            props: {
                name: "monitor",
                monitoringScheduleConfig: {
                    monitoringType: "DataQuality",
                    monitoringJobDefinition: {
                        roleArn: ROLE,
                        monitoringAppSpecification: { imageUri: "img" },
                        monitoringInputs: { endpointInput: { endpointName: "inference", localPath: "/opt/ml/processing/input" } },
                        monitoringOutputConfig: {
                            kmsKeyId: KEY_ARN,
                            monitoringOutputs: { s3Output: { s3Uri: "s3://labels-abc/monitor/", localPath: "/opt/ml/processing/output" } },
                        },
                        monitoringResources: {
                            clusterConfig: { instanceCount: 1, instanceType: "ml.m5.large", volumeSizeInGb: 10, volumeKmsKeyId: KEY_ARN },
                        },
                        networkConfig: { enableInterContainerTrafficEncryption: true },
                    },
                },
            },
        },
        {
            type: T("LabelingJob"),
            name: "label",
            props: {
                labelingJobName: "label",
                roleArn: ROLE,
                labelAttributeName: "label",
                humanTaskConfig: {
                    workteamArn: PRIVATE_TEAM,
                    numberOfHumanWorkersPerDataObject: 1,
                    taskDescription: "d",
                    taskTimeLimitInSeconds: 300,
                    taskTitle: "t",
                    uiConfig: {},
                },
                inputConfig: { dataSource: { s3DataSource: { manifestS3Uri: "s3://labels-abc/manifest.json" } } },
                outputConfig: { s3OutputPath: "s3://labels-abc/labels/", kmsKeyId: KEY_ARN },
            },
        },
        {
            type: T("FlowDefinition"),
            name: "review",
            props: {
                flowDefinitionName: "review",
                roleArn: ROLE,
                humanLoopConfig: {
                    humanTaskUiArn: "arn:ui",
                    taskCount: 1,
                    taskDescription: "d",
                    taskTitle: "t",
                    workteamArn: PRIVATE_TEAM,
                },
                outputConfig: { s3OutputPath: "s3://labels-abc/reviews/", kmsKeyId: KEY_ARN },
            },
        },
        {
            type: T("Algorithm"),
            name: "algo",
            props: {
                algorithmName: "algo",
                trainingSpecification: { trainingImage: "img" },
                validationSpecification: {
                    validationRole: ROLE,
                    validationProfiles: {
                        profileName: "p",
                        trainingJobDefinition: {
                            trainingInputMode: "File",
                            inputDataConfigs: [],
                            stoppingCondition: {},
                            outputDataConfig: { s3OutputPath: "s3://labels-abc/algo/", kmsKeyId: KEY_ARN },
                            resourceConfig: { volumeKmsKeyId: KEY_ARN },
                        },
                    },
                },
            },
        },
        {
            type: T("MlflowTrackingServer"),
            name: "mlflow",
            props: { trackingServerName: "mlflow", roleArn: ROLE, artifactStoreUri: "s3://labels-abc/mlflow/" },
        },
        {
            type: T("MlflowApp"),
            name: "mlflow-app",
            props: { name: "mlflow-app", roleArn: ROLE, artifactStoreUri: "s3://labels-abc/mlflow-app/" },
        },
        {
            type: T("ModelCard"),
            name: "card",
            props: { modelCardName: "card", modelCardStatus: "Draft", content: "{}", securityConfig: { kmsKeyId: KEY_ARN } },
        },
        {
            type: T("ModelCardExportJob"),
            name: "card-export",
            props: { modelCardExportJobName: "export", modelCardName: "card", outputConfig: { s3OutputPath: "s3://labels-abc/cards/" } },
            propertyDependencies: { modelCardName: ["card"] },
        },
        {
            type: T("ModelPackageGroupPolicy"),
            name: "registry-policy",
            props: {
                modelPackageGroupName: "models",
                resourcePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                            Action: "sagemaker:DescribeModelPackage",
                            Resource: "*",
                        },
                    ],
                }),
            },
        },
        {
            type: T("DeviceFleet"),
            name: "fleet",
            props: {
                deviceFleetName: "fleet",
                roleArn: ROLE,
                outputConfig: { s3OutputLocation: "s3://labels-abc/edge/", kmsKeyId: KEY_ARN },
            },
        },
        {
            type: T("Pipeline"),
            name: "pipeline",
            props: {
                pipelineName: "pipeline",
                pipelineDisplayName: "pipeline",
                roleArn: ROLE,
                pipelineDefinition: trainingStep(STEP_ARGS),
            },
        },
    ]);

describe("catalogue: SageMaker", () => {
    describeEntry(
        "notebook instance, domain, user profile, space, feature group",
        stores,
        [
            {
                title: "a notebook volume under the AWS-managed key",
                change: props("lab", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("NotebookInstance"), "lab"],
                message: /its ML storage volume: has no kmsKeyId/,
            },
            {
                title: "direct internet access left at its default (Enabled)",
                change: props("lab", (p) => {
                    delete p.directInternetAccess;
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("NotebookInstance"), "lab"],
                message: /the notebook instance is public: directInternetAccess is not set \(Enabled by default/,
            },
            {
                title: "direct internet access Enabled",
                change: props("lab", (p) => {
                    p.directInternetAccess = "Enabled";
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("NotebookInstance"), "lab"],
                message: /directInternetAccess is "Enabled"/,
            },
            {
                title: "root access left at its default on a PII notebook",
                change: props("lab", (p) => {
                    delete p.rootAccess;
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("NotebookInstance"), "lab"],
                message: /gives its users root access \(rootAccess is not set: Enabled by default\)/,
            },
            {
                title: "a notebook security group open to the internet",
                change: withOpenSg("lab", "securityGroups"),
                policy: datastoreAccessBlockPublic,
                at: [T("NotebookInstance"), "lab"],
                message: /security group open-sg is open to the internet/,
            },
            {
                title: "a PII notebook pushing to GitHub",
                change: props("lab", (p) => {
                    p.additionalCodeRepositories = ["https://github.com/example/lab.git"];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("NotebookInstance"), "lab"],
                message: /pushes notebooks, with their outputs, to https:\/\/github.com\/example\/lab.git, outside AWS/,
            },
            {
                title: "a PII notebook's repository defined elsewhere",
                change: props("lab", (p) => {
                    p.defaultCodeRepository = "lab-repo";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("NotebookInstance"), "lab"],
                message: /its code repository "lab-repo" is not defined in this stack/,
            },
            {
                title: "a PII notebook's repository resource pointing at GitHub",
                change: (stack) => {
                    add({
                        type: T("CodeRepository"),
                        name: "lab-repo",
                        props: { codeRepositoryName: "lab-repo", gitConfig: { repositoryUrl: "https://github.com/example/lab.git" } },
                    })(stack);
                    props("lab", (p) => {
                        p.defaultCodeRepository = "lab-repo";
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [T("NotebookInstance"), "lab"],
                message: /to https:\/\/github.com\/example\/lab.git, outside AWS/,
            },
            {
                title: "an unclassified notebook",
                change: props("lab", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("NotebookInstance"), "lab"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a domain under the AWS-managed key",
                change: props("studio", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Domain"), "studio"],
                message: /home directories and space volumes: has no kmsKeyId/,
            },
            {
                title: "shared notebook outputs under the AWS-managed key",
                change: props("studio", (p) => {
                    delete p.defaultUserSettings.sharingSettings.s3KmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Domain"), "studio"],
                message: /shared notebook outputs: has no defaultUserSettings.sharingSettings.s3KmsKeyId/,
            },
            {
                title: "Canvas artifacts under the AWS-managed key",
                change: props("studio", (p) => {
                    p.defaultUserSettings.canvasAppSettings = { workspaceSettings: { s3ArtifactPath: "s3://labels-abc/canvas/" } };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Domain"), "studio"],
                message: /Canvas artifacts: has no/,
            },
            {
                title: "apps on the public internet (the default)",
                change: props("studio", (p) => {
                    delete p.appNetworkAccessType;
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("Domain"), "studio"],
                message: /its apps is public: appNetworkAccessType is not set \(PublicInternetOnly by default/,
            },
            {
                title: "home directories retained after deletion (the default)",
                change: props("studio", (p) => {
                    delete p.retentionPolicy;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("Domain"), "studio"],
                message: /keeps the home directories \(EFS\) after the domain is deleted, a copy that never expires/,
            },
            {
                title: "a PII domain sharing notebook outputs into a confidential bucket",
                change: props("studio", (p) => {
                    p.defaultUserSettings.sharingSettings.s3OutputPath = "s3://logs-abc/shared/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of studio/,
            },
            {
                title: "a PII domain sharing notebook outputs outside the stack",
                change: props("studio", (p) => {
                    p.defaultUserSettings.sharingSettings.s3OutputPath = "s3://someone-elses-bucket/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Domain"), "studio"],
                message: /shares notebook outputs into s3:\/\/someone-elses-bucket\/, which is not a resource of this stack/,
            },
            {
                title: "Canvas models registered in another account",
                change: props("studio", (p) => {
                    p.defaultUserSettings.canvasAppSettings = {
                        modelRegisterSettings: {
                            status: "ENABLED",
                            crossAccountModelRegisterRoleArn: `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/registry`,
                        },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Domain"), "studio"],
                message: /registers Canvas models through the role .* in account 999988887777/,
            },
            {
                title: "a user sharing notebook outputs under the AWS-managed key",
                change: props("alice", (p) => {
                    p.userSettings.sharingSettings = { notebookOutputOption: "Allowed", s3OutputPath: "s3://labels-abc/alice/" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("UserProfile"), "alice"],
                message: /shared notebook outputs: has no userSettings.sharingSettings.s3KmsKeyId/,
            },
            {
                title: "a user of a PII domain sharing outputs into a confidential bucket",
                change: props("alice", (p) => {
                    p.userSettings.sharingSettings = {
                        notebookOutputOption: "Allowed",
                        s3OutputPath: "s3://logs-abc/alice/",
                        s3KmsKeyId: KEY_ARN,
                    };
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of alice/,
            },
            {
                title: "a user registering Canvas models in another account",
                change: props("alice", (p) => {
                    p.userSettings.canvasAppSettings = {
                        modelRegisterSettings: { crossAccountModelRegisterRoleArn: `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/registry` },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("UserProfile"), "alice"],
                message: /account 999988887777, outside this stack/,
            },
            {
                title: "a space of a domain outside the stack, untagged",
                change: (stack) => {
                    stack.find((s) => s.name === "team")!.propertyDependencies = {};
                },
                policy: datastoreTagsRequireClassification,
                at: [T("Space"), "team"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "an online store under an AWS-owned key",
                change: props("customers", (p) => {
                    delete p.onlineStoreConfig.securityConfig;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("FeatureGroup"), "customers"],
                message: /the online store: has no onlineStoreConfig.securityConfig.kmsKeyId/,
            },
            {
                title: "an offline store under the AWS-managed key",
                change: props("customers", (p) => {
                    delete p.offlineStoreConfig.s3StorageConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("FeatureGroup"), "customers"],
                message: /the offline store: has no offlineStoreConfig.s3StorageConfig.kmsKeyId/,
            },
            {
                title: "a PII online store without TTL",
                change: props("customers", (p) => {
                    delete p.onlineStoreConfig.ttlDuration;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("FeatureGroup"), "customers"],
                message: /keeps records until they are overwritten/,
            },
            {
                title: "a PII online store with a 1-week TTL",
                change: props("customers", (p) => {
                    p.onlineStoreConfig.ttlDuration = { unit: "Weeks", value: 1 };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("FeatureGroup"), "customers"],
                message: /keeps records 1 Weeks .* more than the 3-day retention/,
            },
            {
                title: "a TTL unknown during preview",
                change: props("customers", (p) => {
                    p.onlineStoreConfig.ttlDuration = UNKNOWN;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("FeatureGroup"), "customers"],
                message: /not known during preview/,
            },
            {
                title: "a PII offline store in a confidential bucket",
                change: props("customers", (p) => {
                    p.offlineStoreConfig.s3StorageConfig.s3Uri = "s3://logs-abc/features/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of customers/,
            },
            {
                title: "a PII feature group whose data events are not recorded",
                change: (stack) => {
                    const trail = stack.find((s) => s.name === "audit")!;
                    trail.props.advancedEventSelectors = trail.props.advancedEventSelectors.filter(
                        (s: any) => s.name !== "AWS::SageMaker::FeatureGroup",
                    );
                },
                policy: cloudtrailTrailRequireDataEvents,
                at: [T("FeatureGroup"), "customers"],
                message: /no trail records data events \(AWS::SageMaker::FeatureGroup\)/,
            },
            {
                title: "an unclassified feature group",
                change: props("customers", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("FeatureGroup"), "customers"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "root access on a confidential notebook",
                change: props("lab", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                    delete p.rootAccess;
                }),
            },
            {
                title: "a feature group without an online store needs no TTL",
                change: props("customers", (p) => {
                    p.onlineStoreConfig = { enableOnlineStore: false };
                }),
            },
            {
                title: "a PII notebook pushing to a CodeCommit repository resource",
                change: (stack) => {
                    add({
                        type: T("CodeRepository"),
                        name: "lab-repo",
                        props: {
                            codeRepositoryName: "lab-repo",
                            gitConfig: { repositoryUrl: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/lab" },
                        },
                    })(stack);
                    props("lab", (p) => {
                        p.defaultCodeRepository = "lab-repo";
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "endpoint configuration, model, training, tuning, monitoring, labeling, MLflow and the rest",
        jobs,
        [
            {
                title: "endpoint volumes under the AWS-managed key",
                change: props("inference", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("EndpointConfiguration"), "inference"],
                message: /the hosting instances' storage volumes: has no kmsKeyArn/,
            },
            {
                title: "captured data under the AWS-managed key",
                change: props("inference", (p) => {
                    delete p.dataCaptureConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("EndpointConfiguration"), "inference"],
                message: /captured requests and responses: has no dataCaptureConfig.kmsKeyId/,
            },
            {
                title: "async results under the AWS-managed key",
                change: props("inference", (p) => {
                    p.asyncInferenceConfig = { outputConfig: { s3OutputPath: "s3://labels-abc/async/" } };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("EndpointConfiguration"), "inference"],
                message: /asynchronous inference results: has no/,
            },
            {
                title: "core dumps under the AWS-managed key",
                change: props("inference", (p) => {
                    p.productionVariants[0].coreDumpConfig = { destinationS3Uri: "s3://labels-abc/dumps/" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("EndpointConfiguration"), "inference"],
                message: /core dumps: has no productionVariants.coreDumpConfig.kmsKeyId/,
            },
            {
                title: "an unclassified endpoint capturing into a confidential bucket",
                change: props("inference", (p) => {
                    p.dataCaptureConfig.destinationS3Uri = "s3://logs-abc/capture/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of inference/,
            },
            {
                title: "a PII endpoint capturing outside the stack",
                change: props("inference", (p) => {
                    p.tags = PII_TAGS;
                    p.dataCaptureConfig.destinationS3Uri = "s3://someone-elses-bucket/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("EndpointConfiguration"), "inference"],
                message: /captures requests and responses into s3:\/\/someone-elses-bucket\//,
            },
            {
                title: "inference responses published to a confidential topic",
                change: (stack) => {
                    props("inference", (p) => {
                        p.asyncInferenceConfig = {
                            outputConfig: {
                                s3OutputPath: "s3://labels-abc/async/",
                                kmsKeyId: KEY_ARN,
                                notificationConfig: {
                                    successTopic: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`,
                                    includeInferenceResponseIns: ["SUCCESS_NOTIFICATION_TOPIC"],
                                },
                            },
                        };
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /holds pii data as a copy of inference/,
            },
            {
                title: "a model trained on PII with environment variables",
                change: props("scorer", (p) => {
                    p.primaryContainer.environment = { GREETING: "hello" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("Model"), "scorer"],
                message: /sets primaryContainer.environment/,
            },
            {
                title: "a model behind an open security group",
                change: (stack) => {
                    props("scorer", (p) => {
                        p.vpcConfig = { subnets: ["subnet-1"], securityGroupIds: ["sg-x"] };
                    })(stack);
                    withOpenSg("scorer", "vpcConfig")(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [T("Model"), "scorer"],
                message: /security group open-sg is open/,
            },
            {
                title: "training output under the AWS-managed key",
                change: props("train", (p) => {
                    delete p.outputDataConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("TrainingJob"), "train"],
                message: /its output \(the model\): has no outputDataConfig.kmsKeyId/,
            },
            {
                title: "training volumes under the AWS-managed key",
                change: props("train", (p) => {
                    delete p.resourceConfig.volumeKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("TrainingJob"), "train"],
                message: /its instances' storage volumes: has no resourceConfig.volumeKmsKeyId/,
            },
            {
                title: "inter-container traffic unencrypted (the default)",
                change: props("train", (p) => {
                    delete p.enableInterContainerTrafficEncryption;
                }),
                policy: datastoreTransitRequireTls,
                at: [T("TrainingJob"), "train"],
                message:
                    /traffic between its containers does not require TLS: enableInterContainerTrafficEncryption is not set \(off by default\)/,
            },
            {
                title: "a training job behind an open security group",
                change: (stack) => {
                    props("train", (p) => {
                        p.vpcConfig = { subnets: ["subnet-1"], securityGroupIds: ["sg-x"] };
                    })(stack);
                    withOpenSg("train", "vpcConfig")(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [T("TrainingJob"), "train"],
                message: /security group open-sg is open/,
            },
            {
                title: "a job training on PII with environment variables",
                change: props("train", (p) => {
                    p.environment = { MODE: "x" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("TrainingJob"), "train"],
                message: /sets environment/,
            },
            {
                title: "a job training on PII writing its model into a confidential bucket",
                change: props("train", (p) => {
                    p.outputDataConfig.s3OutputPath = "s3://logs-abc/models/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of train/,
            },
            {
                title: "a job training on PII checkpointing outside the stack",
                change: props("train", (p) => {
                    p.checkpointConfig = { s3Uri: "s3://someone-elses-bucket/ckpt/" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("TrainingJob"), "train"],
                message: /writes checkpoints to s3:\/\/someone-elses-bucket\/ckpt\//,
            },
            {
                title: "tuning output under the AWS-managed key",
                change: props("tune", (p) => {
                    delete p.trainingJobDefinition.outputDataConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("HyperParameterTuningJob"), "tune"],
                message: /its training jobs' output: has no trainingJobDefinition.outputDataConfig.kmsKeyId/,
            },
            {
                title: "tuning volumes under the AWS-managed key",
                change: props("tune", (p) => {
                    delete p.trainingJobDefinition.resourceConfig.volumeKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("HyperParameterTuningJob"), "tune"],
                message: /its training jobs' volumes: has no trainingJobDefinition.resourceConfig.volumeKmsKeyId/,
            },
            {
                title: "tuning without inter-container encryption",
                change: props("tune", (p) => {
                    p.trainingJobDefinition.enableInterContainerTrafficEncryption = false;
                }),
                policy: datastoreTransitRequireTls,
                at: [T("HyperParameterTuningJob"), "tune"],
                message: /enableInterContainerTrafficEncryption is false/,
            },
            {
                title: "several tuning definitions, one without a volume key",
                change: props("tune", (p) => {
                    p.trainingJobDefinitions = [
                        { ...p.trainingJobDefinition, hyperParameterTuningResourceConfig: { instanceType: "ml.m5.xlarge" } },
                    ];
                    delete p.trainingJobDefinitions[0].resourceConfig;
                    delete p.trainingJobDefinition;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("HyperParameterTuningJob"), "tune"],
                message: /has no trainingJobDefinitions.hyperParameterTuningResourceConfig.volumeKmsKeyId/,
            },
            {
                title: "data quality reports under the AWS-managed key",
                change: props("dq", (p) => {
                    delete p.dataQualityJobOutputConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("DataQualityJobDefinition"), "dq"],
                message: /its reports: has no dataQualityJobOutputConfig.kmsKeyId/,
            },
            {
                title: "data quality volumes under the AWS-managed key",
                change: props("dq", (p) => {
                    delete p.jobResources.clusterConfig.volumeKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("DataQualityJobDefinition"), "dq"],
                message: /its instances' storage volumes: has no jobResources.clusterConfig.volumeKmsKeyId/,
            },
            {
                title: "data quality without inter-container encryption",
                change: props("dq", (p) => {
                    delete p.networkConfig;
                }),
                policy: datastoreTransitRequireTls,
                at: [T("DataQualityJobDefinition"), "dq"],
                message: /networkConfig.enableInterContainerTrafficEncryption is not set/,
            },
            {
                title: "monitoring reports under the AWS-managed key",
                change: props("monitor", (p) => {
                    delete p.monitoringScheduleConfig.monitoringJobDefinition.monitoringOutputConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("MonitoringSchedule"), "monitor"],
                message: /its reports: has no monitoringScheduleConfig.monitoringJobDefinition.monitoringOutputConfig.kmsKeyId/,
            },
            {
                title: "monitoring volumes under the AWS-managed key",
                change: props("monitor", (p) => {
                    delete p.monitoringScheduleConfig.monitoringJobDefinition.monitoringResources.clusterConfig.volumeKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("MonitoringSchedule"), "monitor"],
                message: /its instances' storage volumes: has no/,
            },
            {
                title: "monitoring without inter-container encryption",
                change: props("monitor", (p) => {
                    delete p.monitoringScheduleConfig.monitoringJobDefinition.networkConfig;
                }),
                policy: datastoreTransitRequireTls,
                at: [T("MonitoringSchedule"), "monitor"],
                message: /enableInterContainerTrafficEncryption is not set/,
            },
            {
                title: "an unclassified monitor writing into a confidential bucket",
                change: props("monitor", (p) => {
                    p.monitoringScheduleConfig.monitoringJobDefinition.monitoringOutputConfig.monitoringOutputs.s3Output.s3Uri =
                        "s3://logs-abc/monitor/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of monitor/,
            },
            {
                title: "labels under the AWS-managed key",
                change: props("label", (p) => {
                    delete p.outputConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("LabelingJob"), "label"],
                message: /its labels: has no outputConfig.kmsKeyId/,
            },
            {
                title: "automated labeling volumes under the AWS-managed key",
                change: props("label", (p) => {
                    p.labelingJobAlgorithmsConfig = { labelingJobAlgorithmSpecificationArn: "arn:algo" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("LabelingJob"), "label"],
                message: /automated labeling volumes: has no/,
            },
            {
                title: "a labeling job for Mechanical Turk",
                change: props("label", (p) => {
                    p.humanTaskConfig.workteamArn = PUBLIC_CROWD;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("LabelingJob"), "label"],
                message: /shows its data objects to Amazon Mechanical Turk/,
            },
            {
                title: "a labeling job for a vendor workforce",
                change: props("label", (p) => {
                    p.humanTaskConfig.workteamArn = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/vendor-crowd/acme";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("LabelingJob"), "label"],
                message: /shows its data objects to a vendor workforce/,
            },
            {
                title: "a labeling job for another account's private team",
                change: props("label", (p) => {
                    p.humanTaskConfig.workteamArn = `arn:aws:sagemaker:eu-west-1:${OUTSIDE_ACCOUNT}:workteam/private-crowd/theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("LabelingJob"), "label"],
                message: /workteam .* of account 999988887777, outside this stack/,
            },
            {
                title: "a labeling job over PII publishing labels to a confidential topic",
                change: props("label", (p) => {
                    p.outputConfig.snsTopicArn = `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`;
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /holds pii data as a copy of label/,
            },
            {
                title: "review results under the AWS-managed key",
                change: props("review", (p) => {
                    delete p.outputConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("FlowDefinition"), "review"],
                message: /human review results: has no outputConfig.kmsKeyId/,
            },
            {
                title: "a review flow for Mechanical Turk",
                change: props("review", (p) => {
                    p.humanLoopConfig.workteamArn = PUBLIC_CROWD;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("FlowDefinition"), "review"],
                message: /Amazon Mechanical Turk/,
            },
            {
                title: "algorithm validation output under the AWS-managed key",
                change: props("algo", (p) => {
                    delete p.validationSpecification.validationProfiles.trainingJobDefinition.outputDataConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Algorithm"), "algo"],
                message: /validation training output: has no/,
            },
            {
                title: "algorithm validation volumes under the AWS-managed key",
                change: props("algo", (p) => {
                    delete p.validationSpecification.validationProfiles.trainingJobDefinition.resourceConfig.volumeKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Algorithm"), "algo"],
                message: /validation training volumes: has no/,
            },
            {
                title: "algorithm validation transform output under the AWS-managed key",
                change: props("algo", (p) => {
                    p.validationSpecification.validationProfiles.transformJobDefinition = {
                        transformInput: {},
                        transformResources: {},
                        transformOutput: { s3OutputPath: "s3://labels-abc/algo-t/" },
                    };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Algorithm"), "algo"],
                message: /validation transform output: has no/,
            },
            {
                title: "an unclassified MLflow server keeping artifacts in a confidential bucket",
                change: props("mlflow", (p) => {
                    p.artifactStoreUri = "s3://logs-abc/mlflow/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of mlflow/,
            },
            {
                title: "a PII MLflow app keeping artifacts outside the stack",
                change: props("mlflow-app", (p) => {
                    p.tags = PII_TAGS;
                    p.artifactStoreUri = "s3://someone-elses-bucket/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("MlflowApp"), "mlflow-app"],
                message: /keeps artifacts in s3:\/\/someone-elses-bucket\//,
            },
            {
                title: "a model card under the AWS-managed key",
                change: props("card", (p) => {
                    delete p.securityConfig;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("ModelCard"), "card"],
                message: /the model card: has no securityConfig.kmsKeyId/,
            },
            {
                title: "a model card exported outside the stack",
                change: props("card-export", (p) => {
                    p.outputConfig.s3OutputPath = "s3://someone-elses-bucket/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("ModelCardExportJob"), "card-export"],
                message: /exports the model card to s3:\/\/someone-elses-bucket\//,
            },
            {
                title: "a model registry shared with another account",
                change: props("registry-policy", (p) => {
                    p.resourcePolicy = p.resourcePolicy.replace(ACCOUNT, OUTSIDE_ACCOUNT);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("ModelPackageGroupPolicy"), "registry-policy"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "a model registry open to everyone",
                change: props("registry-policy", (p) => {
                    p.resourcePolicy = p.resourcePolicy.replace(`"AWS":"arn:aws:iam::${ACCOUNT}:root"`, `"AWS":"*"`);
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("ModelPackageGroupPolicy"), "registry-policy"],
                message: /Principal "\*" with no condition/,
            },
            {
                title: "device data under the AWS-managed key",
                change: props("fleet", (p) => {
                    delete p.outputConfig.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("DeviceFleet"), "fleet"],
                message: /uploaded device data: has no outputConfig.kmsKeyId/,
            },
            {
                title: "a pipeline training step without an output key",
                change: props("pipeline", (p) => {
                    p.pipelineDefinition = trainingStep({ ...STEP_ARGS, OutputDataConfig: { S3OutputPath: "s3://labels-abc/pipeline/" } });
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Pipeline"), "pipeline"],
                message: /step "Train": Arguments.OutputDataConfig.KmsKeyId has no KmsKeyId/,
            },
            {
                title: "a pipeline training step with a parameterised volume key",
                change: props("pipeline", (p) => {
                    p.pipelineDefinition = trainingStep({ ...STEP_ARGS, ResourceConfig: { VolumeKmsKeyId: { Get: "Parameters.Key" } } });
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Pipeline"), "pipeline"],
                message: /is a pipeline expression, so its key cannot be verified/,
            },
            {
                title: "a pipeline whose definition is in S3",
                change: props("pipeline", (p) => {
                    delete p.pipelineDefinition;
                    p.pipelineDefinitionS3Location = { bucket: "labels-abc", objectKey: "pipeline.json" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Pipeline"), "pipeline"],
                message: /read from S3 \(pipelineDefinitionS3Location\)/,
            },
        ],
        [
            {
                title: "a labeling job for the shipping provider's workteam",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("label", (p) => {
                    p.humanTaskConfig.workteamArn = `arn:aws:sagemaker:eu-west-1:${OUTSIDE_ACCOUNT}:workteam/private-crowd/theirs`;
                }),
            },
            {
                title: "data capture switched off needs no capture key",
                change: props("inference", (p) => {
                    p.dataCaptureConfig = {
                        enableCapture: false,
                        destinationS3Uri: "s3://labels-abc/capture/",
                        initialSamplingPercentage: 0,
                        captureOptions: [],
                    };
                }),
            },
        ],
    );
});
