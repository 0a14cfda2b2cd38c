// The pack's entry file: it only constructs the PolicyPack (which starts serving at once).
import { EnforcementLevel, PolicyPack } from "@pulumi/policy";
import { servePolicyPack } from "./lib/analyze-stack-once";
import { deserializeOncePerRequest } from "./lib/deserialize-once";
import { allPolicies } from "./policies";

const name = "data-protection";
const enforcementLevel: EnforcementLevel = "mandatory";

// Both only change how fast AnalyzeStack runs, never what it answers (see each file).
deserializeOncePerRequest();
servePolicyPack({ name, enforcementLevel, policies: allPolicies }, () => new PolicyPack(name, { enforcementLevel, policies: allPolicies }));
