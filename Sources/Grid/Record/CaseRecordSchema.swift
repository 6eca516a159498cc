/// The JSON Schema (2020-12) of the case record, embedded from `schemas/case-record.schema.json`.
public enum CaseRecordSchema {
    /// The schema's text exactly as in the repository.
    public static var text: String { String(decoding: PackageResources.case_record_schema_json, as: UTF8.self) }
}
