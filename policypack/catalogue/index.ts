/**
 * The data-store catalogue: every resource type of @pulumi/aws that can hold or carry customer
 * data, one entry each (`entries/<service>.ts`), and the reviewed list of types that hold none.
 */
import { CatalogueEntry } from "./entry";
import * as amplify from "./entries/amplify";
import * as apigateway from "./entries/apigateway";
import * as apigatewayv2 from "./entries/apigatewayv2";
import * as appconfig from "./entries/appconfig";
import * as appfabric from "./entries/appfabric";
import * as appflow from "./entries/appflow";
import * as appintegrations from "./entries/appintegrations";
import * as appmesh from "./entries/appmesh";
import * as apprunner from "./entries/apprunner";
import * as appstream from "./entries/appstream";
import * as appsync from "./entries/appsync";
import * as athena from "./entries/athena";
import * as auditmanager from "./entries/auditmanager";
import * as backup from "./entries/backup";
import * as batch from "./entries/batch";
import * as bedrock from "./entries/bedrock";
import * as bedrockmodel from "./entries/bedrockmodel";
import * as cfg from "./entries/cfg";
import * as chime from "./entries/chime";
import * as chimesdkmediapipelines from "./entries/chimesdkmediapipelines";
import * as cleanrooms from "./entries/cleanrooms";
import * as chatbot from "./entries/chatbot";
import * as cloud9 from "./entries/cloud9";
import * as cloudcontrol from "./entries/cloudcontrol";
import * as cloudformation from "./entries/cloudformation";
import * as cloudfront from "./entries/cloudfront";
import * as cloudsearch from "./entries/cloudsearch";
import * as cloudtrail from "./entries/cloudtrail";
import * as cloudwatch from "./entries/cloudwatch";
import * as cloudwatchEvents from "./entries/cloudwatch-events";
import * as cloudwatchLogs from "./entries/cloudwatch-logs";
import * as codebuild from "./entries/codebuild";
import * as codepipeline from "./entries/codepipeline";
import * as cognito from "./entries/cognito";
import * as comprehend from "./entries/comprehend";
import * as connect from "./entries/connect";
import * as controltower from "./entries/controltower";
import * as customerprofiles from "./entries/customerprofiles";
import * as dataexchange from "./entries/dataexchange";
import * as datapipeline from "./entries/datapipeline";
import * as datasync from "./entries/datasync";
import * as datazone from "./entries/datazone";
import * as dax from "./entries/dax";
import * as detective from "./entries/detective";
import * as devopsguru from "./entries/devopsguru";
import * as directoryservice from "./entries/directoryservice";
import * as dlm from "./entries/dlm";
import * as dms from "./entries/dms";
import * as docdb from "./entries/docdb";
import * as drs from "./entries/drs";
import * as dsql from "./entries/dsql";
import * as dynamodb from "./entries/dynamodb";
import * as dynamodbCopies from "./entries/dynamodb-copies";
import * as ebs from "./entries/ebs";
import * as ec2 from "./entries/ec2";
import * as ec2transitgateway from "./entries/ec2transitgateway";
import * as ecs from "./entries/ecs";
import * as efs from "./entries/efs";
import * as eks from "./entries/eks";
import * as elasticache from "./entries/elasticache";
import * as elasticbeanstalk from "./entries/elasticbeanstalk";
import * as elasticsearch from "./entries/elasticsearch";
import * as elastictranscoder from "./entries/elastictranscoder";
import * as elb from "./entries/elb";
import * as emr from "./entries/emr";
import * as emrcontainers from "./entries/emrcontainers";
import * as emrserverless from "./entries/emrserverless";
import * as evidently from "./entries/evidently";
import * as finspace from "./entries/finspace";
import * as fsx from "./entries/fsx";
import * as gamelift from "./entries/gamelift";
import * as glacier from "./entries/glacier";
import * as glue from "./entries/glue";
import * as guardduty from "./entries/guardduty";
import * as imagebuilder from "./entries/imagebuilder";
import * as inspector2 from "./entries/inspector2";
import * as iot from "./entries/iot";
import * as ivs from "./entries/ivs";
import * as ivschat from "./entries/ivschat";
import * as kendra from "./entries/kendra";
import * as keyspaces from "./entries/keyspaces";
import * as kinesis from "./entries/kinesis";
import * as kinesisanalyticsv2 from "./entries/kinesisanalyticsv2";
import * as kms from "./entries/kms";
import * as lakeformation from "./entries/lakeformation";
import * as lambda from "./entries/lambda";
import * as lambdaExtras from "./entries/lambda-extras";
import * as lambdamicrovms from "./entries/lambdamicrovms";
import * as lb from "./entries/lb";
import * as lex from "./entries/lex";
import * as lightsail from "./entries/lightsail";
import * as location from "./entries/location";
import * as m2 from "./entries/m2";
import * as macie2 from "./entries/macie2";
import * as mailmanager from "./entries/mailmanager";
import * as medialive from "./entries/medialive";
import * as mediastore from "./entries/mediastore";
import * as memorydb from "./entries/memorydb";
import * as mq from "./entries/mq";
import * as msk from "./entries/msk";
import * as mskconnect from "./entries/mskconnect";
import * as mwaa from "./entries/mwaa";
import * as neptune from "./entries/neptune";
import * as neptunegraph from "./entries/neptunegraph";
import * as networkfirewall from "./entries/networkfirewall";
import * as oam from "./entries/oam";
import * as observabilityadmin from "./entries/observabilityadmin";
import * as odb from "./entries/odb";
import * as opensearch from "./entries/opensearch";
import * as opensearchingest from "./entries/opensearchingest";
import * as organizations from "./entries/organizations";
import * as pinpoint from "./entries/pinpoint";
import * as pipes from "./entries/pipes";
import * as qbusiness from "./entries/qbusiness";
import * as qldb from "./entries/qldb";
import * as quicksight from "./entries/quicksight";
import * as ram from "./entries/ram";
import * as rbin from "./entries/rbin";
import * as rds from "./entries/rds";
import * as rdsCopies from "./entries/rds-copies";
import * as redshift from "./entries/redshift";
import * as redshiftdata from "./entries/redshiftdata";
import * as redshiftserverless from "./entries/redshiftserverless";
import * as rekognition from "./entries/rekognition";
import * as route53 from "./entries/route53";
import * as rum from "./entries/rum";
import * as s3 from "./entries/s3";
import * as s3Access from "./entries/s3-access";
import * as s3Bucket from "./entries/s3-bucket";
import * as s3control from "./entries/s3control";
import * as s3outposts from "./entries/s3outposts";
import * as s3tables from "./entries/s3tables";
import * as sagemaker from "./entries/sagemaker";
import * as scheduler from "./entries/scheduler";
import * as secretsmanager from "./entries/secretsmanager";
import * as securitylake from "./entries/securitylake";
import * as ses from "./entries/ses";
import * as sesv2 from "./entries/sesv2";
import * as sfn from "./entries/sfn";
import * as shield from "./entries/shield";
import * as sns from "./entries/sns";
import * as snsExtras from "./entries/sns-extras";
import * as sqs from "./entries/sqs";
import * as sqsExtras from "./entries/sqs-extras";
import * as ssm from "./entries/ssm";
import * as storagegateway from "./entries/storagegateway";
import * as swf from "./entries/swf";
import * as synthetics from "./entries/synthetics";
import * as timestreaminfluxdb from "./entries/timestreaminfluxdb";
import * as timestreamquery from "./entries/timestreamquery";
import * as timestreamwrite from "./entries/timestreamwrite";
import * as transcribe from "./entries/transcribe";
import * as transfer from "./entries/transfer";
import * as verifiedaccess from "./entries/verifiedaccess";
import * as vpclattice from "./entries/vpclattice";
import * as waf from "./entries/waf";
import * as wafregional from "./entries/wafregional";
import * as wafv2 from "./entries/wafv2";
import * as workmail from "./entries/workmail";
import * as workspaces from "./entries/workspaces";
import * as workspacesweb from "./entries/workspacesweb";
import * as xray from "./entries/xray";
import { HOLDS_NO_CUSTOMER_DATA } from "./no-customer-data";

const MODULES: readonly Record<string, unknown>[] = [
    amplify,
    apigateway,
    apigatewayv2,
    appconfig,
    appfabric,
    appflow,
    appintegrations,
    appmesh,
    apprunner,
    appstream,
    appsync,
    athena,
    auditmanager,
    backup,
    batch,
    bedrock,
    bedrockmodel,
    cfg,
    chatbot,
    chime,
    chimesdkmediapipelines,
    cleanrooms,
    cloud9,
    cloudcontrol,
    cloudformation,
    cloudfront,
    cloudsearch,
    cloudtrail,
    cloudwatch,
    cloudwatchEvents,
    cloudwatchLogs,
    codebuild,
    codepipeline,
    cognito,
    comprehend,
    connect,
    controltower,
    customerprofiles,
    dataexchange,
    datapipeline,
    datasync,
    datazone,
    dax,
    detective,
    devopsguru,
    directoryservice,
    dlm,
    dms,
    docdb,
    drs,
    dsql,
    dynamodb,
    dynamodbCopies,
    ebs,
    ec2,
    ec2transitgateway,
    ecs,
    efs,
    eks,
    elasticache,
    elasticbeanstalk,
    elasticsearch,
    elastictranscoder,
    elb,
    emr,
    emrcontainers,
    emrserverless,
    evidently,
    finspace,
    fsx,
    gamelift,
    glacier,
    glue,
    guardduty,
    imagebuilder,
    inspector2,
    iot,
    ivs,
    ivschat,
    kendra,
    keyspaces,
    kinesis,
    kinesisanalyticsv2,
    kms,
    lakeformation,
    lambda,
    lambdaExtras,
    lambdamicrovms,
    lb,
    lex,
    lightsail,
    location,
    m2,
    macie2,
    mailmanager,
    medialive,
    mediastore,
    memorydb,
    mq,
    msk,
    mskconnect,
    mwaa,
    neptune,
    neptunegraph,
    networkfirewall,
    oam,
    observabilityadmin,
    odb,
    opensearch,
    opensearchingest,
    organizations,
    pinpoint,
    pipes,
    qbusiness,
    qldb,
    quicksight,
    ram,
    rbin,
    rds,
    rdsCopies,
    redshift,
    redshiftdata,
    redshiftserverless,
    rekognition,
    route53,
    rum,
    s3,
    s3Access,
    s3Bucket,
    s3control,
    s3outposts,
    s3tables,
    sagemaker,
    scheduler,
    secretsmanager,
    securitylake,
    ses,
    sesv2,
    sfn,
    shield,
    sns,
    snsExtras,
    sqs,
    sqsExtras,
    ssm,
    storagegateway,
    swf,
    synthetics,
    timestreaminfluxdb,
    timestreamquery,
    timestreamwrite,
    transcribe,
    transfer,
    verifiedaccess,
    vpclattice,
    waf,
    wafregional,
    wafv2,
    workmail,
    workspaces,
    workspacesweb,
    xray,
];

function isEntry(value: unknown): value is CatalogueEntry {
    return typeof value === "object" && value !== null && "types" in value && "tagging" in value;
}

interface Loaded {
    readonly list: readonly CatalogueEntry[];
    readonly byType: ReadonlyMap<string, CatalogueEntry>;
}

let loaded: Loaded | undefined;

/**
 * Collected on first use, not when this module loads: entry modules import the pack's readers,
 * which import this module, so an entry module may still be loading when this one does.
 */
function load(): Loaded {
    if (!loaded) {
        const list = MODULES.flatMap((module) => Object.values(module).filter(isEntry));
        loaded = { list, byType: new Map(list.flatMap((entry) => entry.types.map((type) => [type, entry] as const))) };
    }
    return loaded;
}

/** Every entry, in the order of the modules above (by file name). */
export function catalogue(): readonly CatalogueEntry[] {
    return load().list;
}

/** The entry of a resource type, if the type is catalogued. */
export function entryOf(type: string): CatalogueEntry | undefined {
    return load().byType.get(type);
}

export function isCatalogued(type: string): boolean {
    return load().byType.has(type);
}

/** Whether the reviewed list says the type holds no customer data (by its token or its whole service). */
export function isReviewedNoCustomerData(type: string): boolean {
    return type in HOLDS_NO_CUSTOMER_DATA || type.split("/")[0] in HOLDS_NO_CUSTOMER_DATA;
}
