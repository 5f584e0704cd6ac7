namespace Snapback.Screening.Scan;

/// <summary>A text to scan for mentions of listed parties: a news paragraph, a payment's free-text field, an invoice.</summary>
/// <param name="Id">The caller's own reference, echoed in the result.</param>
/// <param name="Text">The text; mention offsets are UTF-16 positions in it, as given.</param>
public sealed record ScanRequest(string? Id, string? Text);
