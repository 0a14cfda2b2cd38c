/**
 * The reviewed list of `@pulumi/aws` resource types that hold no customer data, each with the
 * reason. A key is a whole service (`aws:acm`) when none of its types can hold customer data, or
 * one type token in a service that also has catalogued types. The completeness test fails when
 * a type of the installed provider is neither here nor in the catalogue, so a provider upgrade
 * stops CI until its new types are reviewed.
 */
export const HOLDS_NO_CUSTOMER_DATA: Readonly<Record<string, string>> = {
    "pulumi:providers:aws": "the provider itself: configuration, not data",
    // Whole services.
    "aws:accessanalyzer": "IAM Access Analyzer: findings about access to resources, not the resources' data",
    "aws:account": "the AWS account's own contacts (company staff) and enabled regions, not customer records",
    "aws:accountaccess": "access applications of IAM Identity Center: permissions, judged by the iam-* policies",
    "aws:acm": "TLS certificates and their validation records",
    "aws:acmpca": "a private certificate authority and its certificates",
    "aws:agentregistry": "a registry of agent and tool descriptors written by developers",
    "aws:amp":
        "Amazon Managed Prometheus: metric samples and labels, alerting and recording rules, scrapers and their logs (query and collector logs, PromQL text); metrics are numbers, not customer records",
    "aws:appautoscaling": "scaling targets and policies over metrics",
    "aws:applicationinsights": "monitoring set-up (metrics and alarms) of an application",
    "aws:arcregionswitch": "a regional failover plan (orchestration, no data)",
    "aws:arczonalshift": "zonal shift settings (traffic routing)",
    "aws:autoscaling":
        "Auto Scaling groups, policies, hooks, schedules and notifications place and scale instances; the instances' volumes, network and user data are judged on their launch template or configuration, and notifications carry instance events only",
    "aws:autoscalingplans": "capacity scaling plans over metrics",
    "aws:bcmdata": "billing and cost data exports",
    "aws:bedrockfoundation": "acceptance of a model provider's agreement",
    "aws:billing": "billing views",
    "aws:budgets": "cost budgets and their actions",
    "aws:cloudhsmv2": "HSM clusters holding key material, judged like keys, not customer records",
    "aws:codeartifact": "package repositories: code artefacts, not customer records",
    "aws:codecatalyst":
        "CodeCatalyst projects, source repositories and dev environments hold code and tools (dev environment storage is AWS-managed and encrypted, with no settings), not customer data",
    "aws:codecommit": "source repositories and their workflow: code, not customer records",
    "aws:codeconnections": "connections to code hosts",
    "aws:codedeploy": "deployments of code",
    "aws:codeguruprofiler": "profiles of code (stack samples)",
    "aws:codegurureviewer": "code review of repositories",
    "aws:codestarconnections": "connections to code hosts",
    "aws:codestarnotifications": "notifications about developer-tool events",
    "aws:computeoptimizer": "utilisation-based recommendations",
    "aws:costexplorer": "cost monitoring and categories",
    "aws:costoptimizationhub": "cost optimisation settings",
    "aws:cur": "cost and usage reports (billing data)",
    "aws:devicefarm": "device-testing projects and uploads of app builds (code)",
    "aws:directconnect": "dedicated network links and their routing: carries packets, stores nothing",
    "aws:ec2clientvpn": "client VPN endpoints and routes: network access, stores nothing",
    "aws:ecr": "container image registries: code, not customer records",
    "aws:ecrpublic": "public container image repositories: code",
    "aws:fis":
        "fault injection: experiment templates, their logs and reports record the actions taken on resources, safety levers and target-account settings; no customer records",
    "aws:fms": "Firewall Manager administration and rule sets",
    "aws:globalaccelerator":
        "anycast network paths: accelerators, listeners and endpoint groups pass TCP/UDP packets to endpoints without storing or terminating them (flow logs hold client addresses only); cross-account attachments let other accounts' accelerators route packets to this account's endpoints, which read nothing of them",
    "aws:grafana":
        "Managed Grafana: dashboards and alert rules over data sources it queries on demand, licences, SAML and role settings, API keys and service-account tokens (credentials); it keeps no customer records",
    "aws:iam": "identities, credentials and policies: judged by the iam-* policies",
    "aws:identitystore":
        "IAM Identity Center's workforce directory (staff, not customers): users, groups and memberships are identities reviewed as access; its encryption is set on the Identity Center instance (ssoadmin)",
    "aws:inspector": "Inspector Classic assessment targets (vulnerability scanning)",
    "aws:invoicing": "invoice grouping",
    "aws:licensemanager": "software licence tracking",
    "aws:macie": "Macie Classic patterns and filters (definitions, no data)",
    "aws:mediaconvert": "a transcoding job queue (pricing and priority)",
    "aws:mediapackage": "a live video channel's ingest definition",
    "aws:mediapackagev2": "a group of video channels",
    "aws:networkflowmonitor": "network performance monitors (metrics)",
    "aws:networkmanager": "Cloud WAN and network topology: routing, stores nothing",
    "aws:networkmonitor": "network latency probes (metrics)",
    "aws:notifications": "operational notification channels and rules for AWS events",
    "aws:outposts": "capacity tasks of an Outpost",
    "aws:paymentcryptography": "payment cryptography keys (key material)",
    "aws:resiliencehub": "resilience policies and assessments (targets, no data)",
    "aws:resourceexplorer": "an index of resource metadata (ARNs and tags)",
    "aws:resourcegroups": "groups of resources defined by tags or stacks",
    "aws:rolesanywhere": "trust anchors and profiles for assuming IAM roles: judged by the iam-* policies",
    "aws:route53domains":
        "registers the company's domains; registrant, admin, tech and billing contacts are the company's (privacy protection on by default), not customers'",
    "aws:route53recoverycontrol": "failover routing controls",
    "aws:route53recoveryreadiness": "readiness checks over resource inventories",
    "aws:savingsplans": "billing commitments",
    "aws:schemas": "event schemas (field names and types), not event values",
    "aws:securityhub": "security findings about resources (metadata), not customer records",
    "aws:serverlessrepository": "deploys a published serverless application (code and template)",
    "aws:servicecatalog": "product portfolios of templates and who may launch them",
    "aws:servicediscovery": "service names and endpoints (Cloud Map)",
    "aws:servicequotas": "service quotas",
    "aws:signer": "code-signing profiles and jobs (code)",
    "aws:ssmcontacts": "on-call contacts and plans (company staff)",
    "aws:ssmincidents":
        "incident records and response plans of the team's operations; the policy treats incident notifications as carrying no personal data (DP-3.2)",
    "aws:ssoadmin": "IAM Identity Center permission sets and assignments: judged by the iam-* policies",
    "aws:uxc": "console display settings",
    "aws:verifiedpermissions": "authorisation policies and schemas (Cedar)",
    "aws:vpc": "VPC plumbing (security group rules, route servers, endpoint DNS): read by the stores they guard",
    // Single types of services that also hold customer data.
    "aws:alb/listenerCertificate:ListenerCertificate":
        "attaches an extra TLS certificate to a listener: a certificate reference, no data (the listener's TLS is judged on the lb Listener entry)",
    "aws:alb/targetGroupAttachment:TargetGroupAttachment":
        "registers one instance, IP or function in a target group: network plumbing; the target group's TLS is judged on its entry",
    "aws:amplify/backendEnvironment:BackendEnvironment": "a backend environment name and its deployment-artefact bucket (code)",
    "aws:amplify/domainAssociation:DomainAssociation": "a custom domain and certificate of an app",
    "aws:amplify/webhook:Webhook": "a build-trigger URL of a branch",
    "aws:apigateway/account:Account":
        "account-wide API Gateway setting naming the role that writes CloudWatch logs: IAM-style permission, judged by the iam-* policies",
    "aws:apigateway/apiKey:ApiKey": "an API key (a credential for usage plans, not authentication): credential material, no customer data",
    "aws:apigateway/authorizer:Authorizer":
        "names the Lambda or Cognito authoriser of REST API methods: access control configuration, no data",
    "aws:apigateway/basePathMapping:BasePathMapping": "maps a path of a custom domain to an API stage of the account: routing, no data",
    "aws:apigateway/clientCertificate:ClientCertificate": "the certificate API Gateway presents to backends: key material, no data",
    "aws:apigateway/deployment:Deployment":
        "a snapshot of an API's routes; its stage variables are configuration, and its stage is judged on the Stage entry",
    "aws:apigateway/documentationPart:DocumentationPart": "API documentation written by developers, no customer data",
    "aws:apigateway/documentationVersion:DocumentationVersion": "a snapshot of API documentation, no customer data",
    "aws:apigateway/domainNameAccessAssociation:DomainNameAccessAssociation":
        "associates a VPC endpoint with a private custom domain: network access configuration; the domain's policy is judged on the DomainName entry",
    "aws:apigateway/integrationResponse:IntegrationResponse": "maps backend responses to method responses (templates), stores nothing",
    "aws:apigateway/method:Method":
        "declares a route and its authorization; a route carries what its Integration (judged) reads and writes, and which routes may be open (CORS preflight, health checks) is the application's decision",
    "aws:apigateway/methodResponse:MethodResponse": "declares response status codes, headers and models, no data",
    "aws:apigateway/model:Model": "a JSON schema of payloads: structure, no data",
    "aws:apigateway/requestValidator:RequestValidator": "request validation switches, no data",
    "aws:apigateway/resource:Resource": "a path segment of a REST API, no data",
    "aws:apigateway/response:Response": "templates of gateway error responses, no data",
    "aws:apigateway/usagePlan:UsagePlan": "throttling and quota limits for API keys: billing and capacity, no data",
    "aws:apigateway/usagePlanKey:UsagePlanKey": "attaches an API key to a usage plan: billing and capacity, no data",
    "aws:apigateway/vpcLink:VpcLink":
        "private network link from API Gateway to a network load balancer: network routing; carries packets, stores nothing",
    "aws:apigatewayv2/apiMapping:ApiMapping": "maps a custom domain path to an API stage: routing, no data",
    "aws:apigatewayv2/authorizer:Authorizer": "names the JWT or Lambda authoriser of routes: access control configuration, no data",
    "aws:apigatewayv2/deployment:Deployment": "a snapshot of an HTTP or WebSocket API's routes, no data",
    "aws:apigatewayv2/domainName:DomainName":
        "custom domain of HTTP/WebSocket (or REST) APIs whose securityPolicy accepts only TLS_1_2: nothing weaker can be set, and it stores nothing",
    "aws:apigatewayv2/integrationResponse:IntegrationResponse": "WebSocket integration response templates, stores nothing",
    "aws:apigatewayv2/model:Model": "a JSON schema of payloads: structure, no data",
    "aws:apigatewayv2/route:Route":
        "declares a route and its authorization; a route carries what its Integration (judged) reads and writes, and which routes may be open is the application's decision",
    "aws:apigatewayv2/routeResponse:RouteResponse": "WebSocket route response models, no data",
    "aws:apigatewayv2/routingRule:RoutingRule":
        "routes a custom domain's requests to APIs of the account by header or path: routing, no data",
    "aws:apigatewayv2/vpcLink:VpcLink":
        "private network link from API Gateway into a VPC: network routing; carries packets, stores nothing",
    "aws:appconfig/application:Application": "an AppConfig application (name and description)",
    "aws:appconfig/deploymentStrategy:DeploymentStrategy": "rollout speed and bake time of deployments",
    "aws:appconfig/environment:Environment": "an AppConfig environment and its alarm monitors",
    "aws:appconfig/eventIntegration:EventIntegration":
        "subscribes Connect or Customer Profiles to an EventBridge bus; it stores nothing, the consumers are judged",
    "aws:appconfig/extension:Extension":
        "calls a Lambda function, queue, topic or bus at deployment action points with event details; the targets are judged as stores",
    "aws:appconfig/extensionAssociation:ExtensionAssociation": "activates an extension on an application, profile or environment",
    "aws:appconfig/hostedConfigurationVersion:HostedConfigurationVersion":
        "a version in the hosted configuration store, encrypted under its profile's kmsKeyIdentifier; judged on the ConfigurationProfile",
    "aws:appfabric/appAuthorization:AppAuthorization":
        "credentials that let AppFabric read a SaaS tenant: data comes in; where it is kept and delivered is judged on the app bundle and ingestion destinations",
    "aws:appfabric/appAuthorizationConnection:AppAuthorizationConnection": "completes the OAuth handshake of an app authorization: no data",
    "aws:appfabric/ingestion:Ingestion":
        "switches on the ingestion of a SaaS tenant's audit log into an app bundle; its key is judged on the app bundle, its delivery on IngestionDestination",
    "aws:appmesh/gatewayRoute:GatewayRoute":
        "routing rule of a virtual gateway inside the mesh; TLS is judged on the VirtualGateway and VirtualNode entries",
    "aws:appmesh/mesh:Mesh":
        "the mesh itself (name, egress filter): network policy, stores nothing; its nodes' and gateways' TLS is judged on their entries",
    "aws:appmesh/route:Route": "routing rule of a virtual router (matches, weights), stores nothing",
    "aws:appmesh/virtualRouter:VirtualRouter": "routes mesh traffic between virtual nodes by port, stores nothing",
    "aws:appmesh/virtualService:VirtualService": "a logical service name pointing to a virtual node or router, stores nothing",
    "aws:apprunner/autoScalingConfigurationVersion:AutoScalingConfigurationVersion": "scaling limits of App Runner services",
    "aws:apprunner/connection:Connection": "a connection to a source-code host (code, not data)",
    "aws:apprunner/customDomainAssociation:CustomDomainAssociation": "a custom domain and managed certificate of a service",
    "aws:apprunner/defaultAutoScalingConfigurationVersion:DefaultAutoScalingConfigurationVersion":
        "the account's default scaling configuration",
    "aws:apprunner/deployment:Deployment": "triggers a deployment of a service",
    "aws:apprunner/observabilityConfiguration:ObservabilityConfiguration": "tracing vendor settings (trace metadata, no records)",
    "aws:apprunner/vpcConnector:VpcConnector": "VPC egress of App Runner services (network plumbing)",
    "aws:apprunner/vpcIngressConnection:VpcIngressConnection":
        "private ingress into a service from a VPC endpoint (network plumbing); the service's public exposure is judged on the service",
    "aws:appstream/directoryConfig:DirectoryConfig":
        "Active Directory join settings (a service account credential): identity configuration, no customer data",
    "aws:appstream/fleetStackAssociation:FleetStackAssociation": "associates a fleet with a stack: both are judged on their own",
    "aws:appstream/user:User":
        "an AppStream user-pool identity (a staff member's name and e-mail): identity management, not a store of customer data",
    "aws:appstream/userStackAssociation:UserStackAssociation": "grants a user a stack: access assignment, no data",
    "aws:appsync/apiKey:ApiKey": "an AppSync API key: credential material, no customer data (who may query is the API's authentication)",
    "aws:appsync/channelNamespace:ChannelNamespace":
        "channel names and authorization of an Event API; its handlers forward to the API's data sources, judged on the DataSource entry",
    "aws:appsync/domainName:DomainName": "a custom domain name and certificate for AppSync APIs (HTTPS only), stores nothing",
    "aws:appsync/domainNameApiAssociation:DomainNameApiAssociation": "maps an AppSync custom domain to an API: routing, no data",
    "aws:appsync/function:Function": "resolver function code and mapping templates: code, not records",
    "aws:appsync/resolver:Resolver":
        "resolver code and its data source reference; its cache is the API's ApiCache and its data source a DataSource, both judged",
    "aws:appsync/type:Type": "a GraphQL type definition (schema), no data",
    "aws:athena/capacityReservation:CapacityReservation": "reserved Athena processing capacity (DPUs): billing and capacity only",
    "aws:athena/namedQuery:NamedQuery": "saved SQL text (query code); its results are judged on the workgroup",
    "aws:athena/preparedStatement:PreparedStatement":
        "a saved parameterised SQL statement (query code); parameter values are given at execution, not stored here",
    "aws:auditmanager/assessmentDelegation:AssessmentDelegation":
        "delegates review of a control set to an IAM role (access assignment, judged by the iam-* policies)",
    "aws:auditmanager/assessmentReport:AssessmentReport":
        "a report of an assessment's evidence, written to the assessment's destination (judged on auditmanager.Assessment)",
    "aws:auditmanager/control:Control": "control and framework definitions (text written by auditors)",
    "aws:auditmanager/framework:Framework": "control and framework definitions (text written by auditors)",
    "aws:auditmanager/frameworkShare:FrameworkShare": "shares a framework definition (controls, not evidence) with another account",
    "aws:backup/framework:Framework": "an audit framework of controls over backups",
    "aws:backup/globalSettings:GlobalSettings": "an account switch; the copies it allows are judged on each plan's copy actions",
    "aws:backup/regionSettings:RegionSettings":
        "opts resource types in or out of AWS Backup; what is backed up is judged on plans and selections",
    "aws:backup/reportPlan:ReportPlan": "reports of backup jobs (metadata) delivered to S3",
    "aws:backup/restoreTestingPlan:RestoreTestingPlan": "a schedule for restore tests; the restored copies are judged on its selections",
    "aws:backup/vaultNotifications:VaultNotifications": "notifications of backup job events (metadata)",
    "aws:batch/computeEnvironment:ComputeEnvironment":
        "compute capacity for jobs; disks and user data come from its launch template, judged there",
    "aws:batch/jobQueue:JobQueue": "scheduling of jobs onto compute environments; job data lives in job definitions, judged",
    "aws:batch/schedulingPolicy:SchedulingPolicy": "fair-share scheduling weights",
    "aws:bedrock/agentAgentAlias:AgentAgentAlias":
        "a deployment pointer to a version of an agent; the agent's sessions and memory are judged on bedrock.AgentAgent",
    "aws:bedrock/agentPrompt:AgentPrompt":
        "a developer-written prompt template in Prompt Management; variables are filled at invocation and not stored",
    "aws:bedrock/agentcoreAgentRuntimeEndpoint:AgentcoreAgentRuntimeEndpoint":
        "a named endpoint (version pointer) of an agent runtime; the runtime is judged",
    "aws:bedrock/agentcoreApiKeyCredentialProvider:AgentcoreApiKeyCredentialProvider":
        "an outbound API key in the token vault: a credential, not customer data (the vault's key is AgentcoreTokenVaultCmk)",
    "aws:bedrock/agentcoreEvaluator:AgentcoreEvaluator":
        "the definition of an evaluator (judge instructions or a Lambda ARN); the traces it receives are judged on AgentcoreOnlineEvaluationConfig",
    "aws:bedrock/agentcoreGatewayRule:AgentcoreGatewayRule":
        "an ordered routing or access rule inside a gateway; where calls go is judged on AgentcoreGatewayTarget",
    "aws:bedrock/agentcoreOauth2CredentialProvider:AgentcoreOauth2CredentialProvider":
        "outbound OAuth2 client credentials in the token vault: credentials, not customer data",
    "aws:bedrock/agentcorePolicy:AgentcorePolicy": "a Cedar authorisation policy for tool calls: access rules, no data",
    "aws:bedrock/agentcorePolicyEngine:AgentcorePolicyEngine": "a container of Cedar policies: access rules, no data",
    "aws:bedrock/agentcoreRegistry:AgentcoreRegistry": "a registry of agent and tool descriptors: metadata",
    "aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk":
        "sets the KMS key of the token vault that holds outbound credentials: key configuration, not customer data",
    "aws:bedrock/agentcoreWorkloadIdentity:AgentcoreWorkloadIdentity":
        "an agent's workload identity and allowed OAuth return URLs: identity",
    "aws:bedrock/guardrailVersion:GuardrailVersion":
        "an immutable snapshot of a guardrail, encrypted under the guardrail's key (judged on bedrock.Guardrail)",
    "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput": "purchased model capacity: billing",
    "aws:bedrock/useCaseForModelAccess:UseCaseForModelAccess":
        "the company's use-case form for model access: company information, not customer records",
    "aws:cfg/configurationAggregator:ConfigurationAggregator": "collects other accounts' configuration items into this account (inbound)",
    "aws:cfg/conformancePack:ConformancePack": "set of compliance rules (its delivery bucket holds the template only)",
    "aws:cfg/organizationConformancePack:OrganizationConformancePack":
        "set of compliance rules (its delivery bucket holds the template only)",
    "aws:cfg/organizationCustomPolicyRule:OrganizationCustomPolicyRule":
        "compliance rule evaluating resource configurations; results are compliance states",
    "aws:cfg/organizationCustomRule:OrganizationCustomRule":
        "compliance rule evaluating resource configurations; results are compliance states",
    "aws:cfg/organizationManagedRule:OrganizationManagedRule":
        "compliance rule evaluating resource configurations; results are compliance states",
    "aws:cfg/recorder:Recorder":
        "chooses and starts what AWS Config records; where configuration items go is judged on cfg.DeliveryChannel",
    "aws:cfg/recorderStatus:RecorderStatus":
        "chooses and starts what AWS Config records; where configuration items go is judged on cfg.DeliveryChannel",
    "aws:cfg/remediationConfiguration:RemediationConfiguration": "automatic remediation (SSM document) of a Config rule",
    "aws:cfg/retentionConfiguration:RetentionConfiguration":
        "retention of AWS Config's own history of configuration items (configuration metadata, judged as confidential on cfg.DeliveryChannel)",
    "aws:cfg/rule:Rule": "compliance rule evaluating resource configurations; results are compliance states",
    "aws:chime/sdkvoiceSipRule:SdkvoiceSipRule": "routes a phone number or host to a SIP media application (routing), which is judged",
    "aws:chime/voiceConnectorGroup:VoiceConnectorGroup": "groups voice connectors for failover; the connectors are judged",
    "aws:chime/voiceConnectorTermination:VoiceConnectorTermination":
        "who may place outbound calls (CIDR allow-list, calling countries); stores no calls",
    "aws:chime/voiceConnectorTerminationCredentials:VoiceConnectorTerminationCredentials":
        "SIP credentials for outbound calls (credentials, not customer data)",
    "aws:cloud9/environmentMembership:EnvironmentMembership":
        "grants an IAM principal access to an environment: IAM-style permission, judged by the iam-* policies",
    "aws:cloudformation/cloudFormationType:CloudFormationType":
        "registers a CloudFormation extension (code); stacks that use it are judged through their templates",
    "aws:cloudfront/anycastIpList:AnycastIpList": "static anycast IP addresses for CloudFront: network routing, no data",
    "aws:cloudfront/cachePolicy:CachePolicy":
        "a setting of the distributions that use it (cache key and TTLs), read by the distribution's entry (edge cache lifetime of personal data)",
    "aws:cloudfront/connectionFunction:ConnectionFunction": "code run on CloudFront connections: code, not records",
    "aws:cloudfront/connectionGroup:ConnectionGroup": "groups anycast and IPv6 routing for distributions: network routing, no data",
    "aws:cloudfront/continuousDeploymentPolicy:ContinuousDeploymentPolicy":
        "splits traffic between a production and a staging distribution (both judged), stores nothing",
    "aws:cloudfront/distributionTenant:DistributionTenant":
        "a tenant of a multi-tenant distribution (domains, certificate, parameter values); TLS, origins and caching are judged on the MultitenantDistribution entry",
    "aws:cloudfront/fieldLevelEncryptionConfig:FieldLevelEncryptionConfig":
        "field-level encryption settings: protection added on top of TLS, which the pack does not require; holds no data",
    "aws:cloudfront/fieldLevelEncryptionProfile:FieldLevelEncryptionProfile":
        "which request fields CloudFront encrypts with which public key: protection on top of TLS, holds no data",
    "aws:cloudfront/function:Function": "CloudFront Functions code: code, not records (values they read come from a KeyValueStore, judged)",
    "aws:cloudfront/keyGroup:KeyGroup": "public keys trusted for signed URLs: key material, no data",
    "aws:cloudfront/monitoringSubscription:MonitoringSubscription":
        "enables additional CloudWatch metrics of a distribution: numbers, not records",
    "aws:cloudfront/originAccessControl:OriginAccessControl":
        "the signing identity CloudFront uses towards S3 and other origins; the access it gets is granted by the bucket policy, judged there",
    "aws:cloudfront/originAccessIdentity:OriginAccessIdentity":
        "legacy identity CloudFront uses towards S3; the access it gets is granted by the bucket policy, judged there",
    "aws:cloudfront/originRequestPolicy:OriginRequestPolicy":
        "which headers, cookies and query strings CloudFront forwards to the distribution's own origins (judged on the distribution), stores nothing",
    "aws:cloudfront/publicKey:PublicKey": "a public key for signed URLs or field-level encryption: key material, no data",
    "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy":
        "response headers (CORS, HSTS) sent to browsers; TLS is judged on the distribution's viewer protocol policy, and it stores nothing",
    "aws:cloudfront/trustStore:TrustStore": "CA bundle for viewer mutual TLS: certificates, no data",
    "aws:cloudtrail/organizationDelegatedAdminAccount:OrganizationDelegatedAdminAccount":
        "designates the organisation's CloudTrail administrator",
    "aws:cloudwatch/alarmMuteRule:AlarmMuteRule": "alarm on metric values (numbers); no customer records",
    "aws:cloudwatch/compositeAlarm:CompositeAlarm": "alarm on metric values (numbers); no customer records",
    "aws:cloudwatch/contributorManagedInsightRule:ContributorManagedInsightRule":
        "AWS-managed Contributor Insights over a resource's metrics (e.g. a table's most-accessed keys, which are opaque per CLAUSES.md 'Keys of records are opaque')",
    "aws:cloudwatch/dashboard:Dashboard": "dashboard layout of metric and log widgets; it queries data on demand and stores none",
    "aws:cloudwatch/internetMonitor:InternetMonitor":
        "aggregated internet performance and availability by city and network (ASN); no customer records",
    "aws:cloudwatch/logDataProtectionPolicy:LogDataProtectionPolicy":
        "masks personal data in a log group's events; its audit findings name data identifiers and counts, not the values; a setting of the log group",
    "aws:cloudwatch/logIndexPolicy:LogIndexPolicy": "field-index settings of a log group for faster queries; no new copy of events",
    "aws:cloudwatch/logStorageTierPolicy:LogStorageTierPolicy":
        "account storage tier of log data (cost setting); encryption and retention are the log groups'",
    "aws:cloudwatch/logTransformer:LogTransformer":
        "parses and rewrites a log group's events at ingestion; a setting of the log group, whose key and retention apply to the result",
    "aws:cloudwatch/metricAlarm:MetricAlarm": "alarm on metric values (numbers); no customer records",
    "aws:cloudwatch/metricStream:MetricStream": "streams metric values (numbers) to Firehose; metrics are not customer records",
    "aws:cloudwatch/otelEnrichment:OtelEnrichment":
        "account switch adding resource metadata to OpenTelemetry telemetry; no data of its own",
    "aws:cloudwatch/queryDefinition:QueryDefinition": "saved Logs Insights query text; results are computed on demand and not stored",
    "aws:codebuild/fleet:Fleet": "reserved build capacity",
    "aws:codebuild/reportGroup:ReportGroup": "test and coverage reports of builds (results of code, not customer records)",
    "aws:codebuild/sourceCredential:SourceCredential": "a credential for a source-code host",
    "aws:codebuild/webhook:Webhook": "a build trigger from a source repository",
    "aws:codepipeline/customActionType:CustomActionType": "the definition of a custom pipeline action",
    "aws:codepipeline/webhook:Webhook": "a pipeline trigger",
    "aws:cognito/identityPoolProviderPrincipalTag:IdentityPoolProviderPrincipalTag":
        "maps identity-provider claims to session tags for access control; no records",
    "aws:cognito/identityPoolRoleAttachment:IdentityPoolRoleAttachment":
        "attaches IAM roles to an identity pool; judged by the iam-* policies",
    "aws:cognito/identityProvider:IdentityProvider":
        "federation settings of a user pool; attributes flow from the provider into the pool, which is judged as the store",
    "aws:cognito/managedLoginBranding:ManagedLoginBranding": "look and feel of the hosted sign-in pages",
    "aws:cognito/resourceServer:ResourceServer": "OAuth scopes of a user pool; access control, no records",
    "aws:cognito/riskConfiguration:RiskConfiguration":
        "threat-protection actions and notification templates of a user pool; a security setting",
    "aws:cognito/userGroup:UserGroup": "a group of a user pool (name, role, precedence); no attributes",
    "aws:cognito/userInGroup:UserInGroup": "puts a user in a group; no attributes",
    "aws:cognito/userPoolDomain:UserPoolDomain": "the hosted UI domain and certificate of a user pool",
    "aws:cognito/userPoolUICustomization:UserPoolUICustomization": "CSS and logo of the hosted UI",
    "aws:connect/contactFlow:ContactFlow":
        "the routing logic (code) of a contact centre; contacts' data is kept by the instance and its storage configs, and sent on through Lambda, bot and quick-connect associations, all judged",
    "aws:connect/contactFlowModule:ContactFlowModule": "a reusable block of contact-flow logic (code); see contact flows",
    "aws:connect/hoursOfOperation:HoursOfOperation": "business hours of a contact centre",
    "aws:connect/phoneNumber:PhoneNumber": "a phone number the company claims for its contact centre",
    "aws:connect/phoneNumberContactFlowAssociation:PhoneNumberContactFlowAssociation":
        "routes one of the company's numbers to a contact flow",
    "aws:connect/queue:Queue": "a contact queue's configuration (capacity, caller id); contacts waiting in it are the instance's",
    "aws:connect/routingProfile:RoutingProfile": "which queues and channels agents serve",
    "aws:connect/securityProfile:SecurityProfile": "an agent permission set; access control judged like IAM",
    "aws:connect/user:User": "a contact-centre agent account (staff identity, not a customer record)",
    "aws:connect/userHierarchyGroup:UserHierarchyGroup": "an agent hierarchy group",
    "aws:connect/userHierarchyStructure:UserHierarchyStructure": "names of the agent hierarchy levels",
    "aws:connect/vocabulary:Vocabulary": "a custom speech-recognition word list",
    "aws:controltower/baseline:Baseline": "governance baseline or guardrail on an organisational unit",
    "aws:controltower/controlTowerControl:ControlTowerControl": "governance baseline or guardrail on an organisational unit",
    "aws:dataexchange/revision:Revision":
        "a revision container of a data set (a comment and tags); its assets are judged on RevisionAssets and the data set",
    "aws:datasync/agent:Agent":
        "a VM or EC2 appliance that moves data for DataSync tasks; it stores nothing and reaches DataSync over TLS (tasks and locations are judged)",
    "aws:datazone/assetType:AssetType": "a DataZone asset type: a metadata schema",
    "aws:datazone/formType:FormType": "a DataZone metadata form definition: a schema",
    "aws:datazone/glossary:Glossary": "a business glossary: definitions of terms",
    "aws:datazone/glossaryTerm:GlossaryTerm": "a business glossary term and its definition",
    "aws:datazone/policyGrant:PolicyGrant":
        "a DataZone governance permission (who may create projects, assets or environments), not access to data",
    "aws:datazone/project:Project":
        "a DataZone project (a collaboration unit); data reaches it through environments and subscriptions, judged there",
    "aws:datazone/userProfile:UserProfile": "activates or deactivates a DataZone user profile: identity",
    "aws:dax/parameterGroup:ParameterGroup":
        "engine settings of a DAX cluster; read by the cluster's entry (record-ttl-millis and query-ttl-millis, the cache TTLs)",
    "aws:dax/subnetGroup:SubnetGroup": "subnets a DAX cluster is placed in; network placement, stores nothing",
    "aws:detective/member:Member":
        "brings other accounts' telemetry into this account's graph (inbound); the graph and outbound sharing are judged",
    "aws:detective/organizationConfiguration:OrganizationConfiguration":
        "brings other accounts' telemetry into this account's graph (inbound); the graph and outbound sharing are judged",
    "aws:devopsguru/eventSourcesConfig:EventSourcesConfig": "opt-in of event sources for operational insights",
    "aws:devopsguru/notificationChannel:NotificationChannel": "SNS channel for insight notifications (operational metadata)",
    "aws:devopsguru/resourceCollection:ResourceCollection":
        "which stacks or tags DevOps Guru analyses; the log anomaly detection is judged on devopsguru.ServiceIntegration",
    "aws:directoryservice/conditionalForwarder:ConditionalForwarder": "a DNS forwarding rule of a directory",
    "aws:directoryservice/radiusSettings:RadiusSettings": "RADIUS multi-factor settings of a directory; authentication, no records",
    "aws:directoryservice/sharedDirectoryAccepter:SharedDirectoryAccepter":
        "accepts a directory another account shares into this one (inbound); nothing of this account leaves",
    "aws:directoryservice/trust:Trust":
        "an authentication trust with another domain; what trusted users may reach is decided by permissions in the directory, not by data the trust holds",
    "aws:dms/certificate:Certificate": "a CA or client certificate for DMS TLS connections; key material, not data",
    "aws:dms/eventSubscription:EventSubscription":
        "SNS notifications of DMS events (instance and task state), no rows; the topic is judged as a store",
    "aws:dms/migrationProject:MigrationProject":
        "links data providers and an instance profile for schema conversion; its S3 path holds assessment reports (schemas, not rows); the data providers and instance profile are judged",
    "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup":
        "network placement of replication instances; read by nothing here, the instances' exposure is judged on them",
    "aws:docdb/clusterParameterGroup:ClusterParameterGroup": "engine settings of a DocumentDB cluster; read by the cluster's entry (tls)",
    "aws:docdb/eventSubscription:EventSubscription":
        "sends DocumentDB operational events (failover, backup, maintenance) to an SNS topic; event metadata, no documents",
    "aws:docdb/subnetGroup:SubnetGroup": "subnets a DocumentDB cluster is placed in; network placement, stores nothing",
    "aws:dynamodb/contributorInsights:ContributorInsights":
        'reports the most used keys of a table, which are opaque identifiers (CLAUSES.md, "Keys of records are opaque")',
    "aws:dynamodb/tag:Tag": "one tag on a table; the pack reads a store's classification from its own tags, fail closed",
    "aws:ebs/fastSnapshotRestore:FastSnapshotRestore":
        "a performance setting (pre-warmed restore in a zone) of a snapshot, judged on the snapshot; holds no data",
    "aws:ec2/allowedImagesSettings:AllowedImagesSettings":
        "which image providers instances may boot from: an account setting about software, holds no data",
    "aws:ec2/availabilityZoneGroup:AvailabilityZoneGroup": "opt-in of a zone group: account setting, no data",
    "aws:ec2/capacityBlockReservation:CapacityBlockReservation": "purchased capacity: billing, no data",
    "aws:ec2/capacityReservation:CapacityReservation": "reserved capacity: billing, no data",
    "aws:ec2/carrierGateway:CarrierGateway": "network gateway (Wavelength): carries packets, stores nothing",
    "aws:ec2/customerGateway:CustomerGateway": "description of a VPN peer (address, ASN): network plumbing, stores nothing",
    "aws:ec2/dedicatedHost:DedicatedHost": "a physical host allocation: placement and billing, no data",
    "aws:ec2/defaultCreditSpecification:DefaultCreditSpecification": "CPU credit default of an instance family: billing setting, no data",
    "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl": "network ACL: packet filtering rules, stores nothing",
    "aws:ec2/defaultRouteTable:DefaultRouteTable": "network routing; carries packets, stores nothing",
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup":
        "network rules; read by the stores they guard (the VPC default group is itself a finding on them)",
    "aws:ec2/defaultSubnet:DefaultSubnet": "network placement; its map-public-IP setting is read by the instance entry",
    "aws:ec2/defaultVpc:DefaultVpc": "network; carries packets, stores nothing",
    "aws:ec2/defaultVpcDhcpOptions:DefaultVpcDhcpOptions": "DHCP options (DNS servers, domain name): network plumbing, no data",
    "aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway": "network gateway; carries packets, stores nothing",
    "aws:ec2/eip:Eip":
        "a public IP address allocation: network plumbing, stores nothing (an instance's public address is judged on the instance)",
    "aws:ec2/eipAssociation:EipAssociation": "binds a public IP address to an instance or interface: network plumbing, stores nothing",
    "aws:ec2/eipDomainName:EipDomainName": "reverse DNS name of an address: DNS, no data",
    "aws:ec2/encryptionControl:EncryptionControl":
        "a VPC setting that monitors or enforces encryption of traffic; carries and stores no data",
    "aws:ec2/fleet:Fleet":
        "launches instances from launch templates, whose volumes, network and user data are judged on the templates; its overrides choose only instance types, zones and capacity",
    "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults":
        "account default for the instance metadata service options (IMDSv2, hop limit): access hardening, no data",
    "aws:ec2/internetGateway:InternetGateway": "network gateway; carries packets, stores nothing",
    "aws:ec2/internetGatewayAttachment:InternetGatewayAttachment": "attaches a gateway to a VPC: network plumbing",
    "aws:ec2/keyPair:KeyPair": "an SSH public key: a credential, no customer data",
    "aws:ec2/localGatewayRoute:LocalGatewayRoute": "network routing (Outposts); carries packets, stores nothing",
    "aws:ec2/localGatewayRouteTable:LocalGatewayRouteTable": "network routing (Outposts); carries packets, stores nothing",
    "aws:ec2/localGatewayRouteTableVirtualInterfaceGroupAssociation:LocalGatewayRouteTableVirtualInterfaceGroupAssociation":
        "network routing (Outposts); carries packets, stores nothing",
    "aws:ec2/localGatewayRouteTableVpcAssociation:LocalGatewayRouteTableVpcAssociation":
        "network routing (Outposts); carries packets, stores nothing",
    "aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation": "network routing; carries packets, stores nothing",
    "aws:ec2/managedPrefixList:ManagedPrefixList": "a list of CIDR blocks used in routes and rules: network plumbing",
    "aws:ec2/managedPrefixListEntry:ManagedPrefixListEntry": "a CIDR block of a prefix list: network plumbing",
    "aws:ec2/natGateway:NatGateway": "network address translation; carries packets, stores nothing",
    "aws:ec2/natGatewayEipAssociation:NatGatewayEipAssociation": "binds an address to a NAT gateway: network plumbing",
    "aws:ec2/networkAcl:NetworkAcl": "network ACL: packet filtering rules, stores nothing",
    "aws:ec2/networkAclAssociation:NetworkAclAssociation": "binds a network ACL to a subnet: network plumbing",
    "aws:ec2/networkAclRule:NetworkAclRule": "network ACL rule: packet filtering, stores nothing",
    "aws:ec2/networkInsightsAccessScope:NetworkInsightsAccessScope": "a reachability-analysis definition: network analysis, no data",
    "aws:ec2/networkInsightsAnalysis:NetworkInsightsAnalysis": "a reachability-analysis run: network analysis, no data",
    "aws:ec2/networkInsightsPath:NetworkInsightsPath": "a reachability-analysis path: network analysis, no data",
    "aws:ec2/networkInterface:NetworkInterface":
        "a network interface: carries packets, stores nothing; its security groups are read by the instance entry",
    "aws:ec2/networkInterfaceAttachment:NetworkInterfaceAttachment":
        "attaches a network interface to an instance of the same account: network plumbing",
    "aws:ec2/networkInterfaceSecurityGroupAttachment:NetworkInterfaceSecurityGroupAttachment":
        "attaches a security group to a network interface: network rules, stores nothing",
    "aws:ec2/peeringConnectionOptions:PeeringConnectionOptions":
        "DNS-resolution options of a peering (the peering's account and region are judged on VpcPeeringConnection)",
    "aws:ec2/placementGroup:PlacementGroup": "instance placement strategy: no data",
    "aws:ec2/proxyProtocolPolicy:ProxyProtocolPolicy": "Classic ELB proxy-protocol header setting: network plumbing, stores nothing",
    "aws:ec2/route:Route": "network routing; carries packets, stores nothing",
    "aws:ec2/routeTable:RouteTable": "network routing; carries packets, stores nothing",
    "aws:ec2/routeTableAssociation:RouteTableAssociation": "network routing; carries packets, stores nothing",
    "aws:ec2/secondaryNetwork:SecondaryNetwork": "network address space: network plumbing",
    "aws:ec2/secondarySubnet:SecondarySubnet": "subnet: network placement, stores nothing",
    "aws:ec2/securityGroup:SecurityGroup": "network rules; read by the stores they guard",
    "aws:ec2/securityGroupAssociation:SecurityGroupAssociation": "binds a security group to a VPC: network rules, stores nothing",
    "aws:ec2/securityGroupRule:SecurityGroupRule":
        "a security group rule; read (ingress from anywhere) with the groups of the stores it guards",
    "aws:ec2/serialConsoleAccess:SerialConsoleAccess":
        "account switch for the EC2 serial console: administrative access governed by IAM, no data",
    "aws:ec2/spotDatafeedSubscription:SpotDatafeedSubscription":
        "delivers Spot usage and price records (billing data, no customer data) to a bucket",
    "aws:ec2/subnet:Subnet": "network placement; its map-public-IP setting is read by the instance entry",
    "aws:ec2/subnetCidrReservation:SubnetCidrReservation": "reserves addresses of a subnet: network plumbing",
    "aws:ec2/tag:Tag": "one tag on a resource: metadata, no data",
    "aws:ec2/trafficMirrorFilter:TrafficMirrorFilter":
        "selects which traffic a mirror session copies; the copy is judged on TrafficMirrorSession and its target",
    "aws:ec2/trafficMirrorFilterRule:TrafficMirrorFilterRule":
        "a rule of a traffic mirror filter; the copy is judged on TrafficMirrorSession and its target",
    "aws:ec2/volumeAttachment:VolumeAttachment":
        "attaches a volume (judged on ebs.Volume) to an instance of the same account: no data of its own",
    "aws:ec2/vpc:Vpc": "network; carries packets, stores nothing",
    "aws:ec2/vpcBlockPublicAccessExclusion:VpcBlockPublicAccessExclusion":
        "an exception to the VPC internet-access block: network setting, stores nothing",
    "aws:ec2/vpcBlockPublicAccessOptions:VpcBlockPublicAccessOptions":
        "the account's VPC internet-access block: network setting, stores nothing",
    "aws:ec2/vpcDhcpOptions:VpcDhcpOptions": "DHCP options (DNS servers, domain name): network plumbing, no data",
    "aws:ec2/vpcDhcpOptionsAssociation:VpcDhcpOptionsAssociation": "binds DHCP options to a VPC: network plumbing",
    "aws:ec2/vpcEncryptionControl:VpcEncryptionControl":
        "a VPC setting that monitors or enforces encryption of traffic; carries and stores no data",
    "aws:ec2/vpcEndpoint:VpcEndpoint":
        "a private network path to a service; its policy limits what callers reach through it (a data-perimeter control), it stores and sends no data of its own",
    "aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter":
        "accepts one connection to an endpoint service; who may connect is judged on VpcEndpointService and its allowed principals",
    "aws:ec2/vpcEndpointConnectionNotification:VpcEndpointConnectionNotification":
        "notifies an SNS topic of endpoint connection events: connection metadata, no customer data",
    "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy":
        "the policy of a VPC endpoint: a data-perimeter control on a network path, stores and sends no data",
    "aws:ec2/vpcEndpointRouteTableAssociation:VpcEndpointRouteTableAssociation": "network routing; carries packets, stores nothing",
    "aws:ec2/vpcEndpointSubnetAssociation:VpcEndpointSubnetAssociation": "network placement of an endpoint: network plumbing",
    "aws:ec2/vpcIpam:VpcIpam": "IP address management: network plumbing",
    "aws:ec2/vpcIpamOrganizationAdminAccount:VpcIpamOrganizationAdminAccount":
        "delegates IP address management in an organization: organisation structure, no data",
    "aws:ec2/vpcIpamPool:VpcIpamPool": "IP address pool: network plumbing",
    "aws:ec2/vpcIpamPoolCidr:VpcIpamPoolCidr": "IP address pool range: network plumbing",
    "aws:ec2/vpcIpamPoolCidrAllocation:VpcIpamPoolCidrAllocation": "IP address allocation: network plumbing",
    "aws:ec2/vpcIpamPreviewNextCidr:VpcIpamPreviewNextCidr": "preview of an IP address allocation: network plumbing",
    "aws:ec2/vpcIpamResourceDiscovery:VpcIpamResourceDiscovery": "IP address discovery: network plumbing",
    "aws:ec2/vpcIpamResourceDiscoveryAssociation:VpcIpamResourceDiscoveryAssociation": "IP address discovery association: network plumbing",
    "aws:ec2/vpcIpamScope:VpcIpamScope": "IP address management scope: network plumbing",
    "aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation": "an address range of a VPC: network plumbing",
    "aws:ec2/vpcIpv6CidrBlockAssociation:VpcIpv6CidrBlockAssociation": "an address range of a VPC: network plumbing",
    "aws:ec2/vpcNetworkPerformanceMetricSubscription:VpcNetworkPerformanceMetricSubscription":
        "latency metrics between regions or zones: numbers, not records",
    "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter":
        "accepts a peering requested elsewhere; the requester's VpcPeeringConnection carries the account and region checks (the peer is only in this side's outputs)",
    "aws:ec2/vpcSecurityGroupRulesExclusive:VpcSecurityGroupRulesExclusive":
        "the full rule set of a security group: network rules, stores nothing",
    "aws:ec2/vpnConcentrator:VpnConcentrator": "VPN concentrator: network plumbing, stores nothing",
    "aws:ec2/vpnConnection:VpnConnection":
        "site-to-site IPsec VPN (always encrypted); carries packets, its tunnel logs hold IKE/tunnel events only",
    "aws:ec2/vpnConnectionRoute:VpnConnectionRoute": "network routing; carries packets, stores nothing",
    "aws:ec2/vpnGateway:VpnGateway": "VPN gateway; carries packets, stores nothing",
    "aws:ec2/vpnGatewayAttachment:VpnGatewayAttachment": "attaches a VPN gateway to a VPC: network plumbing",
    "aws:ec2/vpnGatewayRoutePropagation:VpnGatewayRoutePropagation": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/connect:Connect": "transit gateway attachment (GRE): network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/connectPeer:ConnectPeer": "transit gateway Connect peer (BGP): network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/defaultRouteTableAssociation:DefaultRouteTableAssociation": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/defaultRouteTablePropagation:DefaultRouteTablePropagation": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/instanceConnectEndpoint:InstanceConnectEndpoint":
        "EC2 Instance Connect endpoint: an SSH/RDP path for administrators, governed by IAM and security groups; stores nothing",
    "aws:ec2transitgateway/instanceState:InstanceState": "starts or stops an instance: no data",
    "aws:ec2transitgateway/meteringPolicy:MeteringPolicy": "transit gateway traffic metering: billing, no data",
    "aws:ec2transitgateway/meteringPolicyEntry:MeteringPolicyEntry": "transit gateway traffic metering: billing, no data",
    "aws:ec2transitgateway/multicastDomain:MulticastDomain": "network routing (multicast); carries packets, stores nothing",
    "aws:ec2transitgateway/multicastDomainAssociation:MulticastDomainAssociation":
        "network routing (multicast); carries packets, stores nothing",
    "aws:ec2transitgateway/multicastGroupMember:MulticastGroupMember": "network routing (multicast); carries packets, stores nothing",
    "aws:ec2transitgateway/multicastGroupSource:MulticastGroupSource": "network routing (multicast); carries packets, stores nothing",
    "aws:ec2transitgateway/peeringAttachmentAccepter:PeeringAttachmentAccepter":
        "accepts a peering requested elsewhere; the requester's PeeringAttachment carries the account and region checks (the peer is only in this side's outputs)",
    "aws:ec2transitgateway/policyTable:PolicyTable": "network routing policy; carries packets, stores nothing",
    "aws:ec2transitgateway/policyTableAssociation:PolicyTableAssociation": "network routing policy; carries packets, stores nothing",
    "aws:ec2transitgateway/policyTableEntry:PolicyTableEntry": "network routing policy; carries packets, stores nothing",
    "aws:ec2transitgateway/prefixListReference:PrefixListReference": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/route:Route": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/routeTable:RouteTable": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/routeTableAssociation:RouteTableAssociation": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/routeTablePropagation:RouteTablePropagation": "network routing; carries packets, stores nothing",
    "aws:ec2transitgateway/transitGateway:TransitGateway":
        "a network router; carries packets, stores nothing (cross-account reach is judged on peering attachments and RAM shares)",
    "aws:ec2transitgateway/vpcAttachment:VpcAttachment": "attaches a VPC to a transit gateway: network routing, stores nothing",
    "aws:ec2transitgateway/vpcAttachmentAccepter:VpcAttachmentAccepter": "accepts a VPC attachment: network routing, stores nothing",
    "aws:ecs/accountSettingDefault:AccountSettingDefault": "an ECS account feature flag (ARN format, Container Insights)",
    "aws:ecs/capacityProvider:CapacityProvider":
        "capacity for tasks (an Auto Scaling group or ECS-managed instances); task storage keys are judged on the cluster and services, instances' launch templates on their own",
    "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders": "which capacity providers a cluster uses",
    "aws:ecs/daemon:Daemon": "runs a daemon task definition (judged) on capacity providers; no data of its own",
    "aws:ecs/tag:Tag": "one tag on an ECS resource",
    "aws:efs/accessPoint:AccessPoint":
        "an entry path into a file system; who may use it is judged on the file system's policy and mount targets",
    "aws:eks/addon:Addon": "installs cluster software with schema-checked configuration; holds no customer data",
    "aws:eks/capability:Capability":
        "a managed capability (Argo CD, ACK, KRO) deploying resources; its configuration maps identities, not customer data",
    "aws:eks/fargateProfile:FargateProfile":
        "selects the pods that run on Fargate (ephemeral storage encrypted by AWS); no data of its own",
    "aws:eks/identityProviderConfig:IdentityProviderConfig": "an OIDC identity provider for cluster login: identity configuration",
    "aws:eks/podIdentityAssociation:PodIdentityAssociation":
        "maps a service account to an IAM role: IAM-style permission, judged by the iam-* policies",
    "aws:elasticache/parameterGroup:ParameterGroup":
        "engine settings of a cache (memory policy, cluster mode); encryption, TLS and authentication are arguments of the replication group, judged there",
    "aws:elasticache/reservedCacheNode:ReservedCacheNode": "a billing reservation for cache node hours; no data",
    "aws:elasticache/subnetGroup:SubnetGroup": "subnets a cache is placed in; network placement, stores nothing",
    "aws:elasticbeanstalk/application:Application": "an application container and the lifecycle of its code versions",
    "aws:elasticbeanstalk/applicationVersion:ApplicationVersion": "a code bundle in S3 (code, not data)",
    "aws:elasticbeanstalk/configurationTemplate:ConfigurationTemplate":
        "saved option settings, read by the environments that name it (templateName): environment properties, logs and listeners are judged there",
    "aws:elasticsearch/domainSamlOptions:DomainSamlOptions":
        "SAML sign-in settings of a domain's Kibana (IdP metadata, master role); identity configuration, stores no documents; who may read is judged on the domain's access policy",
    "aws:elastictranscoder/preset:Preset": "transcoding format settings: no data",
    "aws:elb/appCookieStickinessPolicy:AppCookieStickinessPolicy":
        "session stickiness setting of a Classic Load Balancer listener: routing, no data",
    "aws:elb/attachment:Attachment": "registers an instance with a Classic Load Balancer: network plumbing",
    "aws:elb/listenerPolicy:ListenerPolicy":
        "a setting of its Classic Load Balancer (which policies a listener uses), read by the load balancer's entry (TLS)",
    "aws:elb/loadBalancerBackendServerPolicy:LoadBalancerBackendServerPolicy":
        "public keys a Classic Load Balancer uses to authenticate instances: key material, no data; instance protocols are judged on the load balancer",
    "aws:elb/loadBalancerCookieStickinessPolicy:LoadBalancerCookieStickinessPolicy":
        "session stickiness setting of a Classic Load Balancer listener: routing, no data",
    "aws:elb/loadBalancerPolicy:LoadBalancerPolicy":
        "a setting of its Classic Load Balancer (SSL negotiation, proxy protocol), read by the load balancer's entry (TLS)",
    "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy":
        "a setting of its Classic Load Balancer (TLS protocols and ciphers of a listener), read by the load balancer's entry (TLS)",
    "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration":
        "a region-wide guard refusing clusters whose security groups are open to the internet: an access setting; the clusters' own groups are judged on emr.Cluster",
    "aws:emr/instanceFleet:InstanceFleet":
        "nodes added to a cluster: their disks are encrypted by the cluster's security configuration and judged on the cluster's entry",
    "aws:emr/instanceGroup:InstanceGroup":
        "task nodes added to a cluster: their disks are encrypted by the cluster's security configuration and judged on the cluster's entry",
    "aws:emr/managedScalingPolicy:ManagedScalingPolicy": "cluster size limits of an EMR cluster: capacity numbers, no data",
    "aws:emr/studioSessionMapping:StudioSessionMapping":
        "maps an Identity Center user or group to a studio with a session policy: identity and IAM permissions, judged by the iam-* policies",
    "aws:emrcontainers/virtualCluster:VirtualCluster":
        "maps EMR to a namespace of an EKS cluster: placement only; jobs and their logs are judged on the job template and the EKS cluster",
    "aws:evidently/feature:Feature": "feature flag, launch schedule or audience rule; evaluation events are judged on evidently.Project",
    "aws:evidently/launch:Launch": "feature flag, launch schedule or audience rule; evaluation events are judged on evidently.Project",
    "aws:evidently/segment:Segment": "feature flag, launch schedule or audience rule; evaluation events are judged on evidently.Project",
    "aws:finspace/kxScalingGroup:KxScalingGroup": "a pool of compute hosts for kdb clusters; their caches are judged on the clusters",
    "aws:finspace/kxUser:KxUser": "maps an IAM role to a kdb user: IAM-style permission",
    "aws:gamelift/alias:Alias": "routes game sessions to a fleet: no data",
    "aws:gamelift/build:Build": "a game server build package: code, no customer data",
    "aws:gamelift/gameServerGroup:GameServerGroup":
        "an Auto Scaling group of game servers launched from a launch template, whose volumes and user data are judged on the template",
    "aws:gamelift/gameSessionQueue:GameSessionQueue": "places game sessions on fleets; its notifications carry session and player ids only",
    "aws:gamelift/script:Script": "a Realtime server script: code, no customer data",
    "aws:glue/classifier:Classifier": "a schema-inference pattern (grok, JSON path, XML tag, CSV header): configuration, no records",
    "aws:glue/dataQualityRuleset:DataQualityRuleset":
        "data-quality rule text (DQDL) for a table: rules, not records; results go to the job's output, judged there",
    "aws:glue/partitionIndex:PartitionIndex": "an index over a table's partition keys: a setting of its table, holds no values of its own",
    "aws:glue/registry:Registry": "a container of schemas in the Schema Registry: names and descriptions only",
    "aws:glue/schema:Schema": "an Avro/JSON/Protobuf schema definition: the shape of records, not records",
    "aws:glue/userDefinedFunction:UserDefinedFunction": "registers a UDF class name and its code location: code, not records",
    "aws:guardduty/detector:Detector":
        "turns on GuardDuty protections: findings (security metadata) are judged where exported or shared; EBS malware scans read volume snapshots inside GuardDuty and delete them after the scan",
    "aws:guardduty/detectorFeature:DetectorFeature":
        "turns on GuardDuty protections: findings (security metadata) are judged where exported or shared; EBS malware scans read volume snapshots inside GuardDuty and delete them after the scan",
    "aws:guardduty/filter:Filter": "findings filter or IP lists (threat intelligence); no customer data",
    "aws:guardduty/iPSet:IPSet": "findings filter or IP lists (threat intelligence); no customer data",
    "aws:guardduty/malwareProtectionPlan:MalwareProtectionPlan":
        "scans new objects of a bucket and tags them with the verdict; GuardDuty keeps no copy of the objects",
    "aws:guardduty/member:Member": "adds a member account whose findings flow into this account (inbound)",
    "aws:guardduty/memberDetectorFeature:MemberDetectorFeature":
        "turns on GuardDuty protections: findings (security metadata) are judged where exported or shared; EBS malware scans read volume snapshots inside GuardDuty and delete them after the scan",
    "aws:guardduty/organizationConfiguration:OrganizationConfiguration":
        "turns on GuardDuty protections: findings (security metadata) are judged where exported or shared; EBS malware scans read volume snapshots inside GuardDuty and delete them after the scan",
    "aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature":
        "turns on GuardDuty protections: findings (security metadata) are judged where exported or shared; EBS malware scans read volume snapshots inside GuardDuty and delete them after the scan",
    "aws:guardduty/threatIntelSet:ThreatIntelSet": "findings filter or IP lists (threat intelligence); no customer data",
    "aws:imagebuilder/component:Component": "a build or test script for images: code, no customer data",
    "aws:imagebuilder/containerRecipe:ContainerRecipe": "a container image recipe: software, no customer data",
    "aws:imagebuilder/imagePipeline:ImagePipeline":
        "a schedule that runs builds; what they produce is judged on the recipe, infrastructure and distribution configurations",
    "aws:imagebuilder/lifecyclePolicy:LifecyclePolicy":
        "deletes or deprecates old images and their snapshots: a deletion mechanism, holds no data",
    "aws:imagebuilder/workflow:Workflow": "a build workflow definition: code, no customer data",
    "aws:inspector2/enabler:Enabler":
        "turns on vulnerability scanning; agentless scans read temporary volume snapshots and delete them; findings describe software, not customers",
    "aws:inspector2/filter:Filter": "findings filter; no data",
    "aws:inspector2/memberAssociation:MemberAssociation": "associates a member account whose findings flow into this account (inbound)",
    "aws:inspector2/organizationConfiguration:OrganizationConfiguration":
        "turns on vulnerability scanning; agentless scans read temporary volume snapshots and delete them; findings describe software, not customers",
    "aws:iot/authorizer:Authorizer": "device identity and authentication plumbing; no messages",
    "aws:iot/billingGroup:BillingGroup": "billing grouping of things",
    "aws:iot/caCertificate:CaCertificate": "device certificates (credentials, not customer data)",
    "aws:iot/certificate:Certificate": "device certificates (credentials, not customer data)",
    "aws:iot/eventConfigurations:EventConfigurations":
        "switches registry event notifications (thing created/updated): registry metadata only",
    "aws:iot/indexingConfiguration:IndexingConfiguration":
        "fleet index settings of the account's registry (thing attributes, connectivity, shadows); the registry holds device metadata written by the stack's code",
    "aws:iot/loggingOptions:LoggingOptions":
        "log level of IoT Core's own logs (AWSIotLogsV2): topics, client IDs and rule outcomes, not message payloads",
    "aws:iot/policy:Policy": "IoT device permissions (access policy), attached to certificates; no messages",
    "aws:iot/policyAttachment:PolicyAttachment": "IoT device permissions (access policy), attached to certificates; no messages",
    "aws:iot/provisioningTemplate:ProvisioningTemplate": "device identity and authentication plumbing; no messages",
    "aws:iot/roleAlias:RoleAlias": "device identity and authentication plumbing; no messages",
    "aws:iot/thing:Thing":
        "device registry entries whose attributes are written in the stack's code (device metadata); no customer records",
    "aws:iot/thingGroup:ThingGroup":
        "device registry entries whose attributes are written in the stack's code (device metadata); no customer records",
    "aws:iot/thingGroupMembership:ThingGroupMembership":
        "device registry entries whose attributes are written in the stack's code (device metadata); no customer records",
    "aws:iot/thingPrincipalAttachment:ThingPrincipalAttachment": "device identity and authentication plumbing; no messages",
    "aws:iot/thingType:ThingType":
        "device registry entries whose attributes are written in the stack's code (device metadata); no customer records",
    "aws:iot/topicRuleDestination:TopicRuleDestination":
        "VPC network path for rule actions; the messages and their targets are judged on iot.TopicRule",
    "aws:ivs/playbackKeyPair:PlaybackKeyPair": "a public key for playback tokens: a credential, no data",
    "aws:kendra/experience:Experience":
        "a search web page over a Kendra index for IAM Identity Center users; stores nothing, the index is judged",
    "aws:kendra/querySuggestionsBlockList:QuerySuggestionsBlockList":
        "a list of words Kendra never suggests; read from an S3 file, holds no customer records",
    "aws:kendra/thesaurus:Thesaurus": "a synonym list for an index; read from an S3 file, holds no customer records",
    "aws:kinesis/accountSettings:AccountSettings": "billing commitment of the account's Kinesis throughput; no data",
    "aws:kms/alias:Alias": "judged by the kms-key-* policies",
    "aws:kms/customKeyStore:CustomKeyStore": "judged by the kms-key-* policies",
    "aws:kms/externalKey:ExternalKey": "judged by the kms-key-* policies",
    "aws:kms/grant:Grant": "judged by the kms-key-* policies",
    "aws:kms/key:Key": "judged by the kms-key-* policies",
    "aws:kms/keyPolicy:KeyPolicy": "judged by the kms-key-* policies",
    "aws:kms/replicaExternalKey:ReplicaExternalKey": "judged by the kms-key-* policies",
    "aws:kms/replicaKey:ReplicaKey": "judged by the kms-key-* policies",
    "aws:lakeformation/dataCellsFilter:DataCellsFilter":
        "a row and column filter that narrows a grant; who gets the cells is judged on lakeformation.Permissions",
    "aws:lakeformation/identityCenterConfiguration:IdentityCenterConfiguration":
        "lets Identity Center users and groups be Lake Formation principals: identity plumbing; grants are judged on lakeformation.Permissions",
    "aws:lakeformation/lfTag:LfTag":
        "defines an LF-tag key and its values: a label; grants made through it are judged on lakeformation.Permissions",
    "aws:lakeformation/lfTagExpression:LfTagExpression":
        "a named LF-tag expression: a label query; grants made through it are judged on lakeformation.Permissions",
    "aws:lakeformation/optIn:OptIn":
        "switches a principal or resource to Lake Formation enforcement (from IAM-only): an access-model setting, grants are judged on lakeformation.Permissions",
    "aws:lakeformation/resource:Resource":
        "registers an S3 location so Lake Formation vends credentials for it: the bucket is judged on its own and grants on lakeformation.Permissions",
    "aws:lakeformation/resourceLfTag:ResourceLfTag":
        "assigns an LF-tag to a database, table or columns: a label; tag-based grants are judged on lakeformation.Permissions",
    "aws:lakeformation/resourceLfTags:ResourceLfTags":
        "assigns LF-tags to a database, table or columns: labels; tag-based grants are judged on lakeformation.Permissions",
    "aws:lambda/alias:Alias": "a named pointer to a function version: no data (the function is judged)",
    "aws:lambda/codeSigningConfig:CodeSigningConfig": "which signing profiles may sign function code: code integrity, no customer data",
    "aws:lambda/coreNetworkConnector:CoreNetworkConnector":
        "network connector for Lambda egress: network routing; carries packets, stores nothing",
    "aws:lambda/functionRecursionConfig:FunctionRecursionConfig": "recursive loop detection switch of a function, no data",
    "aws:lambda/functionScalingConfig:FunctionScalingConfig": "concurrency and scaling limits of a function, no data",
    "aws:lambda/layerVersion:LayerVersion":
        "a code layer (libraries, runtime files): code artefact, not customer records; who may use it is judged on LayerVersionPermission",
    "aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig":
        "pre-initialised execution environments of a function version: capacity, no data",
    "aws:lambda/runtimeManagementConfig:RuntimeManagementConfig": "when a function's runtime is updated, no data",
    "aws:lb/listenerCertificate:ListenerCertificate":
        "attaches an extra TLS certificate to a listener: a certificate reference, no data (the listener's TLS is judged on its entry)",
    "aws:lb/targetGroupAttachment:TargetGroupAttachment":
        "registers one instance, IP or function in a target group: network plumbing; the target group's TLS is judged on its entry",
    "aws:lb/trustStore:TrustStore": "CA bundle for mutual TLS with clients: certificates, no customer data",
    "aws:lb/trustStoreRevocation:TrustStoreRevocation": "certificate revocation list of a trust store: certificates, no customer data",
    "aws:lex/intent:Intent":
        "a Lex V1 intent definition (sample utterances, prompts) written by developers; users' utterances are judged on the bot and its alias",
    "aws:lex/slotType:SlotType": "a Lex V1 list of slot values defined by developers (e.g. sizes, cities), not users' input",
    "aws:lex/v2modelsBotLocale:V2modelsBotLocale": "language and voice settings of a bot",
    "aws:lex/v2modelsBotVersion:V2modelsBotVersion": "an immutable snapshot of a bot's definition; users' sessions are judged on the bot",
    "aws:lex/v2modelsIntent:V2modelsIntent":
        "an intent definition (sample utterances, prompts) written by developers; users' input is judged on the bot and its slots",
    "aws:lex/v2modelsSlotType:V2modelsSlotType": "a slot type's value list or pattern defined by developers, not users' input",
    "aws:lightsail/bucketAccessKey:BucketAccessKey": "an access key to a bucket: a credential, judged with access policies",
    "aws:lightsail/certificate:Certificate": "a TLS certificate: no customer data",
    "aws:lightsail/containerServiceDeploymentVersion:ContainerServiceDeploymentVersion":
        "the containers of a container service; their environment variables are judged with the ContainerService",
    "aws:lightsail/disk_attachment:Disk_attachment": "attaches a disk (judged on lightsail.Disk) to an instance of the same account",
    "aws:lightsail/domain:Domain": "a DNS zone: DNS, no customer data",
    "aws:lightsail/domainEntry:DomainEntry": "a DNS record: DNS, no customer data",
    "aws:lightsail/keyPair:KeyPair": "an SSH key pair: a credential",
    "aws:lightsail/lbAttachment:LbAttachment": "attaches an instance to a load balancer: network plumbing",
    "aws:lightsail/lbCertificate:LbCertificate": "a TLS certificate of a load balancer: no customer data",
    "aws:lightsail/lbCertificateAttachment:LbCertificateAttachment": "attaches a certificate to a load balancer: no customer data",
    "aws:lightsail/lbHttpsRedirectionPolicy:LbHttpsRedirectionPolicy":
        "a setting of its load balancer (HTTP to HTTPS), read by the lightsail.Lb entry",
    "aws:lightsail/lbStickinessPolicy:LbStickinessPolicy": "session stickiness of a load balancer: no data",
    "aws:lightsail/staticIp:StaticIp": "a static IP address: network plumbing",
    "aws:lightsail/staticIpAttachment:StaticIpAttachment": "binds a static IP address to an instance: network plumbing",
    "aws:location/map:Map": "a map style from a data provider: map tiles, no customer data",
    "aws:location/trackerAssociation:TrackerAssociation":
        "links a tracker to a geofence collection: positions are evaluated against the geofences, not stored in the collection (both are judged on their own)",
    "aws:m2/application:Application": "a mainframe application definition (code and configuration from S3): code, no customer data",
    "aws:m2/deployment:Deployment": "deploys an application version to an environment: no data",
    "aws:macie2/account:Account":
        "turns on Macie; its results and sharing are judged on macie2.ClassificationExportConfiguration and the administrator resources",
    "aws:macie2/classificationJob:ClassificationJob":
        "reads buckets to find sensitive data and keeps findings (object locations and data types, not the values)",
    "aws:macie2/member:Member": "adds a member account whose findings flow into this account (inbound)",
    "aws:macie2/organizationConfiguration:OrganizationConfiguration":
        "turns on Macie; its results and sharing are judged on macie2.ClassificationExportConfiguration and the administrator resources",
    "aws:mailmanager/trafficPolicy:TrafficPolicy":
        "accept/deny conditions for inbound mail; the ingress point's TLS policy is judged on mailmanager.IngressPoint",
    "aws:medialive/inputSecurityGroup:InputSecurityGroup": "the CIDRs allowed to push video to inputs: network rules, stores nothing",
    "aws:medialive/multiplex:Multiplex":
        "combines channel outputs into a transport stream inside MediaLive: no storage, no destination of its own",
    "aws:medialive/multiplexProgram:MultiplexProgram": "a program of a multiplex: no storage, no destination of its own",
    "aws:memorydb/acl:Acl": "a list of MemoryDB user names; the built-in open-access ACL is judged on the cluster (aclName)",
    "aws:memorydb/parameterGroup:ParameterGroup":
        "engine settings of a MemoryDB cluster; TLS, key and ACL are arguments of the cluster, judged there",
    "aws:memorydb/subnetGroup:SubnetGroup": "subnets a MemoryDB cluster is placed in; network placement, stores nothing",
    "aws:memorydb/user:User":
        "a MemoryDB user authenticated by password or IAM (MemoryDB has no password-less users); a credential and its access string, stores no records",
    "aws:mq/configuration:Configuration":
        "broker XML/cuttlefish settings: read by the mq Broker entry (network connectors and their transport)",
    "aws:msk/configuration:Configuration":
        "Kafka server properties: a setting of the clusters that name it, read by the msk Cluster entry (log.retention.*)",
    "aws:msk/scramSecretAssociation:ScramSecretAssociation":
        "attaches SASL/SCRAM credential secrets to a cluster (the secrets are judged as Secrets Manager stores); no records",
    "aws:msk/singleScramSecretAssociation:SingleScramSecretAssociation":
        "attaches SASL/SCRAM credential secrets to a cluster (the secrets are judged as Secrets Manager stores); no records",
    "aws:mskconnect/customPlugin:CustomPlugin":
        "connector plugin code package; records pass through the connectors, judged on mskconnect.Connector",
    "aws:mskconnect/workerConfiguration:WorkerConfiguration":
        "Kafka Connect worker properties (converters, offset topic names): a setting of connectors, which are judged; no records",
    "aws:neptune/clusterEndpoint:ClusterEndpoint":
        "a custom DNS endpoint selecting instances of a Neptune cluster; stores nothing, the cluster is judged",
    "aws:neptune/clusterParameterGroup:ClusterParameterGroup":
        "engine settings of a Neptune cluster (audit logging, timeouts); every current engine enforces TLS, and the audit logs' log groups are judged as copies of the cluster",
    "aws:neptune/eventSubscription:EventSubscription": "sends Neptune operational events to an SNS topic; event metadata, no graph data",
    "aws:neptune/parameterGroup:ParameterGroup": "instance-level engine settings (query timeouts, caches); holds no data",
    "aws:neptune/subnetGroup:SubnetGroup": "subnets a Neptune cluster is placed in; network placement, stores nothing",
    "aws:networkfirewall/containerAssociation:ContainerAssociation":
        "maps an ECS or EKS cluster's containers to firewall rules (workload metadata)",
    "aws:networkfirewall/firewall:Firewall":
        "network firewall appliance and its rules: carries packets, stores nothing (its logs are judged on networkfirewall.LoggingConfiguration)",
    "aws:networkfirewall/firewallPolicy:FirewallPolicy":
        "network firewall appliance and its rules: carries packets, stores nothing (its logs are judged on networkfirewall.LoggingConfiguration)",
    "aws:networkfirewall/firewallTransitGatewayAttachmentAccepter:FirewallTransitGatewayAttachmentAccepter":
        "network firewall appliance and its rules: carries packets, stores nothing (its logs are judged on networkfirewall.LoggingConfiguration)",
    "aws:networkfirewall/resourcePolicy:ResourcePolicy": "shares firewall policies or rule groups (rules, not traffic) with other accounts",
    "aws:networkfirewall/ruleGroup:RuleGroup":
        "network firewall appliance and its rules: carries packets, stores nothing (its logs are judged on networkfirewall.LoggingConfiguration)",
    "aws:networkfirewall/tlsInspectionConfiguration:TlsInspectionConfiguration":
        "certificates for TLS inspection: traffic is decrypted in the firewall and re-encrypted, nothing is stored",
    "aws:networkfirewall/vpcEndpointAssociation:VpcEndpointAssociation":
        "network firewall appliance and its rules: carries packets, stores nothing (its logs are judged on networkfirewall.LoggingConfiguration)",
    "aws:oam/sink:Sink":
        "receiving end in the monitoring account: linked accounts' data stays in their accounts, read on demand; the sharing is judged on oam.Link",
    "aws:oam/sinkPolicy:SinkPolicy":
        "which accounts may link their telemetry into this sink (inbound); none of this account's data goes out",
    "aws:observabilityadmin/telemetryEnrichment:TelemetryEnrichment": "switch adding resource tags to telemetry; no data",
    "aws:observabilityadmin/telemetryEvaluation:TelemetryEvaluation":
        "audit of which resources have telemetry turned on (configuration metadata)",
    "aws:observabilityadmin/telemetryEvaluationForOrganization:TelemetryEvaluationForOrganization":
        "audit of which resources have telemetry turned on (configuration metadata)",
    "aws:odb/cloudExadataInfrastructure:CloudExadataInfrastructure":
        "Exadata hardware that VM clusters run on; their databases are judged on the VM clusters (customerContactsToSendToOcis are staff e-mail addresses for maintenance notices)",
    "aws:odb/iamRoleAssociation:IamRoleAssociation":
        "attaches an IAM role to an Oracle Database@AWS resource; IAM-style permission, judged by the iam-* policies",
    "aws:odb/network:Network":
        "the network of Oracle Database@AWS and which AWS services (S3, zero-ETL, KMS, STS) its databases may reach; carries packets, stores nothing",
    "aws:odb/networkPeeringConnection:NetworkPeeringConnection":
        "peers an ODB network with a VPC; network routing, carries packets, stores nothing",
    "aws:opensearch/domainSamlOptions:DomainSamlOptions":
        "SAML sign-in settings of a domain's Dashboards (IdP metadata, master role); identity configuration, stores no documents; who may read is judged on the domain's access policy",
    "aws:opensearch/package:Package":
        "a dictionary, plugin or configuration file uploaded from S3 for domains; code and configuration, no customer records",
    "aws:opensearch/packageAssociation:PackageAssociation": "installs a package on a domain; configuration, stores nothing",
    "aws:opensearch/serverlessCollectionGroup:ServerlessCollectionGroup": "capacity limits shared by serverless collections; no data",
    "aws:opensearch/serverlessLifecyclePolicy:ServerlessLifecyclePolicy":
        "index retention rules of serverless collections; a setting read by the collection's entry (MinIndexRetention, NoMinIndexRetention)",
    "aws:opensearch/serverlessSecurityConfig:ServerlessSecurityConfig":
        "SAML / IAM Identity Center / IAM federation settings for signing in to serverless collections; identity configuration, stores no documents",
    "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy":
        "encryption and network policies of serverless collections; settings read by the collection's entry (AWSOwnedKey / KmsARN, AllowFromPublic)",
    "aws:organizations/account:Account": "creates a member account; organisation structure",
    "aws:organizations/awsServiceAccess:AwsServiceAccess": "enables a service for the organisation",
    "aws:organizations/delegatedAdministrator:DelegatedAdministrator": "delegates administration of a service to an account",
    "aws:organizations/organization:Organization": "the organisation and its enabled policy types",
    "aws:organizations/organizationalUnit:OrganizationalUnit": "an organisational unit",
    "aws:organizations/policyAttachment:PolicyAttachment":
        "attaches a policy to accounts or OUs; the policy's content (backup, AI opt-out) is judged on the Policy",
    "aws:organizations/resourcePolicy:ResourcePolicy": "who may manage the organisation (delegated administration); access control",
    "aws:organizations/tag:Tag": "one tag on an Organizations resource",
    "aws:pinpoint/emailTemplate:EmailTemplate":
        "message template text written in the stack's code; personal data fills its placeholders at send time",
    "aws:pinpoint/smsvoicev2ConfigurationSet:Smsvoicev2ConfigurationSet":
        "default sender ID and message type; event routing is judged on pinpoint.Smsvoicev2EventDestination",
    "aws:pinpoint/smsvoicev2Keyword:Smsvoicev2Keyword": "keyword and fixed auto-reply text of a number (the company's text)",
    "aws:pinpoint/smsvoicev2SenderId:Smsvoicev2SenderId": "alphanumeric sender ID registration; no customer data",
    "aws:quicksight/accountSettings:AccountSettings": "the account's default namespace and termination protection: account settings",
    "aws:quicksight/accountSubscription:AccountSubscription":
        "subscribes the account to QuickSight (edition, authentication, the company's admin contact); rows live in data sets, judged there",
    "aws:quicksight/customPermissions:CustomPermissions":
        "a capability profile (which UI actions users may perform): permissions, not data",
    "aws:quicksight/folderMembership:FolderMembership":
        "places an asset in a folder; who may reach it is judged on the folder's permissions (quicksight.Folder)",
    "aws:quicksight/group:Group": "a group of QuickSight users: identity",
    "aws:quicksight/groupMembership:GroupMembership": "adds a user to a group: identity membership",
    "aws:quicksight/iamPolicyAssignment:IamPolicyAssignment":
        "assigns an IAM policy to QuickSight users or groups: judged by the iam-* policies",
    "aws:quicksight/ingestion:Ingestion":
        "starts one SPICE ingestion of a data set; the SPICE copy, its key and its refresh are judged on quicksight.DataSet",
    "aws:quicksight/ipRestriction:IpRestriction":
        "the account-wide allow-list of networks users may sign in from: network access control, no data",
    "aws:quicksight/namespace:Namespace": "a separate user directory (identity store) for QuickSight users: identity",
    "aws:quicksight/refreshSchedule:RefreshSchedule":
        "a setting of its data set, read by the data set's entry (a PII SPICE copy needs a FULL_REFRESH within the retention)",
    "aws:quicksight/roleCustomPermission:RoleCustomPermission": "attaches a capability profile to a QuickSight role: permissions",
    "aws:quicksight/roleMembership:RoleMembership": "adds a group to a QuickSight role: identity",
    "aws:quicksight/template:Template": "an analysis layout with data-set placeholders: structure, no rows",
    "aws:quicksight/templateAlias:TemplateAlias": "a pointer to a template version",
    "aws:quicksight/theme:Theme": "colours and fonts",
    "aws:quicksight/user:User":
        "registers a QuickSight user (an e-mail and a role): identity, like an IAM user; what users may read is judged on the permissions of data sets, analyses, dashboards and folders",
    "aws:quicksight/userCustomPermission:UserCustomPermission": "attaches a capability profile to a user: permissions",
    "aws:quicksight/vpcConnection:VpcConnection":
        "network interfaces through which QuickSight reaches data sources in a VPC: network plumbing, stores nothing",
    "aws:ram/permission:Permission":
        "a customer-managed RAM permission (which actions recipients may take); who receives which resource is judged on the resource share",
    "aws:ram/resourceShareAccepter:ResourceShareAccepter":
        "accepts resources another account shares into this one (inbound); nothing of this account leaves, and writers to foreign resources are judged on their destinations",
    "aws:ram/sharingWithOrganization:SharingWithOrganization":
        "an account-level switch allowing shares with the organisation; each share's principals are judged on the resource share",
    "aws:rds/certificate:Certificate": "the account's default certificate authority for RDS",
    "aws:rds/clusterEndpoint:ClusterEndpoint": "another DNS name over a cluster's members",
    "aws:rds/clusterParameterGroup:ClusterParameterGroup": "engine settings, read by the clusters that use them (TLS)",
    "aws:rds/clusterRoleAssociation:ClusterRoleAssociation":
        "attaches an IAM role to a cluster; what the role reaches is judged by the iam-* policies",
    "aws:rds/customDbEngineVersion:CustomDbEngineVersion": "database installation media (software)",
    "aws:rds/eventSubscription:EventSubscription": "notifications of RDS events (instance and snapshot state), not data",
    "aws:rds/instanceDesiredState:InstanceDesiredState": "starts or stops an instance",
    "aws:rds/optionGroup:OptionGroup": "engine options, read with the instances that use them",
    "aws:rds/parameterGroup:ParameterGroup": "engine settings, read by the instances that use them (TLS)",
    "aws:rds/proxyDefaultTargetGroup:ProxyDefaultTargetGroup": "connection-pool settings of a proxy",
    "aws:rds/proxyEndpoint:ProxyEndpoint": "another endpoint of a proxy; the proxy's TLS setting applies",
    "aws:rds/proxyTarget:ProxyTarget": "registers a database behind a proxy",
    "aws:rds/reservedInstance:ReservedInstance": "a billing reservation",
    "aws:rds/roleAssociation:RoleAssociation": "attaches an IAM role to an instance; what the role reaches is judged by the iam-* policies",
    "aws:rds/subnetGroup:SubnetGroup": "network placement of a database",
    "aws:redshift/authenticationProfile:AuthenticationProfile":
        "connection settings handed to Redshift client drivers (JSON); no customer records",
    "aws:redshift/clusterIamRoles:ClusterIamRoles":
        "IAM roles a cluster may assume (COPY, UNLOAD, Spectrum); what the roles allow is judged by the iam-* policies",
    "aws:redshift/eventSubscription:EventSubscription": "sends Redshift operational events to an SNS topic; event metadata, no rows",
    "aws:redshift/hsmClientCertificate:HsmClientCertificate":
        "a client certificate for Redshift to reach an HSM that holds keys; key infrastructure, no customer records",
    "aws:redshift/hsmConfiguration:HsmConfiguration":
        "connection details of an HSM that holds Redshift keys; key infrastructure, no customer records",
    "aws:redshift/idcApplication:IdcApplication":
        "an IAM Identity Center application for signing in to Redshift; identity configuration, stores no rows",
    "aws:redshift/parameterGroup:ParameterGroup": "engine settings of a cluster; read by the cluster's entry (require_ssl)",
    "aws:redshift/scheduledAction:ScheduledAction": "a schedule that pauses, resumes or resizes a cluster; no data",
    "aws:redshift/snapshotCopyGrant:SnapshotCopyGrant":
        "a KMS grant for cross-region snapshot copies; read by the SnapshotCopy entry (its kmsKeyId)",
    "aws:redshift/snapshotSchedule:SnapshotSchedule":
        "when automated snapshots are taken; how long they are kept is the cluster's automatedSnapshotRetentionPeriod, judged on the cluster",
    "aws:redshift/snapshotScheduleAssociation:SnapshotScheduleAssociation":
        "attaches a snapshot schedule to a cluster; retention is the cluster's automatedSnapshotRetentionPeriod, judged on the cluster",
    "aws:redshift/subnetGroup:SubnetGroup": "subnets a cluster is placed in; network placement, stores nothing",
    "aws:redshift/usageLimit:UsageLimit": "a cost limit on Spectrum, concurrency scaling or cross-region datasharing; no data",
    "aws:redshiftserverless/customDomainAssociation:CustomDomainAssociation":
        "a DNS name and certificate for a workgroup endpoint; no data",
    "aws:redshiftserverless/usageLimit:UsageLimit": "a cost limit on compute or cross-region datasharing; no data",
    "aws:route53/cidrCollection:CidrCollection":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/cidrLocation:CidrLocation":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/delegationSet:DelegationSet":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/healthCheck:HealthCheck": "endpoint health check (monitoring)",
    "aws:route53/hostedZoneDnsSec:HostedZoneDnsSec": "DNSSEC signing and validation settings",
    "aws:route53/keySigningKey:KeySigningKey": "DNSSEC signing and validation settings",
    "aws:route53/profilesAssociation:ProfilesAssociation": "bundle of DNS settings shared with VPCs",
    "aws:route53/profilesProfile:ProfilesProfile": "bundle of DNS settings shared with VPCs",
    "aws:route53/profilesResourceAssociation:ProfilesResourceAssociation": "bundle of DNS settings shared with VPCs",
    "aws:route53/record:Record": "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/recordsExclusive:RecordsExclusive":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/resolverConfig:ResolverConfig":
        "DNS resolver network plumbing: forwards queries, stores nothing (query logging is judged on route53.ResolverQueryLogConfig)",
    "aws:route53/resolverDnsSecConfig:ResolverDnsSecConfig": "DNSSEC signing and validation settings",
    "aws:route53/resolverEndpoint:ResolverEndpoint":
        "DNS resolver network plumbing: forwards queries, stores nothing (query logging is judged on route53.ResolverQueryLogConfig)",
    "aws:route53/resolverFirewallConfig:ResolverFirewallConfig": "DNS Firewall rules and domain lists (filtering)",
    "aws:route53/resolverFirewallDomainList:ResolverFirewallDomainList": "DNS Firewall rules and domain lists (filtering)",
    "aws:route53/resolverFirewallRule:ResolverFirewallRule": "DNS Firewall rules and domain lists (filtering)",
    "aws:route53/resolverFirewallRuleGroup:ResolverFirewallRuleGroup": "DNS Firewall rules and domain lists (filtering)",
    "aws:route53/resolverFirewallRuleGroupAssociation:ResolverFirewallRuleGroupAssociation":
        "DNS Firewall rules and domain lists (filtering)",
    "aws:route53/resolverQueryLogConfigAssociation:ResolverQueryLogConfigAssociation":
        "turns a query log configuration on for a VPC; where the queries go is judged on route53.ResolverQueryLogConfig",
    "aws:route53/resolverRule:ResolverRule":
        "DNS resolver network plumbing: forwards queries, stores nothing (query logging is judged on route53.ResolverQueryLogConfig)",
    "aws:route53/resolverRuleAssociation:ResolverRuleAssociation":
        "DNS resolver network plumbing: forwards queries, stores nothing (query logging is judged on route53.ResolverQueryLogConfig)",
    "aws:route53/trafficPolicy:TrafficPolicy":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/trafficPolicyInstance:TrafficPolicyInstance":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/zone:Zone": "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:route53/zoneAssociation:ZoneAssociation":
        "DNS zones, records and routing: the company's host names, public by nature; no customer records",
    "aws:rum/metricsDestination:MetricsDestination": "sends aggregated RUM metrics (numbers) to CloudWatch or Evidently",
    "aws:s3/bucketAbac:BucketAbac":
        "a setting of its bucket (tag-based access control switch); who may reach the objects is judged on IAM and bucket policies",
    "aws:s3/bucketAccelerateConfiguration:BucketAccelerateConfiguration":
        "Transfer Acceleration switch of a bucket: network path over AWS edge locations (HTTPS as the bucket policy requires), no storage or access change",
    "aws:s3/bucketAccelerateConfigurationV2:BucketAccelerateConfigurationV2":
        "Transfer Acceleration switch of a bucket (deprecated alias): network path, no storage or access change",
    "aws:s3/bucketCorsConfiguration:BucketCorsConfiguration":
        "which web origins browsers may call the bucket from; CORS grants no access (requests still need a signature or the bucket policy, judged)",
    "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2":
        "which web origins browsers may call the bucket from (deprecated alias); CORS grants no access",
    "aws:s3/bucketIntelligentTieringConfiguration:BucketIntelligentTieringConfiguration":
        "moves objects between Intelligent-Tiering access tiers; no change to encryption, access or deletion (the lifecycle still expires them)",
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketLogging:BucketLogging": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketLoggingV2:BucketLoggingV2": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketMetric:BucketMetric": "a CloudWatch request-metrics filter of a bucket: numbers, not records",
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketRequestPaymentConfiguration:BucketRequestPaymentConfiguration":
        "who pays for requests to a bucket: billing, grants no access",
    "aws:s3/bucketRequestPaymentConfigurationV2:BucketRequestPaymentConfigurationV2":
        "who pays for requests to a bucket (deprecated alias): billing, grants no access",
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration":
        "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2":
        "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketVersioning:BucketVersioning": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/bucketVersioningV2:BucketVersioningV2": "a setting of its bucket, read by the bucket's entry",
    "aws:s3/filesAccessPoint:FilesAccessPoint":
        "an NFS entry point of an S3 Files file system fixing the POSIX identity and root directory; who may mount is judged on the FilesFileSystemPolicy",
    "aws:s3control/accessGrantsInstance:AccessGrantsInstance":
        "the account's S3 Access Grants container (and its Identity Center association); its grants, locations and resource policy are judged on their entries",
    "aws:s3control/bucketLifecycleConfiguration:BucketLifecycleConfiguration":
        "a setting of its S3 on Outposts bucket, read by the bucket's entry (retention)",
    "aws:s3control/directoryBucketAccessPointScope:DirectoryBucketAccessPointScope":
        "narrows a directory bucket's access point to prefixes and operations: grants nothing",
    "aws:s3control/multiRegionAccessPointRoutes:MultiRegionAccessPointRoutes":
        "traffic dials among the regions its multi-region access point already names (judged on the MultiRegionAccessPoint), stores nothing",
    "aws:s3tables/namespace:Namespace": "a logical grouping (schema) of tables in a table bucket; holds no rows itself",
    "aws:sagemaker/app:App":
        "a running Studio app (kernel): compute over its user's or space's storage, which is judged on the domain and space",
    "aws:sagemaker/appImageConfig:AppImageConfig": "kernel and file-system settings of a custom Studio image: container configuration",
    "aws:sagemaker/codeRepository:CodeRepository":
        "a link to a Git repository of notebook code (credentials in Secrets Manager); where PII notebooks push is judged on the notebook instance",
    "aws:sagemaker/device:Device":
        "registers an edge device (its identity and IoT thing name) with Edge Manager; the data it uploads is judged on the device fleet",
    "aws:sagemaker/endpoint:Endpoint":
        "an HTTPS inference endpoint serving an endpoint configuration; its storage, capture and outputs are judged on the endpoint configuration",
    "aws:sagemaker/hub:Hub": "a private catalogue of models and notebooks (hub content metadata)",
    "aws:sagemaker/hubContentReference:HubContentReference": "a reference to public JumpStart content in a hub: catalogue metadata",
    "aws:sagemaker/humanTaskUI:HumanTaskUI": "the HTML/Liquid template of human review tasks: UI code",
    "aws:sagemaker/image:Image": "registers a custom container image for Studio: an artefact name and role",
    "aws:sagemaker/imageVersion:ImageVersion": "a version of a custom Studio image (a container image URI)",
    "aws:sagemaker/modelPackageGroup:ModelPackageGroup":
        "a model registry group (name and description); who may use it is judged on ModelPackageGroupPolicy",
    "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration":
        "shell scripts run when a notebook instance starts: code; the instance and its data are judged on sagemaker.NotebookInstance",
    "aws:sagemaker/project:Project": "an MLOps project provisioned from a Service Catalog product: templates and names",
    "aws:sagemaker/servicecatalogPortfolioStatus:ServicecatalogPortfolioStatus":
        "enables the SageMaker Service Catalog portfolio: an account setting",
    "aws:sagemaker/studioLifecycleConfig:StudioLifecycleConfig":
        "a script run in Studio apps: code; the apps' storage is judged on the domain and space",
    "aws:sagemaker/workforce:Workforce":
        "the sign-in (Cognito or OIDC) and IP allow-list of a private workforce: identity; which workforce sees data is judged on labeling jobs and flow definitions",
    "aws:sagemaker/workteam:Workteam":
        "a team of a workforce (members and a notification topic for task alerts): identity; jobs that show it data are judged on their workteamArn",
    "aws:scheduler/scheduleGroup:ScheduleGroup":
        "grouping and tags of schedules; the schedules (and their payloads) are judged on scheduler.Schedule",
    "aws:secretsmanager/secretRotation:SecretRotation": "the rotation schedule of a secret; holds no value",
    "aws:secretsmanager/tag:Tag": "one tag on a secret; the pack reads a store's classification from its own tags, fail closed",
    "aws:securitylake/awsLogSource:AwsLogSource":
        "chooses which AWS logs Security Lake collects into the data lake, which is judged (securitylake.DataLake)",
    "aws:securitylake/customLogSource:CustomLogSource":
        "lets a log provider write its records into the lake (inbound); reads are judged on securitylake.Subscriber",
    "aws:securitylake/subscriberNotification:SubscriberNotification":
        "tells a subscriber where new objects are (object locations, not content); access is judged on securitylake.Subscriber",
    "aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet":
        "switch that activates a receipt rule set; where mail goes is judged on ses.ReceiptRule",
    "aws:ses/domainDkim:DomainDkim":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses, no customer data",
    "aws:ses/domainIdentity:DomainIdentity":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses, no customer data",
    "aws:ses/domainIdentityVerification:DomainIdentityVerification":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses, no customer data",
    "aws:ses/emailIdentity:EmailIdentity":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses, no customer data",
    "aws:ses/identityPolicy:IdentityPolicy":
        "sending authorisation: lets other principals send as this identity; it grants no access to stored mail",
    "aws:ses/mailFrom:MailFrom":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses, no customer data",
    "aws:ses/receiptFilter:ReceiptFilter": "IP allow/block list for inbound mail (network filter)",
    "aws:ses/receiptRuleSet:ReceiptRuleSet": "container of receipt rules, which are judged on ses.ReceiptRule",
    "aws:ses/template:Template":
        "e-mail template text written in the stack's code; personal data fills its placeholders at send time and is not stored",
    "aws:sesv2/accountVdmAttributes:AccountVdmAttributes": "Virtual Deliverability Manager switches (aggregate deliverability metrics)",
    "aws:sesv2/dedicatedIpAssignment:DedicatedIpAssignment": "dedicated sending IP addresses (network)",
    "aws:sesv2/dedicatedIpPool:DedicatedIpPool": "dedicated sending IP addresses (network)",
    "aws:sesv2/emailIdentity:EmailIdentity":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses",
    "aws:sesv2/emailIdentityFeedbackAttributes:EmailIdentityFeedbackAttributes":
        "switch forwarding bounce and complaint notices to the identity's own return-path mailbox (the company's); no store",
    "aws:sesv2/emailIdentityMailFromAttributes:EmailIdentityMailFromAttributes":
        "sender identity and its DNS authentication (DKIM, MAIL FROM): the company's domains and addresses",
    "aws:sesv2/emailIdentityPolicy:EmailIdentityPolicy": "sending authorisation for an identity; it grants no access to stored mail",
    "aws:sesv2/tenant:Tenant": "SES tenant (reputation isolation) and its membership; no data",
    "aws:sesv2/tenantResourceAssociation:TenantResourceAssociation": "SES tenant (reputation isolation) and its membership; no data",
    "aws:sfn/alias:Alias": "routes executions between versions of a state machine, which is judged",
    "aws:shield/applicationLayerAutomaticResponse:ApplicationLayerAutomaticResponse": "DDoS protection settings of resources",
    "aws:shield/drtAccessRoleArnAssociation:DrtAccessRoleArnAssociation":
        "IAM-style permission: lets the Shield Response Team assume a role, judged by the iam-* policies",
    "aws:shield/proactiveEngagement:ProactiveEngagement":
        "the company's emergency contacts for the Shield Response Team (staff contacts, not customer data)",
    "aws:shield/protection:Protection": "DDoS protection settings of resources",
    "aws:shield/protectionGroup:ProtectionGroup": "DDoS protection settings of resources",
    "aws:shield/protectionHealthCheckAssociation:ProtectionHealthCheckAssociation": "DDoS protection settings of resources",
    "aws:shield/subscription:Subscription": "Shield Advanced subscription (billing)",
    "aws:sns/dataProtectionPolicy:DataProtectionPolicy":
        "audits, masks or blocks personal data in a topic's messages; its findings name data identifiers, not values; a setting of the topic",
    "aws:sns/platformApplication:PlatformApplication":
        "credentials of a push service (APNs, FCM, ...); deliveries through it are judged on topic subscriptions with protocol 'application'",
    "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy":
        "names which source queues may use this queue as their dead-letter queue; SQS allows only queues of the same account and region, and the messages are judged on the queues",
    "aws:ssm/activation:Activation": "registration code for hybrid managed instances",
    "aws:ssm/association:Association":
        "runs a document (code) on managed instances on a schedule; its command output is operational and lands in a bucket judged as a store",
    "aws:ssm/contactsRotation:ContactsRotation": "on-call rotation of the company's staff contacts",
    "aws:ssm/defaultPatchBaseline:DefaultPatchBaseline": "default patch baseline per operating system",
    "aws:ssm/document:Document": "a command or automation document (code); sharing it exposes code, not records",
    "aws:ssm/maintenanceWindow:MaintenanceWindow": "a schedule for maintenance tasks",
    "aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget": "instances a maintenance window targets",
    "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask":
        "an operational task (command, automation, Lambda, Step Functions) of a maintenance window; its output is operational and lands in a bucket or log group judged as a store",
    "aws:ssm/patchBaseline:PatchBaseline": "patch approval rules",
    "aws:ssm/patchGroup:PatchGroup": "associates a patch group with a baseline",
    "aws:ssm/quicksetupConfigurationManager:QuicksetupConfigurationManager": "deploys Systems Manager management tooling",
    "aws:ssm/resourceDataSync:ResourceDataSync":
        "copies instance inventory (software, configuration metadata) to a bucket judged as a store; inventory, not customer records",
    "aws:ssm/serviceSetting:ServiceSetting": "an account-level Systems Manager switch",
    "aws:storagegateway/cache:Cache":
        "assigns a local disk of a gateway as cache: the cached data is judged with the gateway's shares and volumes",
    "aws:storagegateway/uploadBuffer:UploadBuffer":
        "assigns a local disk of a gateway as upload buffer: the data is judged with the gateway's volumes",
    "aws:storagegateway/workingStorage:WorkingStorage":
        "assigns a local disk of a gateway as working storage: the data is judged with the gateway's stored volumes",
    "aws:synthetics/group:Group": "grouping of canaries; the canaries are judged",
    "aws:synthetics/groupAssociation:GroupAssociation": "grouping of canaries; the canaries are judged",
    "aws:transcribe/medicalVocabulary:MedicalVocabulary":
        "a list of medical terms (a term file in S3) to improve recognition: terminology, not customer records",
    "aws:transcribe/vocabularyFilter:VocabularyFilter": "a list of words to mask or remove from transcripts: a filter setting",
    "aws:transfer/access:Access":
        "maps a directory group to home directories and an IAM role; what it reaches is judged by the iam-* policies and the stores",
    "aws:transfer/agreement:Agreement":
        "receives a trading partner's AS2 messages into a base directory (inbound); the directory's store is judged",
    "aws:transfer/certificate:Certificate": "an AS2 signing or encryption certificate; key material, not data",
    "aws:transfer/hostKey:HostKey": "an SSH host key of a server; key material, not data",
    "aws:transfer/profile:Profile": "an AS2 local or partner profile (AS2 id and certificates); no files",
    "aws:transfer/sshKey:SshKey": "a user's public SSH key; a credential, not data",
    "aws:transfer/tag:Tag": "one tag on a Transfer resource",
    "aws:transfer/user:User":
        "a login of a server mapped to a home directory and an IAM role; what it reaches is judged by the iam-* policies and the stores",
    "aws:transfer/webApp:WebApp":
        "a browser front end to S3 Access Grants for signed-in workforce users; stores nothing, what users reach is decided by the grants and judged on the buckets",
    "aws:transfer/webAppCustomization:WebAppCustomization": "logo, title and favicon of a web app",
    "aws:verifiedaccess/group:Group":
        "a Cedar access policy shared by endpoints; access control, no data (sseConfiguration encrypts the policy)",
    "aws:verifiedaccess/instance:Instance": "the Verified Access instance that endpoints and trust providers attach to",
    "aws:verifiedaccess/instanceLoggingConfiguration:InstanceLoggingConfiguration":
        "access logs of workforce users' requests (identity claims, request metadata) delivered to a log group, stream or bucket judged as a store; not customer records",
    "aws:verifiedaccess/instanceTrustProviderAttachment:InstanceTrustProviderAttachment": "attaches a trust provider to an instance",
    "aws:verifiedaccess/trustProvider:TrustProvider": "an identity or device trust source (OIDC, IAM Identity Center); configuration",
    "aws:vpclattice/accessLogSubscription:AccessLogSubscription":
        "request metadata (paths, caller identities, status codes) delivered to a destination judged as a store; record keys are opaque by contract",
    "aws:vpclattice/domainVerification:DomainVerification": "proves ownership of a custom domain (DNS)",
    "aws:vpclattice/listenerRule:ListenerRule": "a routing rule of a listener; the listener's protocol is judged",
    "aws:vpclattice/resourceConfiguration:ResourceConfiguration":
        "publishes a VPC resource's address to service networks; the resource is judged on its own and sharing with other accounts on the RAM resource share",
    "aws:vpclattice/resourceGateway:ResourceGateway": "network interfaces in a VPC for resource configurations (network plumbing)",
    "aws:vpclattice/service:Service": "a Lattice service's name and auth type; its listeners, target groups and auth policy are judged",
    "aws:vpclattice/serviceNetwork:ServiceNetwork": "a service network (network plumbing); its auth and resource policies are judged",
    "aws:vpclattice/serviceNetworkResourceAssociation:ServiceNetworkResourceAssociation":
        "associates a resource configuration with a service network (network plumbing)",
    "aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation":
        "associates a service with a service network (network plumbing)",
    "aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation":
        "associates a VPC with a service network (network plumbing)",
    "aws:vpclattice/targetGroupAttachment:TargetGroupAttachment": "registers a target in a target group (network plumbing)",
    "aws:waf/byteMatchSet:ByteMatchSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/geoMatchSet:GeoMatchSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/ipSet:IpSet": "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/rateBasedRule:RateBasedRule":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/regexMatchSet:RegexMatchSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/regexPatternSet:RegexPatternSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/rule:Rule": "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/ruleGroup:RuleGroup":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/sizeConstraintSet:SizeConstraintSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/sqlInjectionMatchSet:SqlInjectionMatchSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:waf/xssMatchSet:XssMatchSet":
        "WAF Classic request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/byteMatchSet:ByteMatchSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/geoMatchSet:GeoMatchSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/ipSet:IpSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/rateBasedRule:RateBasedRule":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/regexMatchSet:RegexMatchSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/regexPatternSet:RegexPatternSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/rule:Rule":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/ruleGroup:RuleGroup":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/sizeConstraintSet:SizeConstraintSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/sqlInjectionMatchSet:SqlInjectionMatchSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafregional/webAclAssociation:WebAclAssociation": "attaches a regional web ACL to a load balancer or API stage (plumbing)",
    "aws:wafregional/xssMatchSet:XssMatchSet":
        "WAF Classic (regional) request-filtering rule or match set; holds no requests (the web ACL and its logs are judged)",
    "aws:wafv2/apiKey:ApiKey": "CAPTCHA/challenge API key for client integration (credential)",
    "aws:wafv2/ipSet:IpSet": "request-filtering rules of a web ACL; hold no requests (the web ACL and its logs are judged)",
    "aws:wafv2/regexPatternSet:RegexPatternSet":
        "request-filtering rules of a web ACL; hold no requests (the web ACL and its logs are judged)",
    "aws:wafv2/ruleGroup:RuleGroup": "request-filtering rules of a web ACL; hold no requests (the web ACL and its logs are judged)",
    "aws:wafv2/webAclAssociation:WebAclAssociation": "attaches a web ACL to a resource (plumbing)",
    "aws:wafv2/webAclRule:WebAclRule": "request-filtering rules of a web ACL; hold no requests (the web ACL and its logs are judged)",
    "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation":
        "request-filtering rules of a web ACL; hold no requests (the web ACL and its logs are judged)",
    "aws:workmail/defaultDomain:DefaultDomain": "the default mail domain of an organisation",
    "aws:workmail/domain:Domain": "a mail domain registered with an organisation",
    "aws:workmail/group:Group": "a distribution group (an address); mail lands in members' mailboxes, judged on the organisation",
    "aws:workmail/user:User":
        "a staff mailbox user; its mail is kept and encrypted by the organisation, judged there; its name and address fields are the employee's",
    "aws:workspaces/connectionAlias:ConnectionAlias": "a cross-region redirection name for WorkSpaces clients: DNS, no data",
    "aws:workspaces/directory:Directory":
        "who may reach desktops and from which devices (IP groups, client types): access settings; desktops' volumes are judged on Workspace",
    "aws:workspaces/ipGroup:IpGroup": "an IP allow-list for WorkSpaces clients: network rules",
    "aws:workspacesweb/browserSettings:BrowserSettings": "a browser policy (allowed URLs, extensions): configuration, no customer data",
    "aws:workspacesweb/browserSettingsAssociation:BrowserSettingsAssociation": "attaches browser settings to a portal: no data",
    "aws:workspacesweb/dataProtectionSettings:DataProtectionSettings":
        "redaction patterns for personal data shown in sessions: a protective setting, holds no customer data",
    "aws:workspacesweb/dataProtectionSettingsAssociation:DataProtectionSettingsAssociation":
        "attaches redaction settings to a portal: no data",
    "aws:workspacesweb/identityProvider:IdentityProvider": "the identity provider of a portal: identity configuration",
    "aws:workspacesweb/ipAccessSettings:IpAccessSettings": "an IP allow-list for a portal: network rules",
    "aws:workspacesweb/ipAccessSettingsAssociation:IpAccessSettingsAssociation": "attaches IP access settings to a portal: no data",
    "aws:workspacesweb/networkSettings:NetworkSettings": "the VPC, subnets and security groups of streaming instances: network placement",
    "aws:workspacesweb/networkSettingsAssociation:NetworkSettingsAssociation": "attaches network settings to a portal: no data",
    "aws:workspacesweb/sessionLoggerAssociation:SessionLoggerAssociation":
        "attaches a session logger (judged on SessionLogger) to a portal: no data",
    "aws:workspacesweb/trustStore:TrustStore": "certificates trusted by the browser: PKI, no customer data",
    "aws:workspacesweb/trustStoreAssociation:TrustStoreAssociation": "attaches a trust store to a portal: no data",
    "aws:workspacesweb/userAccessLoggingSettingsAssociation:UserAccessLoggingSettingsAssociation":
        "attaches access logging (judged on UserAccessLoggingSettings) to a portal: no data",
    "aws:workspacesweb/userSettings:UserSettings":
        "what users may copy, paste, download, print or upload in sessions: session permissions, holds no data (the pack does not judge them)",
    "aws:workspacesweb/userSettingsAssociation:UserSettingsAssociation": "attaches user settings to a portal: no data",
    "aws:xray/group:Group": "filter expression over traces; no data of its own",
    "aws:xray/indexingRule:IndexingRule":
        "which requests are traced or indexed (rates); the trace encryption is judged on xray.EncryptionConfig",
    "aws:xray/resourcePolicy:ResourcePolicy":
        "lets AWS services send trace segments to X-Ray (write-only permission); grants no read of traces",
    "aws:xray/samplingRule:SamplingRule":
        "which requests are traced or indexed (rates); the trace encryption is judged on xray.EncryptionConfig",
    "aws:xray/traceSegmentDestination:TraceSegmentDestination":
        "routes this account's trace segments to X-Ray or to its aws/spans log group (same account and region); the encryption is judged on xray.EncryptionConfig",
};
