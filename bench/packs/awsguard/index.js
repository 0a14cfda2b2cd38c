"use strict";
// The benchmark's reference: a widely used AWS pack, every policy mandatory.
const { AwsGuard } = require("@pulumi/awsguard");

new AwsGuard({ all: "mandatory" });
