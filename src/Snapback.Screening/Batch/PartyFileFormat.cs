namespace Snapback.Screening.Batch;

/// <summary>Formats of customer files screened in batch, in and out.</summary>
public enum PartyFileFormat
{
    Csv,
    JsonLines,
}
