// The pack's entry file: it only constructs the PolicyPack (which starts serving at once).
import { EnforcementLevel, PolicyPack } from "@pulumi/policy";
import { servePolicyPack } from "./lib/analyze-stack-once";
import { deserializeOncePerRequest } from "./lib/deserialize-once";
import { loadIamReference } from "./lib/iam";
import { allPolicies } from "./policies";

const name = "data-protection";
const enforcementLevel: EnforcementLevel = "mandatory";

// These change how fast AnalyzeStack runs, never what it answers (see each file): properties
// deserialised once, the IAM reference's files read while the engine starts the pack rather than
// in the first analysis, and the stack's resources built once for all policies.
deserializeOncePerRequest();
loadIamReference();
servePolicyPack({ name, enforcementLevel, policies: allPolicies }, () => new PolicyPack(name, { enforcementLevel, policies: allPolicies }));
