import { expect } from "chai";
import { catalogue, entryOf, isCatalogued } from "../../../policypack/catalogue";
import { isNotOffered } from "../../../policypack/catalogue/entry";
import { HOLDS_NO_CUSTOMER_DATA } from "../../../policypack/catalogue/no-customer-data";
import { argsTakeTags, installedAwsTypes, installedAwsVersion } from "../support/provider-types";
import { UNTAGGABLE_TYPES } from "../../../policypack/catalogue/untaggable";

const serviceOf = (type: string) => type.split("/")[0];

describe("the data-store catalogue is complete by construction", () => {
    const installed = installedAwsTypes();
    const installedSet = new Set(installed);
    const catalogued = new Set(catalogue().flatMap((entry) => entry.types));
    const cataloguedServices = new Set([...catalogued].map(serviceOf));

    it(`knows more than a thousand types of @pulumi/aws ${installedAwsVersion()}`, () => {
        expect(installed.length).to.be.greaterThan(1000);
        expect(installed).to.include("aws:efs/fileSystem:FileSystem");
    });

    it("puts every installed resource type either in the catalogue or on the reviewed no-customer-data list", () => {
        const unreviewed = installed.filter(
            (type) => !isCatalogued(type) && !(type in HOLDS_NO_CUSTOMER_DATA) && !(serviceOf(type) in HOLDS_NO_CUSTOMER_DATA),
        );
        expect(unreviewed, `classify these types of @pulumi/aws ${installedAwsVersion()} in policypack/catalogue/`).to.deep.equal([]);
    });

    it("lists whole services as holding no customer data only when none of their types is catalogued", () => {
        const wholeServices = Object.keys(HOLDS_NO_CUSTOMER_DATA).filter((key) => !key.includes("/") && key.startsWith("aws:"));
        expect(wholeServices.filter((service) => cataloguedServices.has(service))).to.deep.equal([]);
    });

    it("names on the no-customer-data list only types and services that exist, none of them catalogued", () => {
        const installedServices = new Set(installed.map(serviceOf));
        const stale = Object.keys(HOLDS_NO_CUSTOMER_DATA).filter(
            (key) => !(key.includes("/") || key.startsWith("pulumi:") ? installedSet.has(key) : installedServices.has(key)),
        );
        expect(stale, "remove or rename").to.deep.equal([]);
        expect(Object.keys(HOLDS_NO_CUSTOMER_DATA).filter((key) => catalogued.has(key))).to.deep.equal([]);
    });

    it("knows which catalogued types take no tags, from the provider's input types", () => {
        const untaggable = [...catalogued].filter((type) => argsTakeTags(type) === false).sort();
        expect([...UNTAGGABLE_TYPES].sort()).to.deep.equal(untaggable);
    });

    it("gives every no-customer-data entry a reason", () => {
        for (const [key, reason] of Object.entries(HOLDS_NO_CUSTOMER_DATA)) expect(reason.trim().length, key).to.be.greaterThan(10);
    });

    it("catalogues only types the provider has, each once", () => {
        expect([...catalogued].filter((type) => !installedSet.has(type))).to.deep.equal([]);
        const all = catalogue().flatMap((entry) => entry.types);
        expect(all.length).to.equal(new Set(all).size);
        for (const type of all) expect(entryOf(type)?.types, type).to.include(type);
    });

    it("says, for every entry, what it holds and what AWS does not offer; a copy names what it copies", () => {
        // Types that some entry writes copies to: they may get their data through those writers only.
        const written = new Set(
            catalogue().flatMap((entry) => {
                const destinations = entry.destinations;
                if (!destinations || isNotOffered(destinations)) return [];
                return destinations.flatMap((d) => ("store" in d && Array.isArray(d.types) ? d.types : []));
            }),
        );
        for (const entry of catalogue()) {
            expect(entry.holds.length, entry.types[0]).to.be.greaterThan(3);
            for (const aspect of [entry.atRest, entry.inTransit, entry.retention]) {
                if (isNotOffered(aspect)) expect(aspect.notOffered.length, entry.types[0]).to.be.greaterThan(10);
                else expect(aspect.length, entry.types[0]).to.be.greaterThan(0);
            }
            // A copy names its sources, or is written by another entry, or says in its notes where its data comes from.
            if (entry.tagging === "copy" && !entry.inherent && !entry.types.some((type) => written.has(type)) && !entry.notes)
                expect(entry.sources ?? [], `${entry.types[0]} is a copy of what?`).to.not.have.length(0);
        }
    });
});
