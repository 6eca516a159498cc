/// The JSON Schema (2020-12) of `interview summary --format json`, embedded from `schemas/summary.schema.json`.
public enum SummarySchema {
    /// The schema's text exactly as in the repository.
    public static var text: String { String(decoding: PackageResources.summary_schema_json, as: UTF8.self) }
}
