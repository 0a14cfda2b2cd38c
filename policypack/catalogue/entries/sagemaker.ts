/**
 * SageMaker: notebook instances, Studio domains, user profiles and spaces, feature groups,
 * endpoint configurations (data capture), models, training, tuning and monitoring jobs,
 * labeling jobs and human review flows (workforces outside the company), MLflow servers,
 * pipelines and the smaller artefacts that carry data.
 */
import type { AlgorithmArgs } from "@pulumi/aws/sagemaker/algorithm";
import type { DataQualityJobDefinitionArgs } from "@pulumi/aws/sagemaker/dataQualityJobDefinition";
import type { DeviceFleetArgs } from "@pulumi/aws/sagemaker/deviceFleet";
import type { DomainArgs } from "@pulumi/aws/sagemaker/domain";
import type { EndpointConfigurationArgs } from "@pulumi/aws/sagemaker/endpointConfiguration";
import type { FeatureGroupArgs } from "@pulumi/aws/sagemaker/featureGroup";
import type { FlowDefinitionArgs } from "@pulumi/aws/sagemaker/flowDefinition";
import type { HyperParameterTuningJobArgs } from "@pulumi/aws/sagemaker/hyperParameterTuningJob";
import type { LabelingJobArgs } from "@pulumi/aws/sagemaker/labelingJob";
import type { MlflowAppArgs } from "@pulumi/aws/sagemaker/mlflowApp";
import type { MlflowTrackingServerArgs } from "@pulumi/aws/sagemaker/mlflowTrackingServer";
import type { ModelArgs } from "@pulumi/aws/sagemaker/model";
import type { ModelCardArgs } from "@pulumi/aws/sagemaker/modelCard";
import type { ModelCardExportJobArgs } from "@pulumi/aws/sagemaker/modelCardExportJob";
import type { ModelPackageGroupPolicyArgs } from "@pulumi/aws/sagemaker/modelPackageGroupPolicy";
import type { MonitoringScheduleArgs } from "@pulumi/aws/sagemaker/monitoringSchedule";
import type { NotebookInstanceArgs } from "@pulumi/aws/sagemaker/notebookInstance";
import type { PipelineArgs } from "@pulumi/aws/sagemaker/pipeline";
import type { SpaceArgs } from "@pulumi/aws/sagemaker/space";
import type { TrainingJobArgs } from "@pulumi/aws/sagemaker/trainingJob";
import type { UserProfileArgs } from "@pulumi/aws/sagemaker/userProfile";
import { ownAccounts } from "../../lib/accounts";
import { customerKeyProblem } from "../../lib/encryption";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read, readStrings } from "../read";
import { FILE_SYSTEM_TYPES } from "./efs";
import { GLUE_DATABASE_TYPES, S3_URI } from "./glue";
import { principalAccountOf } from "./lakeformation";
import { TOPIC_TYPES } from "./sns";

const HTTPS_ONLY = { notOffered: "SageMaker's endpoints accept HTTPS only" };
const NO_DATA_KEPT = { notOffered: "keeps no records of its own; its outputs are judged where they are written" };
const S3_AWS_KEY = "the AWS-managed aws/s3 key";
const VOLUME_AWS_KEY = "an AWS-managed key";

/** Accounts named by ARNs under `path` (cross-account roles, workteams) must be this stack's or the shipping provider's. */
function arnsInOwnAccounts(path: string, what: string): CustomCheck {
    return {
        summary: `${path} in this stack's accounts`,
        custom: ({ index, store, config, report }: StoreContext) => {
            if (read(store.res.props, path).some((r) => r.state === "unknown"))
                report(`${path} is not known during preview, so ${what} cannot be verified`);
            const own = ownAccounts(index, config);
            for (const arn of readStrings(store.res.props, path)) {
                const account = principalAccountOf(arn);
                if (account !== undefined && !own.has(account) && !config.shippingProviderAccountIds.includes(account))
                    report(`${what} ${arn} (${path}), in account ${account}, outside this stack`);
            }
        },
    };
}

/**
 * The workforce a labeling job or review flow shows its data objects to: the public crowd
 * (Amazon Mechanical Turk) and vendor crowds are outside the company; a private workteam of an
 * outside account too.
 */
function workforceCheck(path: string): CustomCheck {
    return {
        summary: `${path}: a private workteam of this stack's accounts (no public or vendor crowd)`,
        custom: ({ index, store, config, report }: StoreContext) => {
            const readings = read(store.res.props, path);
            if (readings.some((r) => r.state === "unknown"))
                report(`${path} is not known during preview, so the workforce cannot be verified`);
            const own = ownAccounts(index, config);
            for (const arn of readStrings(store.res.props, path)) {
                if (/:workteam\/public-crowd\//.test(arn))
                    report(`shows its data objects to Amazon Mechanical Turk (${path} ${arn}), a public workforce outside the company`);
                else if (/:workteam\/vendor-crowd\//.test(arn))
                    report(`shows its data objects to a vendor workforce (${path} ${arn}), outside the company`);
                else {
                    const account = principalAccountOf(arn);
                    if (account !== undefined && !own.has(account) && !config.shippingProviderAccountIds.includes(account))
                        report(`shows its data objects to the workteam ${arn} of account ${account}, outside this stack`);
                }
            }
        },
    };
}

const CODE_REPOSITORY_TYPE = "aws:sagemaker/codeRepository:CodeRepository";
const AWS_GIT = /^https:\/\/git-codecommit\.[^/]+\.amazonaws\.com(\.cn)?\//i;

/** A PII notebook's Git repositories receive what users commit, outputs included: only CodeCommit (in AWS) can be verified. */
function checkCodeRepositories({ index, store, report }: StoreContext): void {
    if (!store.isPii) return;
    const props = store.res.props;
    if (isUnknown(props.defaultCodeRepository) || isUnknown(props.additionalCodeRepositories))
        report("its code repositories are not known during preview, so where notebooks are pushed cannot be verified");
    const repositories = [props.defaultCodeRepository, ...asList(props.additionalCodeRepositories)].filter(
        (r): r is string => typeof r === "string" && r !== "" && !isUnknown(r),
    );
    const defined = index.ofTypes([CODE_REPOSITORY_TYPE]);
    for (const repository of repositories) {
        const resource = defined.find((r) => r.props.codeRepositoryName === repository || r.name === repository);
        const url = /:\/\//.test(repository) ? repository : resource?.props.gitConfig?.repositoryUrl;
        if (url === undefined)
            report(
                `its code repository ${JSON.stringify(repository)} is not defined in this stack, so where notebooks (with their outputs) are pushed cannot be verified`,
            );
        else if (typeof url === "string" && !isUnknown(url) && !AWS_GIT.test(url))
            report(
                `pushes notebooks, with their outputs, to ${url}, outside AWS: personal data may go only to the shipping provider's account`,
            );
    }
}

/** Root access lets every user of a PII notebook change its software and bypass its lifecycle configuration. */
function checkRootAccess({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const root = store.res.props.rootAccess;
    if (isUnknown(root)) report("rootAccess is not known during preview");
    else if (root === undefined || String(root).toLowerCase() === "enabled")
        report(
            `gives its users root access (rootAccess ${root === undefined ? "is not set: Enabled by default" : 'is "Enabled"'}), so anyone who opens the notebook can change its software and copy its personal data anywhere: set rootAccess "Disabled"`,
        );
}

export const sagemakerNotebookInstance = entry<NotebookInstanceArgs>()({
    types: ["aws:sagemaker/notebookInstance:NotebookInstance"],
    holds: "files its users download and produce on its ML storage volume",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "its ML storage volume", key: "kmsKeyId", keyAbsentMeans: VOLUME_AWS_KEY }],
    inTransit: { notOffered: "Jupyter is reached over HTTPS through a presigned URL" },
    exposure: [
        {
            what: "the notebook instance",
            publicWhen: {
                path: "directInternetAccess",
                on: ["Enabled"],
                absent: true,
                absentMeans: "Enabled by default: the instance reaches and is reachable from the internet through SageMaker's network",
            },
        },
        { what: "the notebook instance", securityGroups: "securityGroups", when: { path: "subnetId" } },
        { custom: checkRootAccess, summary: "a PII notebook has rootAccess Disabled (default Enabled)" },
    ],
    retention: { notOffered: "the volume keeps its files across stops until the instance is deleted" },
    destinations: [{ custom: checkCodeRepositories, summary: "a PII notebook pushes only to CodeCommit repositories" }],
});

const SHARING_ALLOWED = { path: "defaultUserSettings.sharingSettings.notebookOutputOption", on: ["Allowed"] } as const;

export const SAGEMAKER_DOMAIN_TYPES = ["aws:sagemaker/domain:Domain"];

export const sagemakerDomain = entry<DomainArgs>()({
    types: ["aws:sagemaker/domain:Domain"],
    holds: "its users' home directories (EFS) and space volumes (EBS) with their notebooks and data files",
    tagging: "store",
    names: ["domainName"],
    atRest: [
        { what: "home directories and space volumes", key: "kmsKeyId", keyAbsentMeans: "an AWS-managed key" },
        {
            what: "shared notebook outputs",
            when: SHARING_ALLOWED,
            key: "defaultUserSettings.sharingSettings.s3KmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "Canvas artifacts",
            when: { path: "defaultUserSettings.canvasAppSettings.workspaceSettings.s3ArtifactPath" },
            key: "defaultUserSettings.canvasAppSettings.workspaceSettings.s3KmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
    ],
    inTransit: { notOffered: "Studio is reached over HTTPS; EFS traffic stays in its VPC" },
    exposure: [
        {
            what: "its apps",
            publicWhen: {
                path: "appNetworkAccessType",
                on: ["PublicInternetOnly"],
                absent: true,
                absentMeans: "PublicInternetOnly by default: apps reach the internet directly, not through the VPC",
            },
        },
    ],
    retention: [
        {
            what: "the home directories (EFS) after the domain is deleted",
            keepsForever: { path: "retentionPolicy.homeEfsFileSystem", on: ["Retain"], absent: true, absentMeans: "Retain" },
        },
    ],
    destinations: [
        {
            what: "shares notebook outputs into",
            store: true,
            path: "defaultUserSettings.sharingSettings.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
            when: SHARING_ALLOWED,
        },
        {
            what: "keeps Canvas artifacts in",
            store: true,
            path: "defaultUserSettings.canvasAppSettings.workspaceSettings.s3ArtifactPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "mounts the file system",
            store: true,
            path: "defaultSpaceSettings.customFileSystemConfigs.efsFileSystemConfig.fileSystemId",
            types: FILE_SYSTEM_TYPES,
        },
        arnsInOwnAccounts(
            "defaultUserSettings.canvasAppSettings.modelRegisterSettings.crossAccountModelRegisterRoleArn",
            "registers Canvas models through the role",
        ),
    ],
});

const PROFILE_SHARING = { path: "userSettings.sharingSettings.notebookOutputOption", on: ["Allowed"] } as const;

export const sagemakerUserProfile = entry<UserProfileArgs>()({
    types: ["aws:sagemaker/userProfile:UserProfile"],
    holds: "a user's Studio settings: where their shared notebook outputs and Canvas artifacts go (their home directory is the domain's)",
    tagging: "carrier",
    sources: [{ path: "domainId", types: SAGEMAKER_DOMAIN_TYPES }],
    atRest: [
        {
            what: "shared notebook outputs",
            when: PROFILE_SHARING,
            key: "userSettings.sharingSettings.s3KmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "Canvas artifacts",
            when: { path: "userSettings.canvasAppSettings.workspaceSettings.s3ArtifactPath" },
            key: "userSettings.canvasAppSettings.workspaceSettings.s3KmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
    ],
    inTransit: { notOffered: "Studio is reached over HTTPS" },
    retention: { notOffered: "its home directory follows the domain's retention policy" },
    destinations: [
        {
            what: "shares notebook outputs into",
            store: true,
            path: "userSettings.sharingSettings.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
            when: PROFILE_SHARING,
        },
        {
            what: "keeps Canvas artifacts in",
            store: true,
            path: "userSettings.canvasAppSettings.workspaceSettings.s3ArtifactPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        arnsInOwnAccounts(
            "userSettings.canvasAppSettings.modelRegisterSettings.crossAccountModelRegisterRoleArn",
            "registers Canvas models through the role",
        ),
    ],
});

export const sagemakerSpace = entry<SpaceArgs>()({
    types: ["aws:sagemaker/space:Space"],
    holds: "a Studio space's volume with its notebooks and data files",
    tagging: "copy",
    names: ["spaceName"],
    sources: [{ path: "domainId", types: SAGEMAKER_DOMAIN_TYPES }],
    atRest: { notOffered: "its EBS volume is encrypted under its domain's kmsKeyId, checked on the domain" },
    inTransit: { notOffered: "Studio is reached over HTTPS" },
    retention: { notOffered: "the volume keeps its files until the space is deleted" },
    destinations: [
        {
            what: "mounts the file system",
            store: true,
            path: "spaceSettings.customFileSystems.efsFileSystem.fileSystemId",
            types: FILE_SYSTEM_TYPES,
        },
    ],
});

const TTL_DAYS: Record<string, number> = { seconds: 1 / 86400, minutes: 1 / 1440, hours: 1 / 24, days: 1, weeks: 7 };

/** The online store of a PII feature group needs a TTL (records stay until overwritten otherwise) within the retention. */
function checkOnlineTtl({ store, retentionLimitDays: limit, report }: StoreContext): void {
    const online = store.res.props.onlineStoreConfig;
    if (limit === undefined) return;
    if (isUnknown(online)) {
        report("onlineStoreConfig is not known during preview");
        return;
    }
    if (!isObject(online) || !(online.enableOnlineStore === true || online.enableOnlineStore === "true")) return;
    const ttl = online.ttlDuration;
    if (isUnknown(ttl) || isUnknown(ttl?.value) || isUnknown(ttl?.unit)) {
        report("onlineStoreConfig.ttlDuration is not known during preview");
        return;
    }
    if (!isObject(ttl) || ttl.value === undefined || ttl.unit === undefined) {
        report("its online store keeps records until they are overwritten: set onlineStoreConfig.ttlDuration within the retention");
        return;
    }
    const perUnit = TTL_DAYS[String(ttl.unit).toLowerCase()];
    const days = Number(ttl.value) * (perUnit ?? NaN);
    if (Number.isNaN(days)) report(`onlineStoreConfig.ttlDuration ${JSON.stringify(ttl)} is not a duration`);
    else if (days > limit)
        report(
            `its online store keeps records ${ttl.value} ${ttl.unit} (onlineStoreConfig.ttlDuration), more than the ${limit}-day retention of personal data`,
        );
}

const ONLINE = { path: "onlineStoreConfig.enableOnlineStore", on: [true] } as const;

export const sagemakerFeatureGroup = entry<FeatureGroupArgs>()({
    types: ["aws:sagemaker/featureGroup:FeatureGroup"],
    holds: "feature records per entity (often customer attributes): the latest in the online store, every version in the offline store in S3",
    tagging: "store",
    names: ["featureGroupName"],
    atRest: [
        { what: "the online store", when: ONLINE, key: "onlineStoreConfig.securityConfig.kmsKeyId", keyAbsentMeans: "an AWS-owned key" },
        {
            what: "the offline store",
            when: { path: "offlineStoreConfig" },
            key: "offlineStoreConfig.s3StorageConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
    ],
    inTransit: HTTPS_ONLY,
    retention: [{ custom: checkOnlineTtl, summary: "a PII online store has a TTL (onlineStoreConfig.ttlDuration) within the retention" }],
    destinations: [
        {
            what: "keeps its offline store (every record version, deleted ones included) in",
            store: true,
            path: "offlineStoreConfig.s3StorageConfig.s3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "describes its offline store in the Glue database",
            store: true,
            path: "offlineStoreConfig.dataCatalogConfig.database",
            types: GLUE_DATABASE_TYPES,
        },
    ],
    dataEvents: {
        resourceType: "AWS::SageMaker::FeatureGroup",
        basicSelectors: false,
        service: "sagemaker",
        resource: (name) => `feature-group/${name.toLowerCase()}`,
    },
    notes: 'Expired and deleted records are added to the offline store, which is append-only: its bucket\'s lifecycle must expire them. TTL makes a record unreadable at once but deletes it physically only "within a few days".',
});

const CAPTURE = { path: "dataCaptureConfig.enableCapture", on: [true] } as const;

export const sagemakerEndpointConfiguration = entry<EndpointConfigurationArgs>()({
    types: ["aws:sagemaker/endpointConfiguration:EndpointConfiguration"],
    holds: "inference requests and responses: captured to S3, asynchronous results, core dumps of the model's memory",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        { what: "the hosting instances' storage volumes", key: "kmsKeyArn", keyAbsentMeans: VOLUME_AWS_KEY },
        { what: "captured requests and responses", when: CAPTURE, key: "dataCaptureConfig.kmsKeyId", keyAbsentMeans: S3_AWS_KEY },
        {
            what: "asynchronous inference results",
            when: { path: "asyncInferenceConfig" },
            key: "asyncInferenceConfig.outputConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "core dumps",
            when: { path: "productionVariants.coreDumpConfig" },
            key: "productionVariants.coreDumpConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
    ],
    inTransit: HTTPS_ONLY,
    retention: NO_DATA_KEPT,
    destinations: [
        {
            what: "captures requests and responses into",
            store: true,
            path: "dataCaptureConfig.destinationS3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
            when: CAPTURE,
        },
        {
            what: "writes asynchronous results to",
            store: true,
            path: "asyncInferenceConfig.outputConfig.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "writes failed asynchronous requests to",
            store: true,
            path: "asyncInferenceConfig.outputConfig.s3FailurePath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "publishes asynchronous results to",
            store: true,
            path: "asyncInferenceConfig.outputConfig.notificationConfig.successTopic",
            types: TOPIC_TYPES,
            when: {
                path: "asyncInferenceConfig.outputConfig.notificationConfig.includeInferenceResponseIns",
                on: ["SUCCESS_NOTIFICATION_TOPIC"],
            },
        },
        {
            what: "publishes failed results to",
            store: true,
            path: "asyncInferenceConfig.outputConfig.notificationConfig.errorTopic",
            types: TOPIC_TYPES,
            when: {
                path: "asyncInferenceConfig.outputConfig.notificationConfig.includeInferenceResponseIns",
                on: ["ERROR_NOTIFICATION_TOPIC"],
            },
        },
        {
            what: "writes core dumps to",
            store: true,
            path: "productionVariants.coreDumpConfig.destinationS3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

export const sagemakerModel = entry<ModelArgs>()({
    types: ["aws:sagemaker/model:Model"],
    holds: "model artifacts learnt from training data, and its containers' environment variables",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "primaryContainer.modelDataUrl", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "containers.modelDataUrl", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: { notOffered: "artifacts are read from S3 (judged on that bucket); the hosting volumes' key is the endpoint configuration's" },
    inTransit: HTTPS_ONLY,
    exposure: [
        { what: "its containers", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } },
        {
            what: "its primary container's environment",
            plaintextWhenPii: "primaryContainer.environment",
            why: "which SageMaker shows in plaintext to anyone who may describe the model",
        },
        {
            what: "its containers' environment",
            plaintextWhenPii: "containers.environment",
            why: "which SageMaker shows in plaintext to anyone who may describe the model",
        },
    ],
    retention: { notOffered: "the model lives until deleted; a model trained on personal data may reproduce it" },
});

export const sagemakerTrainingJob = entry<TrainingJobArgs>()({
    types: ["aws:sagemaker/trainingJob:TrainingJob"],
    holds: "the training data copied to its instances' volumes, and the model, checkpoints and debug output it writes",
    tagging: "carrier",
    names: ["trainingJobName"],
    sources: [{ path: "inputDataConfigs.dataSource.s3DataSource.s3Uri", types: BUCKET_TYPES, pattern: S3_URI }],
    atRest: [
        {
            what: "its output (the model)",
            when: { path: "outputDataConfig" },
            key: "outputDataConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "its instances' storage volumes",
            when: { path: "resourceConfig" },
            key: "resourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
    ],
    inTransit: [
        {
            what: "traffic between its containers",
            setting: { path: "enableInterContainerTrafficEncryption", absent: false, absentMeans: "off by default" },
        },
    ],
    exposure: [
        { what: "its instances", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } },
        {
            what: "its environment",
            plaintextWhenPii: "environment",
            why: "which SageMaker shows in plaintext to anyone who may describe the job",
        },
    ],
    retention: { notOffered: "volumes are deleted with the job's instances; its outputs are judged where they are written" },
    destinations: [
        { what: "writes the model to", store: true, path: "outputDataConfig.s3OutputPath", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "writes checkpoints to", store: true, path: "checkpointConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "writes debug output to", store: true, path: "debugHookConfig.s3OutputPath", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "writes profiler output to", store: true, path: "profilerConfig.s3OutputPath", types: BUCKET_TYPES, pattern: S3_URI },
        {
            what: "writes TensorBoard output to",
            store: true,
            path: "tensorBoardOutputConfig.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
    notes: "Instance types with local NVMe storage encrypt it in hardware and do not accept a volume key: such jobs need an exemption.",
});

export const sagemakerHyperParameterTuningJob = entry<HyperParameterTuningJobArgs>()({
    types: ["aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob"],
    holds: "the training data of the many training jobs it runs, and their models",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "trainingJobDefinition.inputDataConfigs.dataSource.s3DataSource.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "trainingJobDefinitions.inputDataConfigs.dataSource.s3DataSource.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: [
        {
            what: "its training jobs' output",
            when: { path: "trainingJobDefinition" },
            key: "trainingJobDefinition.outputDataConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "its training jobs' output",
            when: { path: "trainingJobDefinitions" },
            key: "trainingJobDefinitions.outputDataConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "its training jobs' volumes",
            when: { path: "trainingJobDefinition.resourceConfig" },
            key: "trainingJobDefinition.resourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
        {
            what: "its training jobs' volumes",
            when: { path: "trainingJobDefinition.hyperParameterTuningResourceConfig" },
            key: "trainingJobDefinition.hyperParameterTuningResourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
        {
            what: "its training jobs' volumes",
            when: { path: "trainingJobDefinitions.resourceConfig" },
            key: "trainingJobDefinitions.resourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
        {
            what: "its training jobs' volumes",
            when: { path: "trainingJobDefinitions.hyperParameterTuningResourceConfig" },
            key: "trainingJobDefinitions.hyperParameterTuningResourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
    ],
    inTransit: [
        {
            what: "traffic between its training containers",
            when: { path: "trainingJobDefinition" },
            setting: { path: "trainingJobDefinition.enableInterContainerTrafficEncryption", absent: false, absentMeans: "off by default" },
        },
        {
            what: "traffic between its training containers",
            when: { path: "trainingJobDefinitions" },
            setting: { path: "trainingJobDefinitions.enableInterContainerTrafficEncryption", absent: false, absentMeans: "off by default" },
        },
    ],
    exposure: [
        {
            what: "its training instances",
            securityGroups: "trainingJobDefinition.vpcConfig.securityGroupIds",
            when: { path: "trainingJobDefinition.vpcConfig" },
        },
        {
            what: "its training instances",
            securityGroups: "trainingJobDefinitions.vpcConfig.securityGroupIds",
            when: { path: "trainingJobDefinitions.vpcConfig" },
        },
    ],
    retention: NO_DATA_KEPT,
    destinations: [
        {
            what: "writes models to",
            store: true,
            path: "trainingJobDefinition.outputDataConfig.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "writes models to",
            store: true,
            path: "trainingJobDefinitions.outputDataConfig.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

export const sagemakerDataQualityJobDefinition = entry<DataQualityJobDefinitionArgs>()({
    types: ["aws:sagemaker/dataQualityJobDefinition:DataQualityJobDefinition"],
    holds: "captured endpoint requests and responses it reads, and the statistics and violations it writes",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "dataQualityJobInput.batchTransformInput.dataCapturedDestinationS3Uri", types: BUCKET_TYPES, pattern: S3_URI }],
    atRest: [
        { what: "its reports", key: "dataQualityJobOutputConfig.kmsKeyId", keyAbsentMeans: S3_AWS_KEY },
        { what: "its instances' storage volumes", key: "jobResources.clusterConfig.volumeKmsKeyId", keyAbsentMeans: VOLUME_AWS_KEY },
    ],
    inTransit: [
        {
            what: "traffic between its instances",
            setting: { path: "networkConfig.enableInterContainerTrafficEncryption", absent: false, absentMeans: "off by default" },
        },
    ],
    exposure: [
        { what: "its instances", securityGroups: "networkConfig.vpcConfig.securityGroupIds", when: { path: "networkConfig.vpcConfig" } },
    ],
    retention: NO_DATA_KEPT,
    destinations: [
        {
            what: "writes reports to",
            store: true,
            path: "dataQualityJobOutputConfig.monitoringOutputs.s3Output.s3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

const MONITORING_JOB = { path: "monitoringScheduleConfig.monitoringJobDefinition" } as const;

export const sagemakerMonitoringSchedule = entry<MonitoringScheduleArgs>()({
    types: ["aws:sagemaker/monitoringSchedule:MonitoringSchedule"],
    holds: "captured endpoint data its jobs read on a schedule, and the reports they write",
    tagging: "carrier",
    names: ["name"],
    sources: [
        {
            path: "monitoringScheduleConfig.monitoringJobDefinition.monitoringInputs.batchTransformInput.dataCapturedDestinationS3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
    atRest: [
        {
            what: "its reports",
            when: MONITORING_JOB,
            key: "monitoringScheduleConfig.monitoringJobDefinition.monitoringOutputConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "its instances' storage volumes",
            when: MONITORING_JOB,
            key: "monitoringScheduleConfig.monitoringJobDefinition.monitoringResources.clusterConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
    ],
    inTransit: [
        {
            what: "traffic between its instances",
            when: MONITORING_JOB,
            setting: {
                path: "monitoringScheduleConfig.monitoringJobDefinition.networkConfig.enableInterContainerTrafficEncryption",
                absent: false,
                absentMeans: "off by default",
            },
        },
    ],
    retention: NO_DATA_KEPT,
    destinations: [
        {
            what: "writes reports to",
            store: true,
            path: "monitoringScheduleConfig.monitoringJobDefinition.monitoringOutputConfig.monitoringOutputs.s3Output.s3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
    notes: "A schedule naming a job definition (monitoringJobDefinitionName) is judged on that definition.",
});

export const sagemakerLabelingJob = entry<LabelingJobArgs>()({
    types: ["aws:sagemaker/labelingJob:LabelingJob"],
    holds: "the data objects it shows to human workers, and their labels",
    tagging: "carrier",
    names: ["labelingJobName"],
    sources: [{ path: "inputConfig.dataSource.s3DataSource.manifestS3Uri", types: BUCKET_TYPES, pattern: S3_URI }],
    atRest: [
        { what: "its labels", key: "outputConfig.kmsKeyId", keyAbsentMeans: S3_AWS_KEY },
        {
            what: "automated labeling volumes",
            when: { path: "labelingJobAlgorithmsConfig" },
            key: "labelingJobAlgorithmsConfig.labelingJobResourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
    ],
    inTransit: { notOffered: "workers see tasks in the labeling portal over HTTPS" },
    retention: NO_DATA_KEPT,
    destinations: [
        workforceCheck("humanTaskConfig.workteamArn"),
        { what: "writes labels to", store: true, path: "outputConfig.s3OutputPath", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "publishes labels to", store: true, path: "outputConfig.snsTopicArn", types: TOPIC_TYPES },
    ],
});

export const sagemakerFlowDefinition = entry<FlowDefinitionArgs>()({
    types: ["aws:sagemaker/flowDefinition:FlowDefinition"],
    holds: "records and documents it sends to human reviewers, and their reviews",
    tagging: "carrier",
    names: ["flowDefinitionName"],
    atRest: [{ what: "human review results", key: "outputConfig.kmsKeyId", keyAbsentMeans: S3_AWS_KEY }],
    inTransit: { notOffered: "reviewers see tasks in the worker portal over HTTPS" },
    retention: NO_DATA_KEPT,
    destinations: [
        workforceCheck("humanLoopConfig.workteamArn"),
        { what: "writes review results to", store: true, path: "outputConfig.s3OutputPath", types: BUCKET_TYPES, pattern: S3_URI },
    ],
});

export const sagemakerAlgorithm = entry<AlgorithmArgs>()({
    types: ["aws:sagemaker/algorithm:Algorithm"],
    holds: "the data its validation profiles train and transform, and their outputs",
    tagging: "carrier",
    names: ["algorithmName"],
    atRest: [
        {
            what: "validation training output",
            when: { path: "validationSpecification" },
            key: "validationSpecification.validationProfiles.trainingJobDefinition.outputDataConfig.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
        {
            what: "validation training volumes",
            when: { path: "validationSpecification" },
            key: "validationSpecification.validationProfiles.trainingJobDefinition.resourceConfig.volumeKmsKeyId",
            keyAbsentMeans: VOLUME_AWS_KEY,
        },
        {
            what: "validation transform output",
            when: { path: "validationSpecification.validationProfiles.transformJobDefinition" },
            key: "validationSpecification.validationProfiles.transformJobDefinition.transformOutput.kmsKeyId",
            keyAbsentMeans: S3_AWS_KEY,
        },
    ],
    inTransit: HTTPS_ONLY,
    retention: NO_DATA_KEPT,
    destinations: [
        {
            what: "writes validation models to",
            store: true,
            path: "validationSpecification.validationProfiles.trainingJobDefinition.outputDataConfig.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "writes validation transform output to",
            store: true,
            path: "validationSpecification.validationProfiles.transformJobDefinition.transformOutput.s3OutputPath",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

const MLFLOW_KEY = [
    {
        what: "tracking metadata (runs, parameters, metrics)",
        customerKeyNotOffered: "the tracking server's metadata is encrypted by SageMaker; artifacts by their bucket",
    },
];

export const sagemakerMlflowTrackingServer = entry<MlflowTrackingServerArgs>()({
    types: ["aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer"],
    holds: "experiment runs and their artifacts (which may include data samples)",
    tagging: "carrier",
    names: ["trackingServerName"],
    atRest: MLFLOW_KEY,
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "runs live until deleted; artifacts are judged on their bucket" },
    destinations: [{ what: "keeps artifacts in", store: true, path: "artifactStoreUri", types: BUCKET_TYPES, pattern: S3_URI }],
});

export const sagemakerMlflowApp = entry<MlflowAppArgs>()({
    types: ["aws:sagemaker/mlflowApp:MlflowApp"],
    holds: "experiment runs and their artifacts (which may include data samples)",
    tagging: "carrier",
    names: ["name"],
    atRest: MLFLOW_KEY,
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "runs live until deleted; artifacts are judged on their bucket" },
    destinations: [{ what: "keeps artifacts in", store: true, path: "artifactStoreUri", types: BUCKET_TYPES, pattern: S3_URI }],
});

export const sagemakerModelCard = entry<ModelCardArgs>()({
    types: ["aws:sagemaker/modelCard:ModelCard"],
    holds: "free-text documentation of a model (which may describe or quote its training data)",
    tagging: "carrier",
    names: ["modelCardName"],
    atRest: [{ what: "the model card", key: "securityConfig.kmsKeyId", keyAbsentMeans: "an AWS-managed key" }],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "a card and its versions live until deleted" },
});

export const sagemakerModelCardExportJob = entry<ModelCardExportJobArgs>()({
    types: ["aws:sagemaker/modelCardExportJob:ModelCardExportJob"],
    holds: "a model card exported as a PDF to S3",
    tagging: "copy",
    sources: [{ path: "modelCardName", types: ["aws:sagemaker/modelCard:ModelCard"] }],
    atRest: { notOffered: "the PDF is encrypted by its bucket's default encryption" },
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "the PDF lives in its bucket, judged there" },
    destinations: [
        { what: "exports the model card to", store: true, path: "outputConfig.s3OutputPath", types: BUCKET_TYPES, pattern: S3_URI },
    ],
});

export const sagemakerModelPackageGroupPolicy = entry<ModelPackageGroupPolicyArgs>()({
    types: ["aws:sagemaker/modelPackageGroupPolicy:ModelPackageGroupPolicy"],
    holds: "who may use a model registry group's models (trained on customer data)",
    tagging: "carrier",
    atRest: { notOffered: "a policy stores no data" },
    inTransit: { notOffered: "a policy stores no data" },
    exposure: [{ what: "its model package group policy", policyDocument: "resourcePolicy" }],
    retention: { notOffered: "a policy stores no data" },
});

export const sagemakerDeviceFleet = entry<DeviceFleetArgs>()({
    types: ["aws:sagemaker/deviceFleet:DeviceFleet"],
    holds: "inference data its edge devices sample and upload",
    tagging: "carrier",
    names: ["deviceFleetName"],
    atRest: [{ what: "uploaded device data", key: "outputConfig.kmsKeyId", keyAbsentMeans: S3_AWS_KEY }],
    inTransit: { notOffered: "devices upload over HTTPS" },
    retention: NO_DATA_KEPT,
    destinations: [
        { what: "uploads device data to", store: true, path: "outputConfig.s3OutputLocation", types: BUCKET_TYPES, pattern: S3_URI },
    ],
});

/** Where each kind of pipeline step names its output key and its volume key. */
const STEP_KEYS: Record<string, readonly (readonly string[])[]> = {
    Training: [
        ["OutputDataConfig", "KmsKeyId"],
        ["ResourceConfig", "VolumeKmsKeyId"],
    ],
    Processing: [
        ["ProcessingOutputConfig", "KmsKeyId"],
        ["ProcessingResources", "ClusterConfig", "VolumeKmsKeyId"],
    ],
    Transform: [
        ["TransformOutput", "KmsKeyId"],
        ["TransformResources", "VolumeKmsKeyId"],
    ],
    Tuning: [
        ["TrainingJobDefinition", "OutputDataConfig", "KmsKeyId"],
        ["TrainingJobDefinition", "ResourceConfig", "VolumeKmsKeyId"],
    ],
};

/** The training, processing, transform and tuning steps of a pipeline each name customer-managed keys. */
function checkPipelineKeys({ index, config, store, report }: StoreContext): void {
    const { pipelineDefinition: definition, pipelineDefinitionS3Location: location } = store.res.props;
    if (isUnknown(definition)) {
        report("pipelineDefinition is not known during preview, so its steps' encryption cannot be verified");
        return;
    }
    if (definition === undefined || definition === "") {
        if (location !== undefined)
            report("its definition is read from S3 (pipelineDefinitionS3Location), so its steps' encryption cannot be verified");
        return;
    }
    let document: any;
    try {
        document = typeof definition === "string" ? JSON.parse(definition) : definition;
    } catch (error) {
        report(`pipelineDefinition is not valid JSON (${(error as Error).message})`);
        return;
    }
    for (const step of asList(document?.Steps)) {
        const paths = STEP_KEYS[String(step?.Type)];
        if (!paths) continue;
        for (const path of paths) {
            const value = path.reduce<any>((at, key) => (isObject(at) ? at[key] : undefined), step.Arguments);
            const where = `step ${JSON.stringify(step.Name ?? step.Type)}: Arguments.${path.join(".")}`;
            if (isObject(value)) report(`${where} is a pipeline expression, so its key cannot be verified`);
            else {
                const problem = customerKeyProblem(value, path[path.length - 1], { index, config });
                if (problem) report(`${where} ${problem}`);
            }
        }
    }
}

export const sagemakerPipeline = entry<PipelineArgs>()({
    types: ["aws:sagemaker/pipeline:Pipeline"],
    holds: "the data sets its processing, training and transform steps read and write",
    tagging: "carrier",
    names: ["pipelineName"],
    atRest: [
        {
            custom: checkPipelineKeys,
            summary: "every training, processing, transform and tuning step names customer-managed output and volume keys",
        },
    ],
    inTransit: HTTPS_ONLY,
    retention: NO_DATA_KEPT,
    notes: "Step inputs and outputs inside pipelineDefinition are not followed as copies.",
});
