namespace Snapback.Screening.Batch;

/// <summary>One record of a customer CSV file: its fields, or why it could not be read.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Fields">Every field; for a record in error, the fields read whole before the error.</param>
/// <param name="NotScreened">The lines an unclosed quote swallowed, when it swallowed the rest of the file.</param>
internal sealed record CsvRecord(long Line, string[] Fields, string? Error, string? NotScreened = null);
