namespace Snapback.Screening.Cases.Keys;

/// <summary>Which column an active key is found by.</summary>
public enum KeyLookup
{
    ById,
    ByName,
    BySha256,
}
