using System.Text.Json.Serialization;

namespace Snapback.Matching.Explanation;

/// <summary>How a query token was paired with a listed token.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchMethod>))]
public enum MatchMethod
{
    /// <summary>Same text after normalisation.</summary>
    Exact,

    /// <summary>Within the allowed number of edits (see <see cref="TokenMatch.Edits"/>).</summary>
    Edit,

    /// <summary>Same after folding romanization or script differences.</summary>
    Transliteration,

    /// <summary>Known variants of one name (Mohammed / Muhammad).</summary>
    Equivalence,

    /// <summary>An initial standing for the full token.</summary>
    Initial,

    /// <summary>One token on one side spelled as two or more on the other (Abdulrahman / Abdul Rahman).</summary>
    Merged,

    /// <summary>The token has no counterpart.</summary>
    Unmatched,
}
